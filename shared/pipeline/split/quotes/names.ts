// Reading people's names and roles out of running text: the capitalised run after an honorific
// or a verb of saying, the role in the apposition after it. Shared by quotes and contacts. Pure.
import { CAPITALISED_TITLE_WORDS, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, TITLE_BREAK_WORDS, type Gender } from './names.rules';
import type { Language } from '../../../domain';
import { EN_GENDERED, ROLE_ARTICLES, ROLE_NOUNS } from './roles.rules';

/** A whitespace-separated word of a text, with its offsets (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words of `text` between `from` and `to`, split on any white space (no-break spaces included). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = /[^\s\u00A0\u202F\u2007]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

const LEADING_PUNCT = /^[«“"‘'([¿¡—–-]+/u;
const TRAILING_PUNCT = /[»”"’',;:.!?…)\]]+$/u;

/** The word without the punctuation around it (`Kaboré.` → `Kaboré`, `«Les` → `Les`). */
export function bare(word: string): string {
  return word.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
}

/** Elided article or preposition glued to a word (`l’ambassadrice`, `d’Haïti`): the word without it. */
export function unelide(word: string): string {
  return word.replace(/^(?:l|d|qu|j|n|s|c)['’]/iu, '');
}

// A capitalised name part: `Liljert`, `Sow-Kane`, `N’Guessan`, `O'Brien`, `DUPONT`, `J.`, `J.-P.`,
// `d’Almeida` (after a first part only: see readName), `al-Hassan`.
const NAME_WORD = /^(?:\p{Lu}\p{M}*(?:[\p{L}\p{M}]*)(?:[-’'][\p{L}]\p{M}*[\p{L}\p{M}]*)*|\p{Lu}\.(?:-?\p{Lu}\.)*|(?:al|el|ul|ad|abu|ibn|bin|ben)-\p{Lu}[\p{L}\p{M}]*)$/u;
const ELIDED_PARTICLE_NAME = /^d['’]\p{Lu}[\p{L}\p{M}]*$/u;
const ACRONYM = /^\p{Lu}{2,7}s?$/u;

/** True for a word that can be part of a person's name (capitalised, not a function word). */
export function isNameWord(word: string): boolean {
  // `L’ambassadrice`, `L’OIM`, `D’après` are an elided article or preposition, not a name.
  if (/^[LlJjNnSsCc][’'](?:\p{Ll}|\p{Lu}{2})|^[Dd][’']\p{Ll}/u.test(word)) return false;
  return NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()) && !/\d/.test(word);
}

/** True for an organisation acronym (`OIM`, `UNHCR`, `IOM’s` when possessive is allowed by the caller). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word.replace(/['’]s$/u, '')) && word.length <= 9;
}

const HONORIFIC_SEQS = HONORIFICS.map(([h, g]) => ({ words: h.split(' '), gender: g })).sort((a, b) => b.words.length - a.words.length);
/** Honorifics by their first word in lower case (the first word of a multi-word one may be capitalised). */
const HONORIFIC_INDEX = new Map<string, typeof HONORIFIC_SEQS>();
for (const h of HONORIFIC_SEQS) {
  const key = h.words[0]!.toLowerCase();
  HONORIFIC_INDEX.set(key, [...(HONORIFIC_INDEX.get(key) ?? []), h]);
}
const ONE_WORD_HONORIFICS = new Set(HONORIFIC_SEQS.filter((h) => h.words.length === 1).map((h) => h.words[0]!.replace(/\.$/, '')));

/** The honorific starting at token `i` (`M.`, `la doctora`, `Dr`): how many tokens and its gender. */
export function honorificAt(tokens: readonly Token[], i: number): { length: number; gender: Gender } | null {
  // An article before a title (`la Sra. Ana Ruiz`, `le Dr Diallo`, `the Hon. Jane Doe`) belongs to it.
  if (/^(?:la|le|el|the)$/iu.test(tokens[i]?.text ?? '')) {
    const h = titleAt(tokens, i + 1);
    if (h) return { length: h.length + 1, gender: h.gender };
  }
  return titleAt(tokens, i);
}

function titleAt(tokens: readonly Token[], i: number): { length: number; gender: Gender } | null {
  const first = tokens[i]?.text.replace(/[,;:]+$/u, '').toLowerCase();
  const candidates = first === undefined ? undefined : HONORIFIC_INDEX.get(first);
  if (!candidates) return null;
  for (const h of candidates) {
    if (i + h.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < h.words.length && ok; k++) {
      const t = tokens[i + k]!.text.replace(/[,;:]+$/u, '');
      const want = h.words[k]!;
      // Only the last word may lose a trailing period in the text (`Dr.` written `Dr`): not the other way.
      ok = t === want || (k === 0 && h.words.length > 1 && t.toLowerCase() === want.toLowerCase());
    }
    // A one-word honorific must be followed by a name word (`Don` alone is a first name).
    if (ok && h.words.length === 1 && !(tokens[i + 1] && isNameWord(bare(tokens[i + 1]!.text)))) ok = false;
    if (ok) return { length: h.words.length, gender: h.gender };
  }
  return null;
}

/** A name read from tokens: as written, without honorific, with where it ends. */
export interface NameRead {
  name: string;
  /** Gender told by the honorific, if any. */
  gender: Gender;
  honorific: boolean;
  /** Leading title words stripped (`IOM Director General`), as written, or null. */
  title: string | null;
  /** Index of the first token after the name. */
  next: number;
  /** Offsets of the name in the text. */
  start: number;
  end: number;
}

/**
 * Reads the person's name starting at token `i`: optional honorific, optional capitalised titles
 * when `titles` is set (`IOM Director General Amy Pope` → `Amy Pope`), then capitalised words
 * joined by particles (`María José de la Cruz`). Stops at a comma, a sentence end, a lower-case
 * word or an acronym. Null when no name is there. Pure.
 */
export function readName(tokens: readonly Token[], i: number, text: string, opts: { titles?: boolean } = {}): NameRead | null {
  let gender: Gender = null;
  let honorific = false;
  let titleStart = -1;
  let titleEnd = -1;
  if (opts.titles) {
    for (let k = i; k < tokens.length && k < i + 6; k++) {
      const w = bare(tokens[k]!.text);
      const isTitle = isAcronym(w) || (CAPITALISED_TITLE_WORDS.has(w.toLowerCase()) && (/^\p{Lu}/u.test(w) || k > i));
      if (!isTitle || /[,;:]$/.test(tokens[k]!.text)) break;
      if (titleStart < 0) titleStart = tokens[k]!.start;
      titleEnd = tokens[k]!.end;
      i = k + 1;
    }
  }
  const h = honorificAt(tokens, i);
  if (h) {
    gender = h.gender;
    honorific = true;
    i += h.length;
  }
  const parts: number[] = [];
  for (let k = i; k < tokens.length && parts.length < 8; k++) {
    const raw = tokens[k]!.text;
    const word = raw.replace(/^[«“"‘([]+/u, '').replace(/[»”"’,;:!?…)\]]+$/u, '');
    const initial = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(word);
    const core = initial ? word : word.replace(/\.+$/u, '');
    const nameLike = isNameWord(core) && !(parts.length === 0 && isAcronym(core) && core.length <= 5) && !/['’]s$/u.test(core);
    // `Migrant Workers Centre CEO Matt Kunkel`: a title noun inside the run, before more capitalised words, starts a new phrase.
    if (parts.length > 0 && TITLE_BREAK_WORDS.has(core.toLowerCase()) && tokens[k + 1] !== undefined && /^\p{Lu}/u.test(bare(tokens[k + 1]!.text))) break;
    const particleWord = parts.length > 0 && NAME_PARTICLES.has(core.toLowerCase()) ? core.toLowerCase() : core;
    if (!nameLike || particleWord !== core) {
      if (parts.length === 0 || core !== word) break;
      if (ELIDED_PARTICLE_NAME.test(core)) parts.push(k);
      else if (NAME_PARTICLES.has(particleWord)) {
        // A particle only counts when a capitalised word or another particle follows (`de la Cruz`).
        const nextWord = tokens[k + 1] ? bare(tokens[k + 1]!.text) : '';
        if (!(isNameWord(nextWord) || NAME_PARTICLES.has(nextWord))) break;
        parts.push(k);
      } else break;
    } else parts.push(k);
    // Punctuation after the word ends the name (a period after an initial or an honorific does not).
    if (/[,;:!?…)\]»”"]$/u.test(raw) || (!initial && /\.$/.test(raw) && !honorificLike(core))) break;
  }
  while (parts.length > 0 && NAME_PARTICLES.has(bare(tokens[parts[parts.length - 1]!]!.text))) parts.pop();
  if (parts.length === 0) return null;
  const first = tokens[parts[0]!]!;
  const lastIndex = parts[parts.length - 1]!;
  const last = tokens[lastIndex]!;
  const lastCore = last.text.replace(/[»”"’,;:!?…)\]]+$/u, '');
  const keepDot = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(lastCore);
  const end = last.start + (keepDot ? lastCore.length : lastCore.replace(/\.+$/u, '').length);
  const start = first.start + (first.text.length - first.text.replace(/^[«“"‘([]+/u, '').length);
  return {
    name: text.slice(start, end).replace(/[\s\u00A0\u202F]+/gu, ' '),
    gender,
    honorific,
    title: titleStart >= 0 ? text.slice(titleStart, titleEnd) : null,
    next: lastIndex + 1,
    start,
    end,
  };
}

function honorificLike(word: string): boolean {
  return ONE_WORD_HONORIFICS.has(word);
}

interface RoleEntry {
  group: string;
  gender: Gender;
}

const ROLE_INDEX: ReadonlyMap<string, RoleEntry> = new Map(
  Object.entries(ROLE_NOUNS).flatMap(([group, [m, f, either]]) => [
    ...m.split(' ').filter(Boolean).map((w) => [w, { group, gender: 'm' as Gender }] as const),
    ...f.split(' ').filter(Boolean).map((w) => [w, { group, gender: 'f' as Gender }] as const),
    ...either.split(' ').filter(Boolean).map((w) => [w, { group, gender: null }] as const),
  ]),
);

/** A role found in a phrase: its identity across languages and the gender it marks. */
export interface RoleFound {
  group: string;
  gender: Gender;
  /** Index of the role word among the phrase's words. */
  at: number;
}

/**
 * The role among the first `maxWords` words of a phrase (gender read for `lang`, when given) (`cheffe de mission de l’OIM`, `IOM’s
 * emergency coordinator`, `la responsable`), with the gender the word or its article marks.
 * Null when none of the words is a known role. Pure.
 */
export function roleIn(words: readonly string[], maxWords = 6, lang?: Language): RoleFound | null {
  for (let i = 0; i < words.length && i < maxWords; i++) {
    // The role belongs to this phrase only: a comma or a sentence end closes it.
    if (i > 0 && /[,;:.!?]$/u.test(words[i - 1]!)) break;
    const entry = roleEntry(words[i]!);
    if (!entry) continue;
    // English nouns do not mark gender (`director` is Spanish masculine, English either), except a few.
    let gender = lang === 'en' ? (EN_GENDERED[unelide(bare(words[i]!)).toLowerCase()] ?? null) : entry.gender;
    if (gender === null && i > 0) {
      const article = bare(words[i - 1]!).toLowerCase();
      gender = ROLE_ARTICLES[article] ?? null;
    }
    return { group: entry.group, gender, at: i };
  }
  return null;
}

/** The role a word names: as is, without a plural s, or without a prefix (`viceministro`, `co-founder`, `sous-préfet`). */
function roleEntry(word: string): RoleEntry | undefined {
  const w = unelide(bare(word)).toLowerCase();
  const found = ROLE_INDEX.get(w) ?? ROLE_INDEX.get(w.replace(/s$/u, ''));
  if (found) return found;
  const stem = w.replace(/^(?:vice-?|sub-?|sous-|co-?|ex-|pro-|deputy-|adjoint-)/u, '');
  return stem !== w && stem.length > 3 ? (ROLE_INDEX.get(stem) ?? ROLE_INDEX.get(stem.replace(/s$/u, ''))) : undefined;
}
