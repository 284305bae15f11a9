import type { Language } from '../../../../shared/domain';
import type { Lexicon } from '../../../../shared/pipeline/model';
import { formatWordList, wordListLexicon } from '../../../../shared/pipeline/unwrap';

/** Small word lists for the table tests, searched by the same structure as the real ones. */
const WORDS: Record<Language, string[]> = {
  fr: [
    'coordination', 'porte-parole', "main-d'œuvre", 'plusieurs', 'plu', 'organisation', 'financier', 'extra',
    'parole', 'porte', 'main', 'Barbade', 'ville', 'pays', 'nord', 'est', 'nord-est', 'tout', 'terrain', 'tout-terrain',
    "aujourd'hui", 'haut-commissariat', 'la', 'le', 'de', 'des', 'et', 'en', 'un', 'une', 'anti', 'nouvel', 'nouvelle', 'telle', 'il', 'elle',
  ],
  en: ['increasingly', 'investigating', 'in', 'electronic', 'cross', 'border', 'email', 'e-mail', 'e', 'mail', 'well-being', 'pro', 'the', 'of', 'follow', 'up', 'followup', 'departure'],
  es: ['metodología', 'principalmente', 'principal', 'mente', 'venezolana', 'gobierno', 'organización', 'migración', 'la', 'de', 'el', 'con', 'validación', 'monito', 'reo'],
};

const cache = new Map<Language, Lexicon>();

/** The test word list of a language. */
export function testLexicon(lang: Language): Lexicon {
  let lx = cache.get(lang);
  if (!lx) {
    lx = wordListLexicon(new TextEncoder().encode(formatWordList({ lang, source: 'test', words: WORDS[lang] })));
    cache.set(lang, lx);
  }
  return lx;
}
