import type { Language } from '../../domain';
import { STOPWORDS } from './split.rules';

const SETS = Object.fromEntries(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]),
) as Record<Language, Set<string>>;

/** The language whose frequent words occur most in the text, or `fallback` when none does. Pure. */
export function detectLanguage(text: string, fallback: Language): Language {
  const counts: Record<Language, number> = { fr: 0, en: 0, es: 0 };
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    for (const lang of ['fr', 'en', 'es'] as const) if (SETS[lang].has(w)) counts[lang]++;
  }
  let best: Language = fallback;
  let bestCount = 0;
  for (const lang of ['fr', 'en', 'es'] as const) {
    if (counts[lang] > bestCount) {
      best = lang;
      bestCount = counts[lang];
    }
  }
  return best;
}
