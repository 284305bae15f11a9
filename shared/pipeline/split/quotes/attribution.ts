// Reading the attribution of a quotation: the clause after it (`», a déclaré X, …`, `,” she
// added`, `», agregó`) or before it (`X said: “…”`, `Selon X, « … »`). Says who spoke, or how to
// find out (a pronoun, a role, a bare verb). Pure; every scan is bounded by the clause's length.
import type { Language } from '../../../domain';
import { bare, isAcronym, readName, roleIn, tokenize, unelide, type Token } from './names';
import { PRONOUNS, type Gender } from './names.rules';
import { ATTRIBUTION_FILLERS, QUOTE_RULES, SOURCE_PHRASES } from './quotes.rules';
import { isSpeechVerb, splitClitic } from './verbs';

/** Who an attribution names, before resolution across the text. */
export type Attribution =
  | { kind: 'name'; name: string; gender: Gender; honorific: boolean; role: { group: string; gender: Gender } | null; at: number; rule: string }
  | { kind: 'pronoun'; gender: Gender; rule: string }
  | { kind: 'null-subject'; rule: string }
  | { kind: 'role'; group: string; gender: Gender; rule: string }
  | { kind: 'org'; name: string; rule: string }
  /** A verb of saying whose subject is not a person the stage can name (`», ont déclaré les deux ministres`). */
  | { kind: 'unknown'; rule: string };

const FILLERS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(ATTRIBUTION_FILLERS.fr),
  en: new Set(ATTRIBUTION_FILLERS.en),
  es: new Set(ATTRIBUTION_FILLERS.es),
};

/** Words that open a complement between a verb of saying and its subject (`dijo a la prensa X`). */
const PREPOSITIONS = new Set(['a', 'à', 'al', 'au', 'aux', 'to', 'en', 'in', 'durante', 'lors', 'during', 'dans', 'después', 'après', 'after', 'ante', 'devant', 'before', 'on', 'sur', 'por', 'par', 'via', 'con', 'with', 'avec']);

const lower = (t: Token | undefined) => (t ? bare(t.text).toLowerCase() : '');
const isPunct = (t: Token) => !/[\p{L}\p{N}]/u.test(t.text);

/** The verb of saying at token `k`, with the pronoun of its French clitic (`ajoute-t-elle`). */
function verbAt(tokens: readonly Token[], k: number, lang: Language): { pronoun: string | null } | null {
  const w = lower(tokens[k]);
  const clitic = splitClitic(w);
  if (isSpeechVerb(clitic ? clitic.word : w, lang)) return { pronoun: clitic?.pronoun ?? null };
  return null;
}

/** An auxiliary or adverb that may stand before the verb; a French `a-t-il` gives its pronoun. */
function fillerAt(tokens: readonly Token[], k: number, lang: Language): { pronoun: string | null } | null {
  const t = tokens[k]!;
  if (isPunct(t)) return { pronoun: null };
  const w = lower(t);
  const clitic = splitClitic(w);
  if (clitic && FILLERS[lang].has(clitic.word)) return { pronoun: clitic.pronoun };
  return FILLERS[lang].has(w) ? { pronoun: null } : null;
}

function pronounGender(word: string, lang: Language): Gender | undefined {
  for (const l of [lang, 'fr', 'en', 'es'] as const) {
    const table = PRONOUNS[l] as Readonly<Record<string, Gender>>;
    if (Object.hasOwn(table, word)) return table[word]!;
  }
  return undefined;
}

/**
 * Who is named from token `k` on: a person (`Pär Liljert`, `M. Kaboré`, `IOM Director General
 * Amy Pope`), a pronoun, a role phrase (`la directrice`, `the minister`), an organisation
 * (`l’OIM`, `IOM`). Also returns the token index after it.
 */
function subjectAt(tokens: readonly Token[], k: number, text: string, lang: Language, rule: string): { a: Attribution; next: number } | null {
  if (k >= tokens.length) return null;
  const name = readName(tokens, k, text, { titles: true });
  if (name) {
    const after = tokens.slice(name.next, name.next + 8).map((t) => t.text);
    const appositive = /,$/.test(tokens[name.next - 1]!.text) ? roleIn(after, 6, lang) : null;
    const role = appositive ?? (name.title ? roleIn(name.title.split(/\s+/u), 6, lang) : null);
    return {
      a: { kind: 'name', name: name.name, gender: name.gender ?? role?.gender ?? null, honorific: name.honorific, role: role && { group: role.group, gender: role.gender }, at: name.start, rule: name.honorific ? QUOTE_RULES.honorific : rule },
      next: name.next,
    };
  }
  const w = lower(tokens[k]);
  const g = pronounGender(w, lang);
  if (g !== undefined) return { a: { kind: 'pronoun', gender: g, rule: QUOTE_RULES.pronoun }, next: k + 1 };
  const words = tokens.slice(k, k + 5).map((t) => t.text);
  const role = roleIn(words, 4, lang);
  if (role && (role.at === 0 || words.slice(0, role.at).every((x) => !/[,;:.]$/.test(x)))) {
    // `la ministre de la Santé, Marie Curie` names the person after the role: take the name.
    for (let j = k + role.at; j < tokens.length && j < k + role.at + 10; j++) {
      if (/[.;:!?]$/u.test(tokens[j]!.text)) break;
      if (!/,$/.test(tokens[j]!.text)) continue;
      const named = readName(tokens, j + 1, text);
      if (named && named.next < tokens.length && !/,$/.test(tokens[named.next - 1]!.text) && !/[.;:!?]$/u.test(tokens[named.next - 1]!.text)) break;
      if (named) return { a: { kind: 'name', name: named.name, gender: named.gender ?? role.gender, honorific: named.honorific, role: { group: role.group, gender: role.gender }, at: named.start, rule }, next: named.next };
      break;
    }
    return { a: { kind: 'role', group: role.group, gender: role.gender, rule: QUOTE_RULES.role }, next: k + role.at + 1 };
  }
  const org = unelide(bare(tokens[k]!.text));
  const article = ['la', 'le', 'the', 'el', 'l'].includes(w) ? 1 : 0;
  const orgWord = article ? bare(tokens[k + 1]?.text ?? '') : org;
  // `l’OIM`, `IOM`, and after a source phrase `IOM’s` (`according to IOM’s latest figures`).
  if (isAcronym(orgWord) && (!/['’]s$/u.test(orgWord) || rule === QUOTE_RULES.source)) return { a: { kind: 'org', name: orgWord.replace(/['’]s$/u, ''), rule }, next: k + 1 + article };
  return null;
}

/** Skips an appositive between commas after a subject (`X, chef de mission, a déclaré`). */
function skipAppositive(tokens: readonly Token[], k: number): number {
  if (k === 0 || !/,$/.test(tokens[k - 1]!.text)) return k;
  for (let j = k; j < tokens.length && j < k + 20; j++) if (/,$/.test(tokens[j]!.text)) return j + 1;
  return k;
}

/** A source phrase (`selon`, `according to`, `según`) starting at token `k`: how many tokens. */
function sourceAt(tokens: readonly Token[], k: number, lang: Language): number {
  for (const phrase of SOURCE_PHRASES[lang]) {
    const words = phrase.split(' ');
    if (words.every((w, j) => lower(tokens[k + j]) === w || tokens[k + j]?.text.toLowerCase() === w)) return words.length;
  }
  return 0;
}

/**
 * The attribution in the words of `text` between `from` and `to` (one clause next to a quotation).
 * `side` says where the quotation is: `after` the clause (`X said: “…”`) or `before` it. Tries,
 * in order: a source phrase (`selon X`), an inverted attribution (`a déclaré X`, `dijo X`, `said
 * X`, `ajoute-t-elle`, `agregó`), a direct one (`X a déclaré`, `X, role, said`, `she added`).
 * Null when the clause is not an attribution. Pure.
 */
export function parseAttribution(text: string, from: number, to: number, lang: Language, side: 'before' | 'after'): Attribution | null {
  const tokens = tokenize(text, from, to).slice(0, 60);
  let k = 0;
  while (k < tokens.length && isPunct(tokens[k]!)) k++;
  const source = sourceAt(tokens, k, lang);
  if (source > 0) {
    const s = subjectAt(tokens, k + source, text, lang, QUOTE_RULES.source);
    // `pour`/`para` are sources only when a person follows them (`Pour X, « … »`).
    if (s && (s.a.kind === 'name' || s.a.kind === 'org' || s.a.kind === 'role')) return s.a;
  }
  // Inverted: fillers (`a`, `a-t-il`, `ha`), the verb, then who.
  let pronoun: string | null = null;
  let j = k;
  for (; j < tokens.length && j < k + 5; j++) {
    const verb = verbAt(tokens, j, lang);
    if (verb) {
      pronoun = verb.pronoun ?? pronoun;
      let n = j + 1;
      if (lang === 'en' && lower(tokens[n]) === 'out') n++;
      const s = subjectAt(tokens, n, text, lang, QUOTE_RULES.inverted);
      if (s) return s.a;
      if (pronoun) return { kind: 'pronoun', gender: pronounGender(pronoun, 'fr') ?? null, rule: QUOTE_RULES.pronoun };
      // A verb with nobody after it: the subject is left out (`», agregó.`), the last speaker's.
      // Words the stage cannot read as a person (`les deux ministres`) leave the speaker unknown.
      const rest = tokens.slice(n).filter((t) => !isPunct(t));
      if (rest.length === 0) return { kind: 'null-subject', rule: QUOTE_RULES.nullSubject };
      // `dijo a la prensa Ana Ruiz`, `a déclaré à l’AFP Jean Roux`: the person after a short complement.
      if (PREPOSITIONS.has(lower(rest[0]))) {
        for (let m = n + 1; m < tokens.length && m < n + 6 && !/[,.;:!?]$/u.test(tokens[m - 1]!.text); m++) {
          const after = subjectAt(tokens, m, text, lang, QUOTE_RULES.inverted);
          if (after?.a.kind === 'name') return after.a;
        }
        return { kind: 'null-subject', rule: QUOTE_RULES.nullSubject };
      }
      return { kind: 'unknown', rule: QUOTE_RULES.nullSubject };
    }
    const filler = fillerAt(tokens, j, lang);
    if (!filler) break;
    pronoun = filler.pronoun ?? pronoun;
  }
  // Direct: who, an appositive, fillers, then the verb.
  const s = subjectAt(tokens, k, text, lang, QUOTE_RULES.direct);
  if (s && landsOnVerb(tokens, s.next, lang) >= 0) return s.a.kind === 'name' ? { ...s.a, rule: s.a.honorific ? QUOTE_RULES.honorific : QUOTE_RULES.direct } : s.a;
  // A signature after the quotation: `“…” — Jane Doe, IOM Kenya`.
  if (s && side === 'before' && /^[\s\u00A0]*[—–-]/u.test(text.slice(from, to)) && (s.a.kind === 'name' || s.a.kind === 'org')) return { ...s.a, rule: QUOTE_RULES.dash };
  if (side === 'after') {
    // A sentence that introduces the quotation with a colon names its speaker first (`X, role, décrit… :`).
    if (s && /:\s*$/u.test(text.slice(from, to)) && s.a.kind !== 'role') return { ...s.a, rule: s.a.kind === 'name' ? QUOTE_RULES.colon : s.a.rule };
    return verbInside(tokens, k, text, lang);
  }
  return null;
}

/** Index of the verb of saying reached from token `n` over an appositive and fillers, or -1. */
function landsOnVerb(tokens: readonly Token[], n: number, lang: Language): number {
  let v = skipAppositive(tokens, n);
  for (const limit = v + 4; v < tokens.length && v < limit; v++) {
    if (verbAt(tokens, v, lang)) return v;
    if (!fillerAt(tokens, v, lang) || isPunct(tokens[v]!)) return -1;
  }
  return -1;
}

/**
 * A clause before a quotation whose verb is not at its start (`In a statement, IOM Director
 * General Amy Pope said: “…”`, `Lors de la réunion, Jean Roux a déclaré que « … »`): the last verb
 * of saying, and who stands right before it (or right after it).
 */
function verbInside(tokens: readonly Token[], k: number, text: string, lang: Language): Attribution | null {
  let v = tokens.length - 1;
  while (v >= k && !verbAt(tokens, v, lang)) v--;
  if (v < k) return null;
  for (let s = Math.max(k, v - 14); s < v; s++) {
    const r = subjectAt(tokens, s, text, lang, QUOTE_RULES.direct);
    if (!r || r.a.kind === 'role' || landsOnVerb(tokens, r.next, lang) !== v) continue;
    // `…de Migraciones, Rosa Elvira Quispe, señaló:`: an appositive that is a whole name is the subject.
    const appositive = /,$/.test(tokens[r.next - 1]!.text) ? readName(tokens, r.next, text) : null;
    if (appositive && appositive.next < v && /,$/.test(tokens[appositive.next - 1]!.text) && landsOnVerb(tokens, appositive.next, lang) === v) {
      return { kind: 'name', name: appositive.name, gender: appositive.gender, honorific: appositive.honorific, role: null, at: appositive.start, rule: QUOTE_RULES.direct };
    }
    return r.a;
  }
  const after = subjectAt(tokens, v + 1, text, lang, QUOTE_RULES.inverted);
  return after && after.a.kind === 'name' ? after.a : null;
}

/**
 * True when the words between `from` and `to` open with a verb of saying (after at most two
 * auxiliaries): the shape of an attribution set inside a quotation (`—dijo Ana Ruiz—`, `,
 * explique-t-il,`). Pure.
 */
export function opensWithVerb(text: string, from: number, to: number, lang: Language): boolean {
  const tokens = tokenize(text, from, to).slice(0, 14);
  if (tokens.length === 0 || tokens.length > 12) return false;
  for (let j = 0; j < tokens.length && j < 3; j++) {
    if (verbAt(tokens, j, lang)) return true;
    if (!fillerAt(tokens, j, lang) || isPunct(tokens[j]!)) return false;
  }
  return false;
}
