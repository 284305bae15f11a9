// The split reads the kept segments as pieces (what a reader sees of each, its shape, whether it
// is a date stamp) and groups them into rough paragraphs to find the header: headline, date
// line or stamp, standfirst, and the lead. Grouping is local and linear.
import { lineKey } from '../lines';
import type { LineHint, Segment } from '../model';
import { readable, wordCount } from '../boilerplate';
import { parseDateline } from './dateline';
import { foldKeepLength } from './dates';
import { MONTHS, STAMP_LABELS } from './dates.rules';
import { FUNCTION_WORDS } from './split.rules';
import { parseStamp, type Stamp } from './stamp';

export interface Piece {
  seg: Segment;
  text: string;
  words: number;
  /** A blank line or a dropped line separates it from the previous piece. */
  apart: boolean;
  stamp: Stamp | null;
  hint: LineHint | null;
}

export interface Group {
  pieces: Piece[];
  /** The pieces' texts joined with a space (hyphenation is not undone here). */
  text: string;
  words: number;
}

const SENTENCE_END = /[.!?…»"”]$/u;
const LIST_MARKER = /^\s*(?:[-–—•*·▪◦‣]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)/u;
const STARTS_LOWER = /^[«"“‘'(\s]*\p{Ll}/u;
const READ = 2000;
const FUNCTION = new Set(FUNCTION_WORDS);
const MONTH_NAMES = new Set(Object.keys(MONTHS).filter((m) => m.length > 3));

/** Pieces of the given segments (document order); `apart` when lines lie between them. */
export function piecesOf(segs: readonly Segment[], lines: readonly string[], hints: readonly (LineHint | null)[]): Piece[] {
  const out: Piece[] = [];
  let prev: Segment | null = null;
  for (const seg of segs) {
    const text = readable(seg.text.length > READ ? seg.text.slice(0, READ) : seg.text);
    if (text === '') continue;
    let apart = prev === null;
    if (prev !== null && seg.line !== prev.line) {
      // Anything between the two lines (a blank line, a dropped line) sets them apart.
      apart = seg.line - prev.line > 1 || lines[prev.line]!.length !== prev.end;
    }
    if (prev !== null && seg.line === prev.line) apart = true;
    out.push({ seg, text, words: seg.text.length > READ ? Math.max(300, wordCount(text)) : wordCount(text), apart, stamp: text.length <= 120 ? parseStamp(text) : null, hint: hints[seg.line] ?? null });
    prev = seg;
  }
  // `Published` / `3 March 2025`: a stamp's label alone on the line above its date is part of the stamp.
  for (let i = 0; i + 1 < out.length; i++) {
    const p = out[i]!;
    if (p.stamp === null && p.words <= 4 && out[i + 1]!.stamp !== null && LABELS.has(foldKeepLength(p.text).replace(/[\s:]+$/u, ''))) p.stamp = out[i + 1]!.stamp;
  }
  return out;
}

const LABELS = new Set(STAMP_LABELS);

/** The wrap width of a hard-wrapped text (90th percentile of wrapped lines), or null when not wrapped. */
export function wrapWidth(pieces: readonly Piece[]): number | null {
  const lengths: number[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!p.apart && STARTS_LOWER.test(p.text)) lengths.push(pieces[i - 1]!.seg.text.trimEnd().length);
  }
  if (lengths.length < 3) return null;
  lengths.sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!;
}

const isHeadingHint = (h: LineHint | null): boolean => h?.kind === 'heading' || h?.kind === 'list-item';

/**
 * A line that stops on an article, a preposition, a conjunction or a month name has not ended
 * its sentence (`…para las` / `Migraciones…`, `…27 février` / `2024 - …`).
 */
function endsIncomplete(text: string): boolean {
  const last = /(\p{L}+)['’]?$/u.exec(text)?.[1];
  if (last === undefined) return false;
  const folded = foldKeepLength(last);
  // A capitalised word is a name's (`Puerta del Sur`, `The Hague`), not a preposition; month names are capitalised in English.
  return MONTH_NAMES.has(folded) || (FUNCTION.has(folded) && !/^\p{Lu}/u.test(last));
}

/** Share of the longer words that are capitalised (a Title Case headline is near 1, a sentence near 0). */
export function capitalShare(text: string): number {
  let long = 0;
  let caps = 0;
  for (const w of text.split(/\s+/, 40)) {
    const core = w.replace(/^[^\p{L}]+/u, '');
    if (core.length <= 3) continue;
    long++;
    if (/^\p{Lu}/u.test(core)) caps++;
  }
  return long === 0 ? 0 : caps / long;
}

/** `City Launches Language Access Line` over `Free interpretation now available…`: a Title Case line does not run on into a sentence-case one. */
function caseBreak(p: Piece, q: Piece): boolean {
  return p.words >= 4 && q.words >= 4 && capitalShare(p.text) >= 0.75 && capitalShare(q.text) <= 0.4 && parseDateline(p.text) === null;
}

/**
 * True when piece `q` continues the paragraph that piece `p` ends. `p` opens a block (after a
 * blank or dropped line, a date line or the start): then a line clearly shorter than the wrap
 * width before a capitalised line is a headline, not the first line of a wrapped paragraph.
 */
function continues(p: Piece, q: Piece, width: number | null, opensBlock = false): boolean {
  if (q.apart || p.stamp !== null || q.stamp !== null || isHeadingHint(p.hint) || isHeadingHint(q.hint)) return false;
  if (SENTENCE_END.test(p.text) || LIST_MARKER.test(q.seg.text) || (p.text.length === q.text.length && lineKey(p.text) === lineKey(q.text))) return false;
  if (parseDateline(q.text) !== null) return false;
  if (STARTS_LOWER.test(q.text) || /[-\u00AD,]$/.test(p.seg.text.trimEnd()) || endsIncomplete(p.text)) return true;
  const len = p.seg.text.trimEnd().length;
  if (opensBlock && width !== null && len < width * 0.85 && p.words >= 4 && /^[«"“]?\p{Lu}/u.test(q.text)) return false;
  return width !== null && len >= width * 0.7 && len <= width * 1.15 && !caseBreak(p, q);
}

/**
 * Rough paragraphs of the pieces: wrapped lines together, stamps and repeats on their own. A line
 * that repeats the e-mail subject or a breadcrumb (`echoes`, as `lineKey`s) is the headline: it
 * stands alone even where its length would make it a wrapped line.
 */
export function groupPieces(pieces: readonly Piece[], echoes: ReadonlySet<string> = new Set()): Group[] {
  const width = wrapWidth(pieces);
  const groups: Group[] = [];
  const echoed = (p: Piece): boolean => echoes.size > 0 && p.words >= 3 && echoes.has(lineKey(p.text));
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const last = groups.at(-1);
    const opensBlock = i === 1 || (i > 1 && (pieces[i - 1]!.apart || pieces[i - 2]!.stamp !== null));
    if (last !== undefined && i > 0 && !echoed(pieces[i - 1]!) && !echoed(p) && continues(pieces[i - 1]!, p, width, opensBlock)) {
      last.pieces.push(p);
      last.text += ' ' + p.text;
      last.words += p.words;
    } else groups.push({ pieces: [p], text: p.text, words: p.words });
  }
  return groups;
}

/**
 * A paragraph of running text: long enough and ending like a sentence (or very long). A short one
 * must end with a full stop or a colon: a headline may end with `?`, `!` or a closing quote.
 */
export function isProse(g: Group): boolean {
  if (g.pieces[0]!.stamp !== null) return false;
  if (g.words >= 12) return SENTENCE_END.test(g.text) || g.words >= 30 || (g.words >= 15 && /:$/.test(g.text));
  return g.words >= 8 && /[.…:]$/.test(g.text) && !/\.\.$/.test(g.text);
}

/** Short, title-case or quoted: a menu entry or a label, not text. */
export function isShort(g: Group): boolean {
  return g.words <= 6 && !SENTENCE_END.test(g.text);
}
