// What the boilerplate and split stages read in a line: the text as a reader sees it (tags
// removed, entities decoded, spaces collapsed), a folded form for matching cue phrases, and a
// few shape measures. Every function here is pure and linear in the length of its input.
import { decodeEntities } from './entities';

/** A complete tag (`<strong>`, `</p>`, `<div class="x">`, `<br/>`) or an HTML comment. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>|<!--[^>]*-->/g;
/** Ordinary white space; no-break spaces (U+00A0, U+2007, U+202F) are typography, kept. */
const SPACES = /[^\S\u00A0\u2007\u202F]+/g;

/** Tags removed, then entities decoded (so `&lt;b&gt;` stays visible text). */
export function stripMarkup(text: string): string {
  const noTags = text.includes('<') ? text.replace(TAG, (tag) => (INLINE_TAG.test(tag) ? '' : ' ')) : text;
  return decodeEntities(noTags);
}

/** Tags inside a run of text (removing them must not split a word); block tags become a space. */
const INLINE_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|em|font|i|kbd|mark|q|s|small|span|strong|sub|sup|u|var|wbr)\b/i;

/** Runs of ordinary white space become one space, both ends trimmed; no-break spaces are kept. */
export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Characters that make `readable` do more than trim: markup, entities, odd or doubled spaces. */
const NEEDS_WORK = /[<&\t\n\r\v\f\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000\uFEFF]| {2}/;

/** What a reader sees of a line: markup removed, entities decoded, spaces collapsed. */
export function readable(text: string): string {
  return NEEDS_WORK.test(text) ? collapse(stripMarkup(text)) : text.trim();
}

/** True when the text holds an e-mail address (a cheap test first: most lines have no `@`). */
export function hasEmail(text: string): boolean {
  return text.includes('@') && EMAIL.test(text);
}

/**
 * The form cue phrases are matched on: lower case, accents and marks removed, typographic
 * apostrophes, quotes and dashes made plain, all spaces one space. `Communiqué de presse` and
 * `COMMUNIQUE DE PRESSE` fold to the same string.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 96 ? "'" : text[i];
      continue;
    }
    const ch = text[i]!;
    let f = FOLDED.get(ch);
    if (f === undefined) {
      f = foldChar(ch);
      if (FOLDED.size < 8192) FOLDED.set(ch, f);
    }
    out += f;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Folded form of the non-ASCII characters met so far. */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  if (/[’‘´ʼ]/.test(ch)) return "'";
  if (/[“”«»„]/.test(ch)) return '"';
  if (/[‐‑‒–—―]/.test(ch)) return '-';
  if (/[\s\u00A0\u2007\u202F]/.test(ch)) return ' ';
  return ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words: runs of letters or digits (apostrophes and inner hyphens kept inside a word). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c < 0x80 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : c < 0xd800 || c > 0xdfff ? WORD_CHAR.test(text[i]!) : true;
    // An apostrophe or a hyphen between two letters stays inside the word (`l’OIM`, `Sow-Kane`).
    const joiner: boolean = !letter && inWord && (c === 39 || c === 0x2019 || c === 45) && i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1]!);
    if (letter && !inWord) n++;
    inWord = letter || joiner;
  }
  return n;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Characters that end a sentence or a paragraph (closing quotes included). */
export const SENTENCE_END = /[.!?…»"”)]$/u;
/** The first meaningful character is an upper-case letter (after quotes, brackets, ¿ ¡). */
export const STARTS_UPPER = /^[«"“‘'(¿¡\s]*\p{Lu}/u;
export const STARTS_LOWER = /^[«"“‘'(\s]*\p{Ll}/u;
/** A list marker at the start of a line: `- `, `• `, `* `, `1. `, `a) `. */
export const LIST_MARKER = /^\s*(?:[-–—•*·▪◦‣]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)/u;
// Bounded repetitions keep these linear on any line (an unbounded `[\w.]+@` retried at each
// position of a 5 MB word is quadratic).
/** An e-mail address (also inside a mailto remnant). */
export const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
/** A URL or a bare web address. */
export const URL = /\b(?:https?:\/\/|www\.)\S/i;
/** A phone number: optional +, then at least 7 digits in groups. */
export const PHONE = /(?:\+|\b)\d[\d .\-/()]{6,30}\d/;

/** True when the letters of the text are all capitals (and there are at least two). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Share of words that start with a capital letter (title case), 0–1. */
export function capitalRatio(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => /^[«"“‘'(]*\p{Lu}/u.test(w)).length / words.length;
}

/** The text without a trailing colon and the spaces around it (`Contacts :` → `Contacts`). */
export function withoutColon(text: string): string {
  return text.replace(/\s*:\s*$/, '');
}

/** The folded text without trailing colon and closing punctuation (`Partager :` → `partager`). */
export function bare(folded: string): string {
  return folded.replace(/[\s:.!·|>»-]+$/u, '').replace(/^[\s•*·|-]+/u, '');
}
