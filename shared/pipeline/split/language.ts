import type { Language } from '../../domain';
import { STOPWORDS } from './split.rules';

const LANGS = ['fr', 'en', 'es'] as const;
const LIMIT = 20_000;

export interface LanguageGuess {
  lang: Language;
  /** Share of the weighted evidence that went to the winner, 0–1 (0 when nothing told). */
  confidence: number;
}

/**
 * The language whose frequent words weigh most in the text (case ignored, first 20,000
 * characters), with how clear the win was; `fallback` with confidence 0 when no word tells. Pure.
 */
export function guessLanguage(text: string, fallback: Language): LanguageGuess {
  const scores: Record<Language, number> = { fr: 0, en: 0, es: 0 };
  const words = text.slice(0, LIMIT).toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  for (const word of words) {
    // `l’OIM`, `d'une`: the elided article is the French clue.
    const elided = /^[ldjmnstc]['’]/u.exec(word)?.[0];
    for (const lang of LANGS) {
      const table = STOPWORDS[lang];
      scores[lang] += (table[word] ?? 0) + (elided !== undefined && word.length > 2 ? (table[elided] ?? 0) : 0);
    }
  }
  // Letters only one of the languages writes (`ñ`, `è`, `ç`…) tip a close call.
  const sample = text.slice(0, LIMIT);
  scores.es += 0.2 * (sample.match(/[ñÑ¿¡áíóúÁÍÓÚ]/g)?.length ?? 0);
  scores.fr += 0.2 * (sample.match(/[èêëàâçœùûïîôÈÊÀÇŒ]/g)?.length ?? 0);
  const total = scores.fr + scores.en + scores.es;
  if (total === 0) return { lang: fallback, confidence: 0 };
  let best: Language = fallback;
  for (const lang of LANGS) if (scores[lang] > scores[best]) best = lang;
  if (scores[best] === 0) return { lang: fallback, confidence: 0 };
  return { lang: best, confidence: scores[best] / total };
}

/** The language whose frequent words occur most in the text, or `fallback` when none does. Pure. */
export function detectLanguage(text: string, fallback: Language): Language {
  return guessLanguage(text, fallback).lang;
}
