// French words: abbreviations, titles before names, accented capitals, ligatures, compound hyphens.
// Lexical rules read curated lists (fr-lexicon.ts) and never guess outside them.
import type { Edit, RegexRule, RuleInput, ScanRule } from '../model';
import { A_GRAVE_NEXT, ACCENTED_CAPITALS, COMPOUNDS, LIGATURE_NEVER, LIGATURE_STEMS } from './fr-lexicon';

/** French: M. (not Mr), Mme, Mlle (not Melle), Dr, n° (not No, N°, nº), c.-à-d. */
export const frAbbreviations: RegexRule = {
  id: 'fr-abbreviations',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /Mr|Mel|M(?:me|lle)s?\.|Dr\.|N[°º.o]|nº|no|[cC][-.à]/u.test(t),
  find: /(?<![\p{L}\p{N}.])(?:Mr\.?(?=[ \u00A0\u202F]\p{Lu})|Mrs\.?(?=[ \u00A0\u202F]\p{Lu})|(?:Mmes?|Mlles?|Dr)\.(?=[ \u00A0\u202F]\p{Lu})|Melles?(?![\p{L}\p{N}])|(?:N°|Nº|nº|No\.?|no\.?|N\.)(?=[ \u00A0\u202F]?\d)|[cC](?:-à-d|\.à\.d|\.a\.d|-a-d|\.-a-d|\.-à-d|àd)\.?(?![\p{L}\p{N}]))/gu,
  fix: (m, { text }) => {
    const w = m[0];
    if (w.startsWith('Mrs')) return 'Mme';
    if (w.startsWith('Mr')) return 'M.';
    if (w.startsWith('Melle')) return w.replace('Melle', 'Mlle');
    if (/^(?:Mmes?|Mlles?|Dr)\.$/u.test(w)) return w.slice(0, -1);
    if (/^[cC]/u.test(w)) return `${w[0] as string}.-à-d.`;
    // Lowercase n° inside a sentence, after a lowercase word (le n° 5); elsewhere (a sentence start,
    // a heading, after a title) N° keeps its capital.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/(?<![\p{L}\p{N}.])\p{Ll}+[ \u00A0\u202F]$/u.test(before)) return 'n°';
    return w.startsWith('N') ? (w === 'N°' ? null : 'N°') : 'n°';
  },
  message: {
    fr: 'Abréviation française\u00A0: M., Mme, Mlle, n°, c.-à-d.',
    en: 'French abbreviation: M., Mme, Mlle, n°, c.-à-d.',
    es: 'Abreviatura francesa: M., Mme, Mlle, n°, c.-à-d.',
  },
  examples: [
    ['Mr Diallo', 'M.\u00A0Diallo'],
    ['Melle Sow', 'Mlle\u00A0Sow'],
    ['le No 5', 'le n°\u00A05'],
    ['c-à-d', 'c.-à-d.'],
  ],
};

/** French: a no-break space after M. MM. Mme Mmes Mlle Dr Pr Me and n° before a name or number. */
export const frTitleSpace: RegexRule = {
  id: 'fr-nbsp-title',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /M[Mm.le]|n°|N°|Dr|Pr/u.test(t),
  find: /(?<![\p{L}\p{N}.])(?:(?:n°|N°)[ \t\u202F]*(?=\d)|MM?\.[ \t\u202F]+(?=[\p{Lu}\d])|(?:Mmes?|Mlles?|Drs?|Pr|Me)[ \t\u202F]+(?=\p{Lu}))/gu,
  fix: (m, { env }) => m[0].replace(/[ \t\u202F]*$/u, env.nbsp),
  message: {
    fr: 'Espace insécable après M., Mme, Dr, n°…',
    en: 'No-break space after M., Mme, Dr, n° in French',
    es: 'Espacio de no separación después de M., Mme, Dr, n° en francés',
  },
  examples: [
    ['Mme Diallo', 'Mme\u00A0Diallo'],
    ['M. Sow', 'M.\u00A0Sow'],
    ['n° 5', 'n°\u00A05'],
  ],
};

const deaccent = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const CAPITALS = new Map<string, string>();
for (const w of ACCENTED_CAPITALS) {
  const rest = w.slice(1);
  for (const key of [deaccent(w[0] as string) + rest, deaccent(w)]) {
    if (key !== w) CAPITALS.set(key, w);
    if (key.toUpperCase() !== w.toUpperCase()) CAPITALS.set(key.toUpperCase(), w.toUpperCase());
  }
}
/** English words next to which a capitalised word is English (Education Cannot Wait, Evaluation Office). */
const EN_NEIGHBOURS = new Set(['the', 'of', 'and', 'for', 'to', 'in', 'on', 'with', 'by', 'at', 'cannot', 'can', 'will', 'is', 'are', 'office', 'fund', 'unit', 'program', 'department', 'board', 'team', 'policy', 'report', 'network', 'center', 'centre', 'week', 'day', 'matters', 'first', 'now', 'watch']);

const wordAround = (text: string, from: number, dir: 1 | -1): string => {
  let i = from;
  while (i >= 0 && i < text.length && text[i] === ' ') i += dir;
  let j = i;
  while (j >= 0 && j < text.length && /\p{L}/u.test(text[j] as string)) j += dir;
  return (dir === 1 ? text.slice(i, j) : text.slice(j + 1, i + 1)).toLowerCase();
};

/** French: accents on capitals (État, Égypte, ÉTATS); a curated list, never names or English words. */
export const frAccentedCapitals: RegexRule = {
  id: 'fr-accented-capitals',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  when: (t) => t.includes('E'),
  find: /E(?<![\p{L}\p{N}]E)\p{L}+/gu,
  fix: (m, { text }) => {
    const to = CAPITALS.get(m[0]);
    if (to === undefined) return null;
    const end = m.index + m[0].length;
    if (EN_NEIGHBOURS.has(wordAround(text, end, 1)) || EN_NEIGHBOURS.has(wordAround(text, m.index - 1, -1))) return null;
    return to;
  },
  message: {
    fr: 'Les capitales prennent l’accent\u00A0: État, Égypte',
    en: 'French capitals keep their accents: État, Égypte',
    es: 'Las mayúsculas francesas llevan tilde: État, Égypte',
  },
  examples: [
    ['Etats membres', 'États membres'],
    ['l’Etat', 'l’État'],
    ['LES ETATS', 'LES ÉTATS'],
    ['Eric Martin', 'Eric Martin'],
  ],
};

/** Whether the capital A at `at` opens a sentence (block start, after . ! ? : « or a bullet). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \u00A0\u202F]/u.test(text[i] as string)) i -= 1;
  return i < 0 || /[.!?:…«"“(\n–—-]/u.test(text[i] as string);
}

/** French: the preposition A opening a sentence is À (A partir de → À partir de); never "A et B". */
export const frCapitalAGrave: RegexRule = {
  id: 'fr-accented-capital-a',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  when: (t) => t.includes('A '),
  find: /A(?<![\p{L}\p{N}’'.-]A)(?= \p{L})/gu,
  fix: (m, { text }: RuleInput) => {
    if (!opensSentence(text, m.index)) return null;
    const rest = text.slice(m.index + 2, m.index + 60);
    const word = /^\p{L}[\p{L}-]*/u.exec(rest)?.[0] ?? '';
    if (/^[lLdD]['’]\p{L}/u.test(rest)) return 'À';
    if (A_GRAVE_NEXT.has(word.toLowerCase()) && (word === word.toLowerCase() || word === word.toUpperCase())) return 'À';
    // A place followed by a comma or by another place: "A Genève, le ministre…", "A Dakar et à Thiès".
    if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:,| et (?:à|au|aux|en) | (?:le|la|les|l’|l'|un|une|des|ce|cette|ces|on|il|elle|ils|elles|nous) )/u.test(rest)) return 'À';
    return null;
  },
  message: {
    fr: 'La préposition à prend l’accent en capitale\u00A0: À',
    en: 'The French preposition à keeps its accent as a capital: À',
    es: 'La preposición francesa à lleva acento en mayúscula: À',
  },
  examples: [
    ['A partir de 2025', 'À partir de 2025'],
    ['A Genève, le HCR', 'À Genève, le HCR'],
    ['A et B', 'A et B'],
  ],
};

const STEMS = LIGATURE_STEMS.map((stem) => {
  const at = Math.max(stem.indexOf('œ'), stem.indexOf('æ'));
  return { ascii: stem.replace('œ', 'oe').replace('æ', 'ae'), at, lig: stem[at] as string };
});

/** French: œ and æ where the word requires them (œuvre, sœur); never coefficient, coexister, names. */
export const frLigatures: RegexRule = {
  id: 'fr-ligatures',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  when: (t) => /[oOaA][eE]/u.test(t),
  find: /(?<!\p{L})\p{L}*?(?:[oO][eE]|[aA][eE])\p{L}*/gu,
  fix: (m) => {
    const w = m[0];
    const lower = w.toLowerCase();
    if (LIGATURE_NEVER.some((n) => lower.startsWith(n))) return null;
    // A proper name (capital inside, or a capitalised word not in the stems) is left alone by the stem check.
    const hit = STEMS.find((s) => lower.startsWith(s.ascii));
    if (hit === undefined) return null;
    const upper = w[hit.at] === (w[hit.at] as string).toUpperCase();
    const lig = upper ? hit.lig.toUpperCase() : hit.lig;
    return w.slice(0, hit.at) + lig + w.slice(hit.at + 2);
  },
  message: {
    fr: 'Ligature œ ou æ\u00A0: œuvre, sœur',
    en: 'French ligature œ or æ: œuvre, sœur',
    es: 'Ligadura francesa œ o æ: œuvre, sœur',
  },
  examples: [
    ['oeuvre', 'œuvre'],
    ['soeur', 'sœur'],
    ['main-d’oeuvre', 'main-d’œuvre'],
    ['coefficient', 'coefficient'],
  ],
};

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
const KEY_ALT = [...GROUPS.keys()].flatMap((k) => [k, deaccent(k)]).map((k) => k.replace(/’/gu, "['’]")).join('|');
// Led by a separator (a class of a few characters): measured several times faster than a word loop.
const KEY_GATE = new RegExp(`[ \\u00A0'’(«"“-](${KEY_ALT})(?![\\p{L}\\p{N}])`, 'giu');
const KEY_AT_START = new RegExp(`^(${KEY_ALT})(?![\\p{L}\\p{N}])`, 'iu');
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

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
    const re = BY_KEY.get(word.toLowerCase().replace(/'/gu, '’'));
    if (re === undefined) continue;
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
