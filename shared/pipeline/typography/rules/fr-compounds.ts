// French compounds: missing hyphens (c’est-à-dire, au-delà, États-Unis) and the euphonic t (a-t-il).
// A curated list (fr-lexicon.ts); meaning-dependent pairs (peut être / peut-être) are never touched.
import type { Edit, RegexRule, RuleInput, ScanRule } from '../model';
import { COMPOUNDS } from './fr-lexicon';
import { deaccent, opensSentence } from './fr-text';

/** The lexicon key of a compound as typed: lowercase, unaccented, one space between parts, ’. */
const compoundKey = (s: string): string => deaccent(s.toLowerCase()).replace(/[ \u00A0-]+/gu, ' ').replace(/'/gu, '’');
const COMPOUND_BY_KEY = new Map(COMPOUNDS.map((c) => [compoundKey(c), c]));
/** A pattern for some compounds, typed with spaces, hyphens or both, at word boundaries. */
const compoundPattern = (cs: readonly string[]): RegExp => {
  const body = (x: string): string => x.replace(/[Éé]/gu, '[ÉEée]').replace(/’/gu, "['’]").replace(/[ -]/gu, '[ \\u00A0-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${cs.map(body).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
};

// Compounds are looked for only around a rare word of theirs (delà, dire, Unis…), with the pattern
// of the few compounds holding that word: one long alternation over every paragraph is slow.
const FREQUENT = new Set(['à', 'en', 'et', 'au', 'là', 'ce', 'que', 'qui', 'qu’', 'pas', 'est', 'c’est', 'qu’est', 'n’est', 'par', 'sous', 'vous', 'ci',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'mi', 'demi', 'grand', 'porte', 'portes', 'celui', 'celle', 'ceux', 'celles',
  'région', 'régions', 'régional', 'régionale', 'régionaux', 'régionales', 'président', 'présidente', 'présidents', 'présidentes', 'pays', 'cap', 'saint',
  'nouvelle', 'moyen', 'proche', 'nord', 'sud', 'guinée', 'royaume', 'états', 'quelques', 'chef', 'chefs', 'arc', 'vis', 'bas', 'haut', 'après', 'contre',
  'heure', 'chose', 'vice', 'uni', 'end', 'ends']);
/** The word of a compound the scan looks for: its last rare part, else its first part. */
const keyWord = (c: string): string => {
  const parts = c.toLowerCase().split(/[ -]/u);
  for (let i = parts.length - 1; i >= 0; i -= 1) if (!FREQUENT.has(parts[i] as string)) return parts[i] as string;
  return (parts[0] as string).replace(/^(?:c|qu|n)’/u, '');
};
// Key word (also unaccented) → the pattern of the compounds that contain it.
const BY_KEY = new Map<string, RegExp>();
const GROUPS = new Map<string, string[]>();
for (const c of COMPOUNDS) GROUPS.set(keyWord(c), [...(GROUPS.get(keyWord(c)) ?? []), c]);
for (const [key, cs] of GROUPS) {
  const re = compoundPattern(cs);
  BY_KEY.set(key, re);
  BY_KEY.set(deaccent(key), re);
}
const KEY_ALT = [...new Set([...GROUPS.keys()].flatMap((k) => [k, deaccent(k)]))].map((k) => k.replace(/’/gu, "['’]")).join('|');
// Led by a separator (a class of a few characters): measured several times faster than a word loop.
const KEY_GATE = new RegExp(`[ \\u00A0'’(«"“-](${KEY_ALT})(?![\\p{L}\\p{N}])`, 'giu');
const KEY_AT_START = new RegExp(`^(${KEY_ALT})(?![\\p{L}\\p{N}])`, 'iu');
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** A word as the neighbour sets hold it: lowercase, unaccented, typographic apostrophe. */
const neighbourForm = (w: string): string => {
  const form = deaccent(w.toLowerCase());
  return form.includes("'") ? form.replace(/'/gu, '’') : form;
};
// Key word → the other words of its compounds. A compound around a key word always has one of
// them right before or right after it, so most hits (la, est, ci…) are dismissed without a regex.
const NEIGHBOURS = new Map<string, Set<string>>();
for (const [key, cs] of GROUPS) {
  const words = new Set(cs.flatMap((c) => c.split(/[ -]/u).map(neighbourForm)));
  words.delete(neighbourForm(key));
  NEIGHBOURS.set(neighbourForm(key), words);
}
// The same sets by the lookup form of a key word (as BY_KEY holds it): one lookup per hit.
const NEAR_BY_KEY = new Map<string, Set<string> | undefined>([...BY_KEY.keys()].map((k) => [k, NEIGHBOURS.get(neighbourForm(k))]));
const LETTER_RE = /[\p{L}'’]/u;
/** A letter or an apostrophe (ASCII letters decided without the Unicode pattern: most of them). */
const isWordChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && LETTER_RE.test(ch)) || c === 39;
};
const isSeparator = (ch: string): boolean => ch === ' ' || ch === '\u00A0' || ch === '-';

/** The word right before `at` (across separators) and the word right after `end`, as neighbour forms. */
function adjacentWords(text: string, at: number, end: number): [string, string] {
  let b = at;
  while (b > 0 && isSeparator(text[b - 1] as string)) b -= 1;
  let a = b;
  while (a > 0 && isWordChar(text[a - 1] as string)) a -= 1;
  let c = end;
  while (c < text.length && isSeparator(text[c] as string)) c += 1;
  let d = c;
  while (d < text.length && isWordChar(text[d] as string)) d += 1;
  return [neighbourForm(text.slice(a, b)), neighbourForm(text.slice(c, d))];
}

/** The compounds missing a hyphen around the key words of `text`, as edits. */
function compoundEdits({ text }: RuleInput): Edit[] {
  const edits: Edit[] = [];
  let done = 0;
  const hits: [number, string][] = [];
  const first = KEY_AT_START.exec(text);
  if (first !== null) hits.push([0, first[1] as string]);
  KEY_GATE.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = KEY_GATE.exec(text)) !== null) hits.push([k.index + 1, k[1] as string]);
  for (const [hit, word] of hits) {
    const lower = word.toLowerCase();
    const form = lower.includes("'") ? lower.replace(/'/gu, '’') : lower;
    const re = BY_KEY.get(form);
    if (re === undefined) continue;
    const near = NEAR_BY_KEY.get(form);
    const [before, after] = adjacentWords(text, hit, hit + word.length);
    if (near !== undefined && !near.has(before) && !near.has(after)) continue;
    // A window from a word start well before the key word to just after it.
    let from = Math.max(done, hit - 40);
    while (from > done && WORD_CHAR.test(text[from - 1] as string)) from -= 1;
    const to = Math.min(text.length, hit + word.length + 24);
    const window = (from > 0 ? text[from - 1] : ' ') + text.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      const start = from + m.index - 1;
      const end = start + m[0].length;
      if (start < done || end <= hit || (end === to && to < text.length && /[\p{L}\p{N}-]/u.test(text[to] as string))) continue;
      const fixed = fixCompound(m[0], text, start);
      if (fixed !== null && fixed !== m[0]) edits.push(trimmed(start, m[0], fixed));
      done = end;
    }
  }
  return edits;
}

/** The smallest edit turning `before` at `start` into `after` (same length: separators only). */
function trimmed(start: number, before: string, after: string): Edit {
  let p = 0;
  while (before[p] === after[p]) p += 1;
  let q = before.length;
  while (q > p && before[q - 1] === after[q - 1]) q -= 1;
  return { start: start + p, end: start + q, replacement: after.slice(p, q) };
}

/** The hyphenated form of a compound typed as `typed` at `at`, or null. */
function fixCompound(typed: string, text: string, at: number): string | null {
  const target = COMPOUND_BY_KEY.get(compoundKey(typed));
  if (target === undefined || target.length !== typed.length) return null;
  // "est ce que" is a question only opening a sentence ("c’est ce que", "le but est ce que…" are not).
  if (target.startsWith('est-ce') && !opensSentence(text, at)) return null;
  // The typed case is kept letter by letter (Est-ce que, ÉTATS-UNIS); only separators change.
  let out = '';
  for (let i = 0; i < target.length; i += 1) {
    const c = typed[i] as string;
    const t = target[i] as string;
    const typedUpper = c !== c.toLowerCase();
    out += !/\p{L}/u.test(t) ? t : typedUpper ? t.toUpperCase() : t === t.toLowerCase() ? t : c;
  }
  return out;
}

/** French: hyphens of common compounds (c’est-à-dire, au-delà, États-Unis); never peut-être. */
export const frCompounds: ScanRule = {
  id: 'fr-compound-hyphen',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  scan: compoundEdits,
  message: {
    fr: 'Trait d’union du mot composé\u00A0: c’est-à-dire, au-delà',
    en: 'Hyphen of a French compound: c’est-à-dire, au-delà',
    es: 'Guion de un compuesto francés: c’est-à-dire, au-delà',
  },
  examples: [
    ['c’est à dire', 'c’est-à-dire'],
    ['au delà', 'au-delà'],
    ['Il peut être', 'Il peut être'],
  ],
};

/** French: the euphonic t between hyphens (a-t-il, va-t-elle), not an apostrophe (a-t’il). */
export const frEuphonicT: RegexRule = {
  id: 'fr-euphonic-t',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /[ -]t[ '’-]/u.test(t),
  find: /(?<![\p{L}\p{N}])(a|va|ira|sera|aura|fera|devra|pourra|semble|existe|reste|convient|faudra)[ -]t[ '’-](il|elle|on)(?![\p{L}\p{N}])/giu,
  fix: (m) => `${m[1] as string}-t-${m[2] as string}`,
  message: {
    fr: 'T euphonique entre traits d’union\u00A0: a-t-il',
    en: 'French euphonic t between hyphens: a-t-il',
    es: 'T eufónica francesa entre guiones: a-t-il',
  },
  examples: [
    ['Y a t il', 'Y a-t-il'],
    ['a-t’il', 'a-t-il'],
  ],
};
