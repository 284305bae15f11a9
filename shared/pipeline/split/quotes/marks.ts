// Finding the stretches of a paragraph that lie between quotation marks. Pure, one pass.
import { QUOTE_PAIRS } from './quotes.rules';

/** A stretch between an opening mark and its closing mark (or the end of the paragraph). */
export interface Stretch {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the mark is not closed. */
  close: number;
  /** True when the closing mark is there (French and English multi-paragraph quotes leave it out). */
  closed: boolean;
}

const CLOSERS = new Set(Object.values(QUOTE_PAIRS));
const OPENERS = new Set(Object.keys(QUOTE_PAIRS));

function isSpace(c: string | undefined): boolean {
  return c === undefined || /[\s\u00A0\u202F\u2007]/u.test(c);
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Top-level quotation stretches of one paragraph, in order: « », “ ”, ‘ ’ (single quotes only
 * where they open at a word start and close before a non-letter, so `l’OIM` and `it’s` are
 * apostrophes), and straight `"` paired by position (an opening one follows a space or the start
 * and precedes a non-space). Marks nested inside a stretch belong to it. A mark still open at the
 * end of the paragraph gives a stretch to the end, `closed: false`. Linear time.
 */
export function findStretches(p: string): Stretch[] {
  const out: Stretch[] = [];
  const stack: { mark: string; at: number }[] = [];
  // Jump from mark to mark: most of a paragraph is not a quotation mark.
  const MARK = /["«»“”‘’„]/gu;
  for (let m = MARK.exec(p); m; m = MARK.exec(p)) {
    const i = m.index;
    const c = m[0];
    if (c === '"') {
      const top = stack[stack.length - 1];
      if (top?.mark === '"' && !isSpace(p[i - 1])) {
        stack.pop();
        if (stack.length === 0) out.push({ open: top.at, close: i, closed: true });
      } else if ((isSpace(p[i - 1]) || /[([«“‘—–-]/u.test(p[i - 1]!)) && !isSpace(p[i + 1])) {
        stack.push({ mark: '"', at: i });
      }
      continue;
    }
    if (c === '‘') {
      if (!isLetterOrDigit(p[i - 1]) && !isSpace(p[i + 1])) stack.push({ mark: c, at: i });
      continue;
    }
    if (c === '’') {
      const top = stack[stack.length - 1];
      // An apostrophe has a letter after it (`l’OIM`, `it’s`); a closing single quote does not.
      if (top?.mark === '‘' && !isLetterOrDigit(p[i + 1])) {
        stack.pop();
        if (stack.length === 0) out.push({ open: top.at, close: i, closed: true });
      }
      continue;
    }
    // “ opens; it closes only a „ (German-style low-high pair).
    if (c === '“' && stack[stack.length - 1]?.mark === '„') {
      const top = stack.pop()!;
      if (stack.length === 0) out.push({ open: top.at, close: i, closed: true });
      continue;
    }
    if (OPENERS.has(c)) {
      stack.push({ mark: c, at: i });
      continue;
    }
    if (CLOSERS.has(c)) {
      // Close the innermost matching opener; a stray closer (no opener) is ignored.
      // Only the few innermost openers are searched: real nesting is shallow, and a long run of
      // unmatched marks must not make this quadratic.
      let k = stack.length - 1;
      while (k >= 0 && k >= stack.length - 4 && QUOTE_PAIRS[stack[k]!.mark] !== c) k--;
      if (k < 0 || k < stack.length - 4) continue;
      const opener = stack[k]!;
      stack.length = k;
      if (k === 0) out.push({ open: opener.at, close: i, closed: true });
    }
  }
  if (stack.length > 0) out.push({ open: stack[0]!.at, close: p.length, closed: false });
  return out;
}
