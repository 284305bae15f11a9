// The pattern library behind the token guard: Liang's algorithm over the TeX patterns of each
// language, as packaged by `hyphen`. It answers one question — where may this lower-case word
// break according to the patterns — and knows nothing of the house rules (guard.ts applies them).
import createHyphenator from 'hyphen/hyphen.js';
import enPatterns from 'hyphen/patterns/en-us.js';
import esPatterns from 'hyphen/patterns/es.js';
import frPatterns from 'hyphen/patterns/fr.js';
import type { TypoLang } from '../typography/model';
import { BoundedCache } from './cache';

const SHY = '\u00AD';

/** English is Chicago-like (TYPOGRAPHY.md): the American patterns (TeX `ushyph`). */
const PATTERNS = { fr: frPatterns, en: enPatterns, es: esPatterns } as const;

/** Words per generation of our cache of pattern breaks, all languages together (two are kept). */
const CACHE_SIZE = 20_000;
/**
 * The library keeps every word it has hyphenated, forever, in objects of its own — redundant
 * with our cache. After this many words a language gets a fresh hyphenator, so those stay small.
 */
const LIBRARY_WORDS = 2_000;

interface Hyphenator {
  run: (word: string) => string;
  words: number;
}

const hyphenators = new Map<TypoLang, Hyphenator>();
const cache = new BoundedCache<readonly number[]>(CACHE_SIZE);
const NONE: readonly number[] = Object.freeze([]);

function hyphenatorFor(lang: TypoLang): Hyphenator {
  let h = hyphenators.get(lang);
  if (h === undefined || h.words >= LIBRARY_WORDS) {
    // The library records every word it hyphenates in the patterns' own exception object
    // (module-level, shared by every hyphenator): a private copy keeps that record bounded too.
    // minWordLength 1: the guard decides which words are long enough; html off: no tags here.
    const [levels, trie, own] = PATTERNS[lang];
    h = { run: createHyphenator([levels, trie, { ...(own as object) }], { hyphenChar: SHY, minWordLength: 1, html: false }), words: 0 };
    hyphenators.set(lang, h);
  }
  return h;
}

/**
 * Offsets where the patterns of `lang` allow a break in `word` (a break at i goes before
 * `word[i]`), ascending. `word` must be lower-case letters only (no apostrophe, hyphen or
 * space). Nothing but the break positions is taken from the library: whatever else it might
 * insert (U+200B…) is ignored, and an answer that does not spell `word` back gives no break.
 * Cached per (lang, word) in a bounded map.
 */
export function patternPoints(word: string, lang: TypoLang): readonly number[] {
  const key = `${lang}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const h = hyphenatorFor(lang);
  h.words++;
  const marked = h.run(word);
  const points: number[] = [];
  let j = 0;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    if (c === SHY) {
      if (j > 0 && j < word.length && points[points.length - 1] !== j) points.push(j);
    } else if (c === word[j]) {
      j++;
    } else if (!/[\u200B-\u200D\u2060\uFEFF]/.test(c)) {
      j = -1;
      break;
    }
  }
  const result = j === word.length && points.length > 0 ? Object.freeze(points) : NONE;
  cache.set(key, result);
  return result;
}

/**
 * The library as it comes, without the guard (its defaults: words of 5 letters or more, 2/2
 * minimums, breaks inside compounds and names): the baseline of the hyphenation bench.
 */
export function libraryHyphenator(lang: TypoLang): (text: string) => string {
  const [levels, trie, own] = PATTERNS[lang];
  return createHyphenator([levels, trie, { ...(own as object) }], { html: false });
}
