// The token guard: where one word may break under the house rules, whatever the patterns say.
// The word reaching here is letters and apostrophes only (hyphenate.ts leaves out compounds,
// numbers, URLs and the like before asking).
import type { TypoLang } from '../typography/model';
import { exceptionKey, type CompiledExceptions } from './exceptions';
import { patternPoints } from './patterns';
import { AFTER_APOSTROPHE_LEFT, isMuteSyllable, LANG_RULES, MIN_WORD } from './rules';

export interface WordContext {
  lang: TypoLang;
  /** The word opens a sentence (or a line, or a quotation): a capital there may be a common word. */
  initial: boolean;
  exceptions: CompiledExceptions;
  isKnownWord?: ((word: string) => boolean) | undefined;
}

const APOSTROPHE = /['’ʼ]/;
const NO_POINTS: number[] = [];

/**
 * The word as one NFC character per letter, with each letter's offset in the original, so that
 * breaks found on the normalised form land between the original's letters (never before a
 * combining accent). Null when a letter does not compose to one character.
 */
function letters(word: string): { norm: string; offsets: number[] | null } | null {
  if (!/[\p{M}\uD800-\uDFFF]/u.test(word)) {
    // One character per letter already: offsets are the identity.
    const norm = word.normalize('NFC');
    return norm.length === word.length ? { norm, offsets: null } : null;
  }
  let norm = '';
  const offsets: number[] = [];
  for (const m of word.matchAll(/\P{M}\p{M}*/gu)) {
    const composed = m[0].normalize('NFC');
    if (composed.length !== 1) return null;
    offsets.push(m.index);
    norm += composed;
  }
  offsets.push(word.length);
  return { norm, offsets };
}

/** Breaks allowed in one part of a word (between apostrophes), as offsets in that part. */
function partPoints(part: string, lower: string, lowerWord: string, afterApostrophe: boolean, ctx: WordContext): readonly number[] {
  if (part.length < MIN_WORD) return NO_POINTS;
  const listed = ctx.exceptions.points.get(lower);
  const capitalised = part !== lower;
  if (capitalised) {
    // One capital, first: a name unless it opens a sentence and is a known common word.
    // Capitals further in (McDonald, iPhone): a name or a brand, left alone.
    if (part.slice(1) !== lower.slice(1)) return NO_POINTS;
    const known = !afterApostrophe && ctx.initial && ctx.isKnownWord !== undefined && (ctx.isKnownWord(lower) || ctx.isKnownWord(lowerWord));
    if (listed === undefined && !known) return NO_POINTS;
  }
  if (ctx.exceptions.never.has(lower)) return NO_POINTS;
  if (listed !== undefined) return listed.filter((i) => i > 0 && i < part.length);
  const rules = LANG_RULES[ctx.lang];
  const left = afterApostrophe ? Math.max(rules.left, AFTER_APOSTROPHE_LEFT) : rules.left;
  return patternPoints(lower, ctx.lang).filter(
    (i) => i >= left && part.length - i >= rules.right && !(rules.muteFinal && isMuteSyllable(lower.slice(i))),
  );
}

/**
 * Offsets in `word` where a soft hyphen may go (before `word[i]`), ascending, under the rules of
 * TYPOGRAPHY.md: per-language minimums, short words whole, no break next to an apostrophe
 * (each side of it is a word of its own, and the one after needs three letters before a break),
 * no French final mute syllable carried over, names and words in capitals whole, and the
 * office's exceptions first. Pure.
 */
export function wordPoints(word: string, ctx: WordContext): readonly number[] {
  const map = letters(word);
  if (map === null) return NO_POINTS;
  const { norm } = map;
  const at = (i: number) => (map.offsets === null ? i : map.offsets[i]!);
  const lowerWord = norm.toLowerCase();
  if (lowerWord.length !== norm.length) return NO_POINTS;
  // Acronyms and words in capitals (ONU, COVID, L’ONU) never break.
  if (lowerWord !== norm && norm.toUpperCase() === norm) return NO_POINTS;
  const whole = exceptionKey(norm);
  if (ctx.exceptions.never.has(whole)) return NO_POINTS;
  const listed = APOSTROPHE.test(norm) ? ctx.exceptions.points.get(whole) : undefined;
  if (listed !== undefined) {
    return listed.filter((i) => i > 0 && i < norm.length && !APOSTROPHE.test(norm[i - 1]!) && !APOSTROPHE.test(norm[i]!)).map(at);
  }
  const points: number[] = [];
  let start = 0;
  for (let end = 0; end <= norm.length; end++) {
    if (end < norm.length && !APOSTROPHE.test(norm[end]!)) continue;
    if (end > start) {
      const part = norm.slice(start, end);
      for (const i of partPoints(part, lowerWord.slice(start, end), lowerWord, start > 0, ctx)) points.push(at(start + i));
    }
    start = end + 1;
  }
  return points;
}
