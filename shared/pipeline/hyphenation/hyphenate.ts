// hyphenate(): soft hyphens (U+00AD) for output, word by word through the token guard, never
// inside protected spans (URLs, e-mails, handles, dates…), compounds, numbers or words with
// digits. Pure: no DOM, no Node.
import { findProtectedSpans } from '../typography/protect';
import type { TypoLang } from '../typography/model';
import { isDateWord } from './dates';
import { compileExceptions } from './exceptions';
import { wordPoints, type WordContext } from './guard';

export const SOFT_HYPHEN = '\u00AD';

export interface HyphenateOptions {
  /** The office's list: `Bangui` never breaks; `ré-fugiés` breaks only where the hyphens are. */
  exceptions?: readonly string[];
  /**
   * Whether a word (given in lower case) is a common word of the language — the unwrap stage's
   * lexicon. It lets a capitalised word that opens a sentence break; without it every
   * capitalised word is taken for a name and left whole.
   */
  isKnownWord?: (word: string) => boolean;
}

/** Punctuation that may stand between a sentence end and the next word (quotes, brackets, dashes). */
const OPENERS = new Set([...'«“„‘‚‹"\'([{—–¿¡-']);
const QUOTES = new Set([...'«“„‘‚‹"\'—–']);
const CLOSERS = new Set([...'»”’›"\')]}']);
const ENDS = new Set([...'.!?…']);
const SPACE = /\s/;

/**
 * Whether the word at `at` opens a sentence: first in the text or on its line, after . ! ? …
 * (closing quotes allowed between), or just inside an opening quotation mark or dialogue dash.
 */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  let quoted = false;
  for (; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    if (SPACE.test(c)) continue;
    if (!OPENERS.has(c)) break;
    if (QUOTES.has(c)) quoted = true;
  }
  if (i < 0 || quoted) return true;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i < 0 || ENDS.has(text[i]!);
}

/** A token's word: letters (with accents) and apostrophes inside, nothing else. */
const WORD = /^[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*$/u;
const LEADING = /^[^\p{L}]*/u;
const TRAILING = /[^\p{L}\p{M}]*$/u;
/** A token with any of these is not prose: numbers, compounds, addresses, code. */
const NOT_PROSE = /[\p{N}\-‐‑@#/\\_=<>&|~*+^$%.:;]/u;

/** The word inside a whitespace-delimited token, with its offset, or null when it is not prose. */
function tokenWord(token: string): { offset: number; word: string } | null {
  const lead = LEADING.exec(token)![0].length;
  const trail = TRAILING.exec(token)![0].length;
  if (lead + trail >= token.length) return null;
  const word = token.slice(lead, token.length - trail);
  if (NOT_PROSE.test(word) || /[@#]$/.test(token.slice(0, lead)) || /\p{N}/u.test(token)) return null;
  return WORD.test(word) ? { offset: lead, word } : null;
}

const CAPITAL = /\p{Lu}/u;

/** wordPoints, remembered for words without capitals (their breaks depend on nothing but the list). */
function decide(word: string, ctx: WordContext): readonly number[] {
  if (CAPITAL.test(word)) return wordPoints(word, ctx);
  const decided = ctx.exceptions.decided;
  const key = `${ctx.lang}${word}`;
  let points = decided.get(key);
  if (points === undefined) {
    points = wordPoints(word, ctx);
    decided.set(key, points);
  }
  return points;
}

/**
 * `text` with U+00AD inserted at every break the house rules allow (TYPOGRAPHY.md, "Hyphenation
 * (césure) for output"), and no other change. Soft hyphens already in `text` are removed first,
 * so hyphenating twice gives the same text, and removing every U+00AD from the result gives
 * `text` without its former soft hyphens.
 */
export function hyphenate(text: string, lang: TypoLang, opts: HyphenateOptions = {}): string {
  const clean = text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text;
  const spans = findProtectedSpans(clean, lang);
  const ctx: WordContext = { lang, initial: false, exceptions: compileExceptions(opts.exceptions), isKnownWord: opts.isKnownWord };
  const parts: string[] = [];
  let copied = 0;
  let span = 0;
  for (const m of clean.matchAll(/\S+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    while (span < spans.length && spans[span]!.end <= start) span++;
    if (span < spans.length && spans[span]!.start < end) continue;
    const found = tokenWord(m[0]);
    if (found === null || found.word.length < 4) continue;
    const at = start + found.offset;
    if (isDateWord(clean, at, at + found.word.length, found.word)) continue;
    ctx.initial = opensSentence(clean, at);
    const points = decide(found.word, ctx);
    if (points.length === 0) continue;
    parts.push(clean.slice(copied, at));
    let from = 0;
    for (const p of points) {
      parts.push(found.word.slice(from, p), SOFT_HYPHEN);
      from = p;
    }
    parts.push(found.word.slice(from));
    copied = at + found.word.length;
  }
  if (copied === 0) return clean;
  parts.push(clean.slice(copied));
  return parts.join('');
}

/**
 * Offsets in `word` where `hyphenate` would put a soft hyphen (before `word[i]`), ascending. The
 * word is taken on its own, as if it opened a sentence: a capitalised word breaks only when
 * `isKnownWord` knows it in lower case.
 */
export function hyphenationPoints(word: string, lang: TypoLang, opts: HyphenateOptions = {}): number[] {
  const marked = hyphenate(word, lang, opts);
  const points: number[] = [];
  let j = 0;
  for (const c of marked) {
    if (c === SOFT_HYPHEN) points.push(j);
    else j += c.length;
  }
  return points;
}
