// Language runs inside one block: a quoted passage in another language keeps its own typography
// (TYPOGRAPHY.md, promise 5). The quote marks belong to the host language; the run is the quoted
// text inside them, without the padding spaces. Also home of quote pairing, which rules share.
import { MASK, type TypoLang } from './model';

export interface LangRun {
  start: number;
  end: number;
  lang: TypoLang;
}

/** A matched pair of quote marks: offsets of the opening and the closing mark. */
export interface QuotePair {
  open: number;
  close: number;
}

const SPACE = /[\s\u00A0\u202F]/u;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** Characters after which a straight quote opens (start of text, space, opening punctuation). */
const BEFORE_OPEN = /[\s\u00A0\u202F([{«‹“‘—–/-]/u;
/** Characters before which a straight quote closes (end of text, space, punctuation). */
const AFTER_CLOSE = /[\s\u00A0\u202F.,;:!?)\]}»›”’—–/…-]/u;

/** Whether a straight quote at `i` can open, close, or both (context decides). */
export function quoteRole(text: string, i: number): 'open' | 'close' | 'either' | 'none' {
  const prev = text[i - 1];
  const next = text[i + 1];
  const canOpen = next !== undefined && !isSpace(next) && (prev === undefined || BEFORE_OPEN.test(prev));
  const canClose = prev !== undefined && !isSpace(prev) && (next === undefined || AFTER_CLOSE.test(next));
  if (canOpen && canClose) return 'either';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  // Glued between two words (a"b): the pairing state decides.
  return prev !== undefined && next !== undefined && !isSpace(prev) && !isSpace(next) ? 'either' : 'none';
}

const DOUBLE_MARK = /["“”]/u;

/**
 * Pairs of double quotes (straight `"` and curly `“ ”` together, which do not nest in each other).
 * Curly marks keep their role; a straight one takes the role its context and the pairing allow.
 * Unbalanced or contradictory marks give no pairs at all: better nothing than a wrong pair.
 */
export function pairDoubleQuotes(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const first = text.search(DOUBLE_MARK);
  if (first < 0) return pairs;
  let open = -1;
  // A mark with spaces on both sides (" Volver ") pairs only if the straight marks can all pair
  // (counted only for such a mark: most texts have none).
  let even: boolean | undefined;
  for (let i = first; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== '"' && ch !== '“' && ch !== '”') continue;
    let role: 'open' | 'close' | 'either' | 'none' = ch === '“' ? 'open' : ch === '”' ? 'close' : quoteRole(text, i);
    if (role === 'none' && isSpace(text[i - 1]) && isSpace(text[i + 1]) && (even ??= (text.split('"').length - 1) % 2 === 0)) role = 'either';
    if (ch === '"' && /\d/u.test(text[i - 1] ?? '') && open < 0) role = 'none'; // inches: 24"
    if (role === 'either') role = open < 0 ? 'open' : 'close';
    if (role === 'open' && open < 0) open = i;
    else if (role === 'close' && open >= 0) {
      pairs.push({ open, close: i });
      open = -1;
    } else if (role !== 'none' || ch !== '"') return [];
  }
  return open < 0 ? pairs : [];
}

/** Pairs of `open`/`close` marks that nest (« » or ‹ ›); unmatched marks are left out. */
export function pairNesting(text: string, openMark: string, closeMark: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: number[] = [];
  // A closing mark before the first opening one pairs with nothing: the scan starts there.
  const first = text.indexOf(openMark);
  if (first < 0) return pairs;
  for (let i = first; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === openMark) stack.push(i);
    else if (ch === closeMark && stack.length > 0) pairs.push({ open: stack.pop() as number, close: i });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** Words whose first letters are elided: the mark before them is an apostrophe (’80s, ’n’, ’em). */
const ELISION = /^(?:\d{2}s?(?!\d)|n['’](?!\p{L})|(?:em|tis|twas|til|cause|bout)(?![\p{L}\p{N}]))/iu;

interface SingleMarks {
  /** Offsets of marks that are apostrophes but are not written ’. */
  apostrophes: number[];
  /** Pairs of single quotes. */
  pairs: QuotePair[];
}

/**
 * Reads every single quote mark (' ‘ ’) of `text` in order: an apostrophe (between letters, before
 * an elided word, after a plural), an opening or a closing quote. Openers without a closer, or an
 * opener inside another, give no pairs; apostrophes are found regardless.
 */
export function readSingleMarks(text: string): SingleMarks {
  const apostrophes: number[] = [];
  const pairs: QuotePair[] = [];
  let open = -1;
  let broken = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    const elided = (prev === undefined || !isLetter(prev)) && !isDigit(prev) && ELISION.test(text.slice(i + 1, i + 8));
    if (ch === '’') {
      if (!(isLetter(prev) && isLetter(next)) && !elided && open >= 0 && prev !== undefined && !isSpace(prev)) {
        pairs.push({ open, close: i });
        open = -1;
      }
      continue;
    }
    if (ch === '‘') {
      if (elided) apostrophes.push(i);
      else if (open >= 0) broken = true;
      else open = i;
      continue;
    }
    if ((isLetter(prev) && isLetter(next)) || elided) {
      apostrophes.push(i);
      continue;
    }
    if (isDigit(prev)) {
      // 1980's is a plural; 5'11 is feet (a prime), left alone.
      if (next === 's' && !isLetter(text[i + 2])) apostrophes.push(i);
      continue;
    }
    let role = quoteRole(text, i);
    if (role === 'either') role = open >= 0 ? 'close' : isLetter(prev) ? 'close' : 'open';
    if (role === 'open') {
      if (open >= 0) broken = true;
      else open = i;
    } else if (role === 'close') {
      if (open >= 0) {
        pairs.push({ open, close: i });
        open = -1;
      } else if (isLetter(prev)) apostrophes.push(i); // partners' (a plural possessive)
    }
  }
  return { apostrophes, pairs: broken ? [] : pairs };
}

// Function words that are (almost) only used in one of the three languages; shared ones such as
// `de`, `la`, `en`, `que`, `a` are left out so that they cannot tip a decision.
const WORDS: Readonly<Record<TypoLang, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to is are was were be been being that this these those it its for with on at by from we you they he she our their his her not have has had will would can could should must who which what where when there here an or but if as about into than them us my your i me do does did so because how why all any every just also very been'.split(' '),
  ),
  fr: new Set(
    'le les des du un une et est sont était dans pour avec sur ce cette ces qui qu nous vous ils elles il elle je j ne pas plus leur leurs notre nos votre vos au aux mais ou où c l d n s été être avoir ont fait tout tous très aussi comme sans sous chez vers donc car déjà peut cela ça voilà moi toi'.split(' '),
  ),
  es: new Set(
    'el los las del una uno y es son fue está están estamos para con por qué su sus lo al como más pero ni muy nuestro nuestra nuestros este esta estos estas ese esa hay ha han sin sobre también porque cuando donde yo él ella ellos ellas todo todos ya hemos somos tenemos puede pueden desde hasta cómo dónde cuándo'.split(' '),
  ),
};
const LANGS: readonly TypoLang[] = ['fr', 'en', 'es'];
const WORD = /[\p{L}]+/gu;
/** Function word → the languages it belongs to (one lookup per word). */
const LANGS_OF = new Map<string, TypoLang[]>();
for (const l of LANGS) for (const w of WORDS[l]) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), l]);
/** The longest function word: a longer word is none (lowercasing never shortens a word). */
const LONGEST = Math.max(...[...LANGS_OF.keys()].map((w) => w.length));

/** The language scores of a passage's function words, and its number of words. */
function scorePassage(passage: string): { score: Record<TypoLang, number>; words: number } {
  const score: Record<TypoLang, number> = { fr: 0, en: 0, es: 0 };
  let words = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(passage)) !== null) {
    words += 1;
    if (m[0].length > LONGEST) continue;
    const langs = LANGS_OF.get(m[0].toLowerCase());
    if (langs !== undefined) for (const l of langs) score[l] += 1;
  }
  return { score, words };
}

/** The clear winner of `score`, or null (see passageLanguage). */
function winner(score: Record<TypoLang, number>, passage: string): TypoLang | null {
  // Letters only one of the languages uses are strong hints.
  if (/[ñ¿¡]/u.test(passage)) score.es += 2;
  if (/[çœèêëîïûùâ]/u.test(passage)) score.fr += 1;
  let best: TypoLang = 'fr';
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  let second = 0;
  for (const l of LANGS) if (l !== best) second = Math.max(second, score[l]);
  return score[best] >= 2 && score[best] >= 2 * second && score[best] >= second + 2 ? best : null;
}

/**
 * The language of a passage by its function words, or null without a clear winner (at least two
 * hits, twice as many as any other language and two more than the runner-up).
 */
export function passageLanguage(passage: string): TypoLang | null {
  return winner(scorePassage(passage).score, passage);
}

const MIN_WORDS = 3;
/** The language of a quoted passage long enough to be a run, or null. */
function passageRunLanguage(passage: string): TypoLang | null {
  const { score, words } = scorePassage(passage);
  return words < MIN_WORDS ? null : winner(score, passage);
}
const CAN_OPEN = /["“«‹‘]|(?<![\p{L}\p{N}])'/u;
const MAX_CHARS = 4000;

/** The quoted passages of `text`, outermost first: the text between each pair of marks. */
function quotedPassages(text: string): QuotePair[] {
  const all = [
    ...pairNesting(text, '«', '»'),
    ...pairNesting(text, '‹', '›'),
    ...pairDoubleQuotes(text),
    // Straight and curly single marks alike: curling them must not make a passage appear.
    ...(/‘|(?<![\p{L}\p{N}])'/u.test(text) ? readSingleMarks(text).pairs : []),
  ];
  return all.sort((a, b) => a.open - b.open || b.close - a.close);
}

/**
 * Runs of `text` (the masked working text) whose language differs from `lang`: quoted passages of
 * reasonable length whose function words clearly belong to another language. Runs do not overlap
 * and exclude the quote marks and the spaces just inside them. The rest of the text is in `lang`.
 * `seen` (passage → its language, kept by the caller for one block's passes only) spares scoring
 * a passage again when a later pass finds it unchanged.
 */
export function languageRuns(text: string, lang: TypoLang, seen?: Map<string, TypoLang | null>): LangRun[] {
  // A passage needs a mark that can open one (a closing ’ alone is an apostrophe, as in l’OIM).
  if (text === '' || !CAN_OPEN.test(text)) return [];
  const runs: LangRun[] = [];
  let covered = -1;
  for (const q of quotedPassages(text)) {
    if (q.open < covered) continue;
    let start = q.open + 1;
    let end = q.close;
    while (start < end && isSpace(text[start])) start += 1;
    while (end > start && isSpace(text[end - 1])) end -= 1;
    if (end - start > MAX_CHARS) continue;
    const passage = text.slice(start, end).replaceAll(MASK, ' ');
    let found = seen?.get(passage);
    if (found === undefined) {
      found = passageRunLanguage(passage);
      seen?.set(passage, found);
    }
    if (found === null || found === lang) continue;
    runs.push({ start, end, lang: found });
    covered = q.close;
  }
  return runs;
}
