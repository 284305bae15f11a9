import type { Language } from '../../domain';
import { STOPWORDS } from './split.rules';

const LANGS = ['fr', 'en', 'es'] as const;
const LIMIT = 8_000;
/** Weight of each frequent word in fr, en, es (one lookup per word). */
const WEIGHTS = new Map<string, [number, number, number]>();
for (const [i, lang] of LANGS.entries()) {
  for (const [word, w] of Object.entries(STOPWORDS[lang])) {
    const row = WEIGHTS.get(word) ?? [0, 0, 0];
    row[i] = w;
    WEIGHTS.set(word, row);
  }
}

export interface LanguageGuess {
  lang: Language;
  /** Share of the weighted evidence that went to the winner, 0–1 (0 when nothing told). */
  confidence: number;
}

/**
 * The language whose frequent words weigh most in the text (case ignored, the first 8,000
 * characters read), with how clear the win was; `fallback` with confidence 0 when no word tells. Pure.
 */
export function guessLanguage(text: string, fallback: Language): LanguageGuess {
  const scores: Record<Language, number> = { fr: 0, en: 0, es: 0 };
  const sample = text.slice(0, LIMIT);
  const word = /\p{L}+(?:['’]\p{L}+)?/gu;
  let m: RegExpExecArray | null;
  while ((m = word.exec(sample)) !== null) {
    const w = m[0].toLowerCase();
    // `l’OIM`, `d'une`: the elided article is the French clue.
    const row = WEIGHTS.get(w) ?? (w.length > 2 && (w[1] === "'" || w[1] === '’') ? WEIGHTS.get(w.slice(0, 2)) : undefined);
    if (row === undefined) continue;
    scores.fr += row[0];
    scores.en += row[1];
    scores.es += row[2];
  }
  // Letters only one of the languages writes (`ñ`, `è`, `ç`…) tip a close call.
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
