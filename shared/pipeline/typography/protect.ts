// Protected spans: found before any rule runs, and never changed (TYPOGRAPHY.md, promise 1).
// Each kind is a pattern with a cheap gate (a character the match must contain), so that a plain
// paragraph of prose costs a few `includes` calls, not a dozen regex scans.
import type { Span, TypoLang } from './model';

interface Guard {
  /** What the span is (for tests and debugging). */
  readonly kind: string;
  /** The pattern runs only if the text contains one of these strings, or matches this pattern. */
  readonly gate: readonly string[] | RegExp;
  readonly re: RegExp;
  /** The match holds a digit: skipped at once in a text without any. */
  readonly digits?: true;
  /** Rejects a match the pattern alone cannot rule out (e.g. `1 000 000 000` is not a phone). */
  readonly accept?: (match: string) => boolean;
}

const digitCount = (s: string): number => s.replace(/\D/g, '').length;
/** A national phone has pairs of digits (01 23 45 67 89, 33 869 62 00); thousands have triples. */
const hasPairs = (s: string): boolean => (s.match(/(?<!\d)\d{2}(?!\d)/g) ?? []).length >= 2;

// Top-level domains that make a bare `word.tld` a domain name rather than two glued sentences.
const TLD = 'com|org|net|int|edu|gov|info|io|fr|be|ch|ca|es|sn|ci|ml|cm|cd|ma|tn|dz|mx|ar|co|cl|pe|uk|de|it|ht|qc|eu|africa|news|ngo|un';
// File extensions that make `name.ext` a file name.
const EXT = 'pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|json|xml|html?|md|zip|rar|7z|jpe?g|png|gif|svg|webp|tiff?|mp[34]|mov|avi|wav|ts|js|py|exe|dmg|eml|msg|ics|vcf';

const GUARDS: readonly Guard[] = [
  // URLs of any scheme (https://, ftp://, tel:…), bare www. and bare domains with a known TLD.
  // An ellipsis is never part of an address, and counts as the periods it replaces before one:
  // the rule writing … from ... must not make an address appear or grow (idempotence).
  { kind: 'url', gate: ['://'], re: /[a-z][a-z0-9+.-]*:\/\/[^\s<>"«»“”—–…]*[^\s<>"«»“”—–….,;:!?)\]’']/giu },
  { kind: 'url', gate: ['www.', 'WWW.'], re: /(?<![\p{L}\p{N}_.…-])www\.[^\s<>"«»“”—–…]*[^\s<>"«»“”—–….,;:!?)\]’']/giu },
  { kind: 'url', gate: new RegExp(`\\.(?:${TLD})(?![\\p{L}\\p{N}])`, 'u'), re: new RegExp(`(?<![\\p{L}\\p{N}@.…-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLD})(?![\\p{L}\\p{N}])(?:[/?#][^\\s<>"«»“”—–…]*[^\\s<>"«»“”—–….,;:!?)\\]’'])?`, 'gu') },
  { kind: 'mailto', gate: ['mailto:', 'tel:', 'sms:', 'MAILTO:'], re: /\b(?:mailto|tel|sms):[^\s<>"«»“”—–…]*[^\s<>"«»….,;:!?)\]]/giu },
  // Anchored at the start of the address: tried once per word, never from every letter of it.
  { kind: 'email', gate: ['@'], re: /(?<![\p{L}\p{N}._%+…-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  { kind: 'handle', gate: ['@'], re: /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{1,30}(?:\.[\p{L}\p{N}_]+)*/gu },
  { kind: 'hashtag', gate: ['#'], re: /(?<![\p{L}\p{N}_&])#[\p{L}_][\p{L}\p{N}_]*|(?<![\p{L}\p{N}_&])#\p{N}+[\p{L}_][\p{L}\p{N}_]*/gu },
  { kind: 'file', gate: new RegExp(`\\.(?:${EXT})(?![\\p{L}\\p{N}])`, 'iu'), re: new RegExp(`(?<![\\p{L}\\p{N}_.…-])[\\p{L}\\p{N}_-]+(?:[.][\\p{L}\\p{N}_-]+)*\\.(?:${EXT})(?![\\p{L}\\p{N}])`, 'giu') },
  { kind: 'code', gate: ['`'], re: /`[^`\n]+`/gu },
  { kind: 'html', gate: ['<'], re: /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/gu },
  { kind: 'entity', gate: ['&'], re: /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/gu },
  // UN document symbols: S/RES/2417 (2018), A/HRC/55/L.12, E/CN.6/2024/1, A/RES/70/1.
  { kind: 'un-symbol', gate: /[A-Z]\//u, re: /(?<![\p{L}\p{N}/])[A-Z]{1,5}(?:\.\d+)?(?:\/[A-Z\d]+(?:\.[A-Z\d]+)*)+(?:[ \u00A0]\(\d{4}\))?/gu },
  { kind: 'isbn', digits: true, gate: ['ISBN', '978', '979'], re: /\bISBN(?:-1[03])?:?[ \u00A0]?(?:97[89][- ]?)?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dX]\b|\b97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d\b/gu },
  // Phones: international (+221 33 869 62 00, +41 (0)22 717 91 11, 00 33 1 …) and national
  // (01 23 45 67 89, 01.23.45.67.89, 33 869 62 00, (514) 555-1234).
  {
    kind: 'phone',
    digits: true,
    gate: ['+', '00'],
    re: /(?:\+|(?<!\d)00[ .\u00A0]?)[1-9]\d{0,2}(?:[ .\u00A0\u202F-]?\(0\))?(?:[ .\u00A0\u202F-]?\d{1,4}){2,6}(?!\d)/gu,
    accept: (m) => digitCount(m) >= 8 && digitCount(m) <= 15,
  },
  { kind: 'phone', digits: true, gate: /\d{2}[ .\u00A0\u202F-]\d{2}/u, re: /(?<![\d,.])\d{2,3}(?:[ .\u00A0\u202F-]\d{2,3}){3,4}(?![\d\p{L}])/gu, accept: hasPairs },
  { kind: 'phone', digits: true, gate: ['('], re: /\(\d{3}\)[ \u00A0]?\d{3}-\d{4}\b/gu },
  // Postal codes: 75007 Paris, CH-1211 Genève 19, 75700 Paris Cedex 07, H3B 2Y7.
  { kind: 'postal', digits: true, gate: /\d{4}|[A-Z]\d[A-Z]/u, re: /(?<![\p{L}\p{N}.,])(?:[A-Z]{1,2}-\d{4,5}|\d{5})(?=[ \u00A0]\p{Lu}[\p{L}'’-]+(?:[ \u00A0](?:Cedex|CEDEX))?(?:[ \u00A0]\d{1,2})?(?:[,.;)\n]|$))|\b[A-Z]\d[A-Z][ \u00A0]?\d[A-Z]\d\b/gu },
  // Dates: ISO (2024-03-12, with time) and numeric 12/03/2024, 12.03.2024.
  { kind: 'date', digits: true, gate: /\d[-/.]\d/u, re: /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b/gu },
  // Times 09:45, 9:45:30 and ratios 3:1 (a colon between digits is never French punctuation).
  { kind: 'time', digits: true, gate: [':'], re: /(?<![\d:])\d{1,4}(?::\d{1,4})+(?!\d)/gu },
  { kind: 'time', digits: true, gate: /\dh|\d[ \u00A0\u202F]h/u, re: /(?<![\p{L}\p{N}])\d{1,2}[ \u00A0\u202F]?h[ \u00A0\u202F]?\d{2}(?![\p{L}\p{N}])/gu },
  // Coordinates: 14°41′34″N, 17° 26' O, 14.6928° N, -17.4467.
  { kind: 'coordinates', digits: true, gate: ['°'], re: /\d{1,3}(?:[.,]\d+)?°[ \u00A0]?(?:\d{1,2}(?:[.,]\d+)?['′’][ \u00A0]?(?:\d{1,2}(?:[.,]\d+)?(?:["″”]|'')[ \u00A0]?)?)?[NSEOW](?![\p{L}\p{N}])/gu },
  // Version numbers: v2.1.3, 2.1.3, version 4.2.
  {
    kind: 'version',
    digits: true,
    gate: /\d\.\d/u,
    re: /\b[vV]\d+(?:\.\d+)+\b|(?<![\d.,])\d+\.\d+\.\d+(?:\.\d+)*(?![\d.])(?!\.\d)/gu,
    // 1.000.000 is a number written with dots, grouped by the thousands rule.
    accept: (m) => !/^\d{1,3}(?:\.\d{3})+$/.test(m),
  },
  // SDG targets and dotted references: 16.2, 5.a, 3.8.1 (and English decimals: nothing to change).
  { kind: 'sdg', digits: true, gate: /\d\.[\da-c]/u, re: /(?<![\p{L}\p{N}.,])\d{1,2}\.(?:\d{1,2}|[a-c])(?![\p{L}\p{N}]|\.\d)/gu },
];

/** Whether a guard's gate lets its pattern run on `text`. */
function opens(gate: Guard['gate'], text: string): boolean {
  if (gate instanceof RegExp) return gate.test(text);
  for (const s of gate) if (text.includes(s)) return true;
  return false;
}

/** Every protected span of `text` with its kind, unsorted and unmerged (for tests and debugging). */
export function protectedMatches(text: string): { kind: string; start: number; end: number }[] {
  const out: { kind: string; start: number; end: number }[] = [];
  const digits = /\d/u.test(text);
  for (const g of GUARDS) {
    if (g.digits === true && !digits) continue;
    if (!opens(g.gate, text)) continue;
    g.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.re.exec(text)) !== null) {
      if (m[0] === '') {
        g.re.lastIndex += 1;
        continue;
      }
      if (g.accept !== undefined && !g.accept(m[0])) continue;
      out.push({ kind: g.kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Sorted, merged spans of `text` that no typography rule may change. Pure. */
export function findProtectedSpans(text: string, _lang: TypoLang): Span[] {
  const spans = protectedMatches(text);
  if (spans.length === 0) return [];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}
