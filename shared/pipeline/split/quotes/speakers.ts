// The people a release introduces, in reading order, so that `a-t-il ajouté`, `she added`,
// `agregó`, `M. Kaboré` and `la directrice` can be resolved to the full name given earlier. Pure.
import type { Language } from '../../../domain';
import { findStretches } from './marks';
import { bare, readName, roleIn, tokenize, type Token } from './names';
import type { Gender } from './names.rules';
import { ATTRIBUTION_FILLERS, SOURCE_PHRASES } from './quotes.rules';
import { isSpeechVerb, splitClitic } from './verbs';

/** A person named in the text. */
export interface Mention {
  name: string;
  /** Lower-cased words of the name, for short forms (`Kaboré` → `Bertrand Kaboré`). */
  words: string[];
  gender: Gender;
  /** Role identity from roles.rules (`director`), when one is printed with the name. */
  role: string | null;
  /** Reading order: paragraph index × 1e7 + offset. */
  pos: number;
  /** Named as the one who speaks (a verb of saying, a source phrase, a quotation's attribution). */
  speaker: boolean;
}

/** People remembered at most (a release names a few dozen; this bounds hostile inputs). */
const MAX_MENTIONS = 5000;

/** Position in reading order of an offset in paragraph `p`. */
export const position = (p: number, offset: number) => p * 1e7 + Math.min(offset, 1e7 - 1);

// `pour X` / `para X` name a source only right before a quotation: attribution.ts handles them.
const sources = (lang: Language) => SOURCE_PHRASES[lang].filter((p) => p !== 'pour' && p !== 'para').map((p) => p.split(' '));
const SOURCES: Record<Language, string[][]> = { fr: sources('fr'), en: sources('en'), es: sources('es') };

const fillerSets: Record<Language, ReadonlySet<string>> = {
  fr: new Set(ATTRIBUTION_FILLERS.fr),
  en: new Set(ATTRIBUTION_FILLERS.en),
  es: new Set(ATTRIBUTION_FILLERS.es),
};

function isVerbToken(t: Token | undefined, lang: Language): boolean {
  if (!t) return false;
  const w = bare(t.text).toLowerCase();
  const c = splitClitic(w);
  return isSpeechVerb(c ? c.word : w, lang);
}

/** A verb of saying right after the name (fillers and an appositive between commas allowed). */
function verbFollows(tokens: readonly Token[], k: number, text: string, lang: Language): boolean {
  if (verbAfterFillers(tokens, k, lang)) return true;
  let j = k;
  if (j > 0 && /,$/.test(tokens[j - 1]!.text)) {
    // `Niger, Lotte Verhagen, a rappelé`: an appositive that is itself a name is the subject.
    if (readName(tokens, j, text, { titles: true })) return false;
    for (let a = j; a < tokens.length && a < j + 20; a++) {
      if (/[.;:!?]$/u.test(tokens[a]!.text)) return false;
      if (/,$/.test(tokens[a]!.text)) {
        j = a + 1;
        break;
      }
    }
  }
  return j !== k && verbAfterFillers(tokens, j, lang);
}

/** A verb of saying at token `j`, after at most three auxiliaries or adverbs (`a rappelé`, `has also said`). */
function verbAfterFillers(tokens: readonly Token[], j: number, lang: Language): boolean {
  for (let n = 0; j < tokens.length && n < 4; j++, n++) {
    // `Signs explaining the service…`: an English participle right after a noun is no verb of saying.
    if (n === 0 && lang === 'en' && /ing$/u.test(bare(tokens[j]!.text))) return false;
    if (isVerbToken(tokens[j], lang)) return true;
    const w = bare(tokens[j]!.text).toLowerCase();
    if (/[,;:.!?]$/u.test(tokens[j]!.text) || !fillerSets[lang].has(splitClitic(w)?.word ?? w)) return false;
  }
  return false;
}

/** A verb of saying or a source phrase right before the name (`a déclaré X`, `dijo X`, `selon X`). */
function verbPrecedes(tokens: readonly Token[], k: number, lang: Language): boolean {
  for (const words of SOURCES[lang]) {
    if (k < words.length) continue;
    if (words.every((w, j) => bare(tokens[k - words.length + j]!.text).toLowerCase() === w)) return true;
  }
  for (let j = k - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    if (/[.;:!?]$/u.test(tokens[j]!.text)) return false;
    if (isVerbToken(tokens[j], lang)) return true;
    const w = bare(tokens[j]!.text).toLowerCase();
    if (!fillerSets[lang].has(splitClitic(w)?.word ?? w)) return false;
  }
  return false;
}

/** The role printed just before the name (`L’ambassadrice des Pays-Bas au Niger, Lotte Verhagen`). */
function roleBefore(tokens: readonly Token[], k: number, lang: Language): ReturnType<typeof roleIn> {
  if (k === 0 || !/,$/.test(tokens[k - 1]!.text)) return null;
  let s = k - 1;
  while (s > 0 && k - s < 12 && !/[,.;:!?]$/u.test(tokens[s - 1]!.text)) s--;
  return roleIn(
    tokens.slice(s, k).map((t) => t.text),
    3,
    lang,
  );
}

/**
 * Every person the paragraphs name in a way that says it is a person: with an honorific, with a
 * role next to it, as the subject or object of a verb of saying, or as a full name opening a
 * sentence. In reading order. Pure, linear.
 */
export function collectMentions(paragraphs: readonly string[], lang: Language): Mention[] {
  const out: Mention[] = [];
  paragraphs.forEach((text, p) => {
    if (out.length >= MAX_MENTIONS) return;
    const tokens = tokenize(text);
    // Words inside quotation marks are what someone said, not who: skip them.
    const quoted = findStretches(text);
    let q = 0;
    for (let k = 0; k < tokens.length; k++) {
      const at = tokens[k]!.start;
      while (q < quoted.length && quoted[q]!.close < at) q++;
      if (q < quoted.length && quoted[q]!.open <= at) continue;
      const first = tokens[k]!.text[0] === '(' ? tokens[k]!.text[1] : tokens[k]!.text[0];
      if (first === undefined || first === first.toLowerCase()) continue;
      const read = readName(tokens, k, text, { titles: true });
      if (!read) continue;
      const ended = /,$/.test(tokens[read.next - 1]!.text);
      const after = ended ? roleIn(tokens.slice(read.next, read.next + 8).map((t) => t.text), 6, lang) : null;
      const before = roleBefore(tokens, k, lang);
      const title = read.title ? roleIn(read.title.split(/\s+/u), 6, lang) : null;
      const role = after ?? before ?? title;
      const speaker = verbFollows(tokens, read.next, text, lang) || verbPrecedes(tokens, k, lang);
      const words = read.name.toLowerCase().split(/[\s]+/u);
      // `Jane Doe visited the camp.`: a full name opening a sentence before its verb is a person
      // too (weakly: a pronoun turns to it only when no speaker fits).
      const subject = words.length >= 2 && words.length <= 4 && (k === 0 || /[.!?:]$/u.test(tokens[k - 1]!.text)) && /^\p{Ll}/u.test(tokens[read.next]?.text ?? '');
      if (read.honorific || role || speaker || subject) {
        // `Pope stressed…`, `Mme Diop a rappelé…`: a short form stands for the full name given earlier.
        const full = words.length <= 2 ? resolveShortForm(out, read.name, Infinity) : null;
        out.push({
          name: full?.name ?? read.name,
          words: full?.words ?? words,
          gender: read.gender ?? role?.gender ?? full?.gender ?? null,
          role: role?.group ?? full?.role ?? null,
          pos: position(p, read.start),
          speaker,
        });
      }
      k = read.next - 1;
    }
  });
  return out;
}

/** True when `short` (lower-cased words) occurs as a run of words inside `full`. */
function contains(full: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  for (let i = 0; i + short.length <= full.length; i++) if (short.every((w, j) => full[i + j] === w)) return true;
  return false;
}

const compatible = (m: Mention, g: Gender) => g === null || m.gender === null || m.gender === g;

/** Looks back from `pos` (at most `limit` mentions) for the first mention that `test` accepts. */
function lookBack(mentions: readonly Mention[], pos: number, test: (m: Mention) => boolean, limit = 400): Mention | null {
  // Binary search for the last mention before `pos` (mentions are in reading order).
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  let i = lo - 1;
  for (let n = 0; i >= 0 && n < limit; i--, n++) if (test(mentions[i]!)) return mentions[i]!;
  return null;
}

/** The full name a short form stands for (`M. Kaboré` → `Bertrand Kaboré`), or null. */
export function resolveShortForm(mentions: readonly Mention[], name: string, pos: number): Mention | null {
  const short = name.toLowerCase().split(/\s+/u);
  return lookBack(mentions, pos, (m) => contains(m.words, short)) ?? lookBack(mentions, Infinity, (m) => contains(m.words, short));
}

/** The longer name that ends with `name`'s words (`Ramírez Treviño` → `Guadalupe Ramírez Treviño`), or null. */
export function resolveSurnames(mentions: readonly Mention[], name: string, pos: number): Mention | null {
  const short = name.toLowerCase().split(/\s+/u);
  const ends = (m: Mention): boolean => m.words.length > short.length && short.every((w, j) => m.words[m.words.length - short.length + j] === w);
  return lookBack(mentions, pos, ends);
}

/**
 * The person a pronoun of `gender` refers to: the last person named earlier in the same paragraph
 * (`Ahmad Noori, a navigator, helped test it. “…,” he said.`), else the last speaker of that
 * gender, else the last person.
 */
export function resolvePronoun(mentions: readonly Mention[], gender: Gender, pos: number): Mention | null {
  const paragraph = Math.floor(pos / 1e7);
  const near = lookBack(mentions, pos, (m) => compatible(m, gender), 50);
  if (near !== null && Math.floor(near.pos / 1e7) === paragraph) return near;
  return lookBack(mentions, pos, (m) => m.speaker && compatible(m, gender)) ?? lookBack(mentions, pos, (m) => compatible(m, gender));
}

/** The last speaker before `pos` (a bare verb of saying: `», agregó.`). */
export function resolveLastSpeaker(mentions: readonly Mention[], pos: number): Mention | null {
  return lookBack(mentions, pos, (m) => m.speaker);
}

/**
 * The last person introduced with a role of the same identity (`la directrice` → `X,
 * directrice…`); failing that, when the role's word marks a gender (`la funcionaria`), the last
 * speaker of that gender.
 */
export function resolveRole(mentions: readonly Mention[], role: string, gender: Gender, pos: number): Mention | null {
  const same = lookBack(mentions, pos, (m) => m.role === role && compatible(m, gender)) ?? lookBack(mentions, Infinity, (m) => m.role === role && compatible(m, gender));
  if (same || gender === null) return same;
  return lookBack(mentions, pos, (m) => m.speaker && m.gender === gender);
}

/** Records what a resolved pronoun told about a person's gender (later pronouns use it). */
export function learnGender(mentions: Mention[], name: string, gender: Gender): void {
  if (gender === null) return;
  for (const m of mentions) if (m.name === name && m.gender === null) m.gender = gender;
}

/** Adds a speaker at `pos`, keeping reading order. */
export function addSpeaker(mentions: Mention[], m: Omit<Mention, 'words' | 'speaker'>): void {
  // The person keeps what is known of them (gender, role) from earlier mentions of the same name.
  let known: Mention | null = null;
  let role = m.role;
  for (let i = mentions.length - 1, n = 0; i >= 0 && n < 2000; i--, n++) {
    const k = mentions[i]!;
    if (k.name !== m.name) continue;
    if (!known && k.gender !== null) known = k;
    role ??= k.role;
  }
  const entry: Mention = { ...m, gender: m.gender ?? known?.gender ?? null, role, words: m.name.toLowerCase().split(/\s+/u), speaker: true };
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.pos <= entry.pos) lo = mid + 1;
    else hi = mid;
  }
  mentions.splice(lo, 0, entry);
}
