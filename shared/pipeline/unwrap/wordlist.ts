// The compact word list the app ships per language (dist/lexicon/<lang>.txt.gz), and the
// Lexicon that searches it. Format: header lines starting with `#` (`#galley-lexicon 1`,
// `#lang fr`, `#source …`, `#keepcase w1 w2…`), then one word per line, UTF-8, sorted by code
// point, no duplicates. Searched in place: the UTF-8 bytes plus one offset per word, so French
// (450,000 forms) costs about 7 MB instead of the 40 MB of a Set of strings, and a lookup is a
// binary search (about 19 comparisons) with no allocation beyond the query's own bytes.
import type { Lexicon } from '../model';

/**
 * The Hunspell dictionaries (npm packages) each language's list is made from, merged. A package
 * that is not installed is skipped: dictionary-en-gb adds the British forms IOM English uses
 * (programme, labour, centre) to the American dictionary-en.
 */
export const LEXICON_SOURCES: Readonly<Record<'fr' | 'en' | 'es', readonly string[]>> = {
  fr: ['dictionary-fr'],
  en: ['dictionary-en', 'dictionary-en-gb'],
  es: ['dictionary-es'],
};

const NL = 0x0a;
/** UTF-8 lead-byte marks by sequence length. */
const LEAD = [0, 0, 0xc0, 0xe0, 0xf0];
const HASH = 0x23;

export interface WordListSource {
  lang: string;
  /** Where the words come from, e.g. `dictionary-fr 3.0.0`. */
  source: string;
  words: readonly string[];
  keepCase?: readonly string[];
}

/** Normal form of a word for storage and lookup: NFC, typographic apostrophes as `'`. */
export function normalizeWord(word: string): string {
  // ASCII needs neither step (the common case of a lookup).
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word.normalize('NFC').replace(/[’ʼ]/g, "'");
}

function hasAstral(words: readonly string[]): boolean {
  return words.some((w) => /[\uD800-\uDFFF]/.test(w));
}

/** Code point order (what comparing UTF-8 bytes gives), also for characters outside the BMP. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The text of a word list file: header, then the words normalised, sorted and de-duplicated. Pure. */
export function formatWordList(src: WordListSource): string {
  const words = [...new Set(src.words.map(normalizeWord))].filter((w) => w !== '' && !w.startsWith('#') && !/\s/.test(w));
  // UTF-16 order equals code point order unless a word holds a surrogate pair.
  if (hasAstral(words)) words.sort(byCodePoint);
  else words.sort();
  const header = [`#galley-lexicon 1`, `#lang ${src.lang}`, `#source ${src.source}`, `#words ${words.length}`];
  const keep = (src.keepCase ?? []).map(normalizeWord).filter((w) => /\p{Ll}/u.test(w));
  if (keep.length > 0) header.push(`#keepcase ${keep.join(' ')}`);
  return `${header.join('\n')}\n${words.join('\n')}\n`;
}

/** A word list in memory, searched by binary search over its UTF-8 bytes. */
class WordListLexicon implements Lexicon {
  constructor(
    private readonly bytes: Uint8Array,
    /** Start of each word, plus one past the end of the last (the next start minus its LF). */
    private readonly starts: Uint32Array,
    private readonly keepCase: ReadonlySet<string>,
    readonly size: number,
  ) {}

  /** Compares the UTF-8 bytes of `word` with the stored word [s, e), without encoding it. */
  private compare(s: number, e: number, word: string): number {
    const bytes = this.bytes;
    let p = s;
    for (let i = 0; i < word.length; i++) {
      let cp = word.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < word.length) {
        const lo = word.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo < 0xe000) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      // The code point's UTF-8 bytes, one at a time: a lead byte (0xxxxxxx, 110xxxxx, 1110xxxx,
      // 11110xxx) then continuation bytes (10xxxxxx).
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (let k = 0; k < n; k++) {
        const shift = 6 * (n - 1 - k);
        const byte = k > 0 ? 0x80 | ((cp >> shift) & 0x3f) : n === 1 ? cp : (LEAD[n]! | (cp >> shift)) & 0xff;
        if (p >= e) return -1;
        const d = bytes[p++]! - byte;
        if (d !== 0) return d;
      }
    }
    return p < e ? 1 : 0;
  }

  private contains(word: string): boolean {
    const starts = this.starts;
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.compare(starts[mid]!, starts[mid + 1]! - 1, word);
      if (d === 0) return true;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Known as written; else lower-cased (`Coordination`, `COORDINATION`); else capitalised
   * (`BARBADE` → `Barbade`). Words marked KEEPCASE match only as written. ’ and ' are the same.
   */
  has(word: string): boolean {
    if (word === '' || word.length > 100) return false;
    const w = normalizeWord(word);
    if (this.contains(w)) return true;
    const lower = w.toLowerCase();
    // A word written in lower case never matches a capitalised entry (`paris` is not `Paris`).
    if (lower === w) return false;
    if (!this.keepCase.has(lower) && this.contains(lower)) return true;
    const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
    return cap !== w && !this.keepCase.has(cap) && this.contains(cap);
  }
}

/**
 * A Lexicon over the bytes of a word list file (as written by `formatWordList`). Keeps a view
 * of `bytes` (no copy); builds one offset table. Pure; linear in the size of the file.
 */
export function wordListLexicon(bytes: Uint8Array): Lexicon & { readonly size: number } {
  let pos = 0;
  const keepCase = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  while (pos < bytes.length && bytes[pos] === HASH) {
    let end = bytes.indexOf(NL, pos);
    if (end < 0) end = bytes.length;
    const line = decoder.decode(bytes.subarray(pos, end));
    if (line.startsWith('#keepcase ')) for (const w of line.slice(10).split(' ')) if (w) keepCase.add(w);
    pos = end + 1;
  }
  let count = 0;
  for (let i = pos; i < bytes.length; i++) if (bytes[i] === NL) count++;
  if (bytes.length > pos && bytes[bytes.length - 1] !== NL) count++;
  const starts = new Uint32Array(count + 1);
  let n = 0;
  starts[n++] = pos;
  for (let i = pos; i < bytes.length; i++) if (bytes[i] === NL && n <= count) starts[n++] = i + 1;
  // The sentinel is one past the final LF, real or implied.
  if (bytes[bytes.length - 1] !== NL) starts[count] = bytes.length + 1;
  return new WordListLexicon(bytes, starts, keepCase, count);
}
