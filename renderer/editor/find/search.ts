import { fold, foldQuery, type FoldOptions } from './fold';

/** A match in one block's text: [start, end) in UTF-16 offsets of the original text. */
export interface TextMatch {
  block: number;
  start: number;
  end: number;
}

const MARK = /^\p{M}/u;

/**
 * Every non-overlapping occurrence of `query` in `text`, left to right, as ranges of the original
 * text. A match never splits what a reader sees as one character: it starts and ends on whole code
 * points (so "e" does not match inside "œ", and, when accents count, not inside "é" written as
 * e + combining accent) and takes along the combining accents that folding removed after it.
 * Pure.
 */
export function findInText(text: string, query: string, options: FoldOptions): Array<{ start: number; end: number }> {
  const needle = foldQuery(query, options);
  if (needle === '') return [];
  const hay = fold(text, options);
  const found: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (;;) {
    const at = hay.text.indexOf(needle, from);
    if (at < 0) break;
    const lastUnit = at + needle.length - 1;
    const whole = hay.first[at] === true && hay.last[lastUnit] === true && !MARK.test(hay.text.slice(lastUnit + 1, lastUnit + 2));
    if (!whole) {
      from = at + 1;
      continue;
    }
    let end = hay.ends[lastUnit] ?? text.length;
    // Accents removed by folding still belong to the matched letters.
    while (end < text.length) {
      const next = String.fromCodePoint(text.codePointAt(end) ?? 0);
      if (!MARK.test(next)) break;
      end += next.length;
    }
    found.push({ start: hay.starts[at] ?? 0, end });
    from = at + needle.length;
  }
  return found;
}

/** Matches in a list of block texts, in document order. Pure. */
export function findInBlocks(texts: readonly string[], query: string, options: FoldOptions): TextMatch[] {
  const out: TextMatch[] = [];
  texts.forEach((text, block) => {
    for (const m of findInText(text, query, options)) out.push({ block, ...m });
  });
  return out;
}

/** Default options for a release language: accents are loose in French and Spanish, where a
 * searcher often types without them, and strict in English, where an accent is a deliberate
 * spelling ("résumé", "exposé"). */
export function defaultFoldOptions(lang: 'fr' | 'en' | 'es'): FoldOptions {
  return { caseInsensitive: true, accentInsensitive: lang !== 'en' };
}
