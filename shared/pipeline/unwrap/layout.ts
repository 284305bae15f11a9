// Where paragraphs end: reads the layout of the kept lines (blank lines between them, the wrap
// width, indentation, list markers, the decoder's hints) and decides each line break.
import type { Language } from '../../domain';
import type { LineHint, Segment } from '../model';
import { CONTINUES, END_PUNCTUATION, FUNCTION_WORDS, LAYOUT, LIST_MARKER, type BreakRuleId } from './unwrap.rules';

/** One kept segment as the layout sees it. */
export interface LayoutLine {
  segment: Segment;
  /** The text without indentation and trailing spaces (no-break spaces are text, kept). */
  text: string;
  /** The start and the end of the text without HTML tag residue (`<p>`, `</strong>`), for the decisions. */
  head: string;
  end: string;
  indent: number;
  /** The list marker with its spaces (`• `), when the line starts with one. */
  marker: string | null;
  /** The marker is an en dash, also an incise dash: a bullet only where a list can be. */
  weak: boolean;
  list: 'bullet' | 'number' | null;
  hint: LineHint | null;
}

/** What the layout analysis found for the whole run of lines. */
export interface Layout {
  /** Blank lines separate the paragraphs: a single line break is only a wrap. */
  blankMode: boolean;
  /** Long lines: the text was not hard-wrapped, each line is a paragraph. */
  unwrapped: boolean;
  /** The typical length of a full wrapped line. */
  width: number;
  /** The longest line that is not an outlier: the wrap limit. */
  maxWidth: number;
  lang: Language;
}

const EDGE_SPACE = /^[^\S\u00A0\u2007\u202F]+|[^\S\u00A0\u2007\u202F]+$/gu;
const OPENS_SENTENCE = /^[\p{Lu}\p{Nd}«“"¿¡(+]/u;
const OPENS_PARAGRAPH = /^[\p{Lu}«“"¿¡]/u;
/** Tag residue left by a careless copy (the review shows it; later stages remove it). */
const LEADING_TAGS = /^(?:<[A-Za-z][^<>]{0,200}>\s*)+/u;
const TRAILING_TAGS = /(?:\s*<\/?[A-Za-z][^<>]{0,200}>)+$/u;
/** Only the ends of a line decide: a 5 MB line costs no more than a short one. */
const EDGE = 300;
const MAX_MEASURED = 1000;
const LAST_WORD = /[\p{L}\p{M}]+$/u;
const ITEM_BEFORE = /[:;.!?…»”"]$/u;

/** The layout view of a segment. */
export function layoutLine(segment: Segment, hint: LineHint | null): LayoutLine {
  const raw = segment.text;
  const indent = /^[ \t]*/.exec(raw)![0].length;
  const text = raw.replace(EDGE_SPACE, '');
  const m = LIST_MARKER.exec(text.slice(0, 16));
  const fromHint = hint?.kind === 'list-item' ? (hint.list ?? 'bullet') : null;
  return {
    segment,
    text,
    head: text.slice(0, EDGE).replace(LEADING_TAGS, ''),
    end: text.slice(-EDGE).replace(TRAILING_TAGS, ''),
    indent,
    marker: m ? m[0] : null,
    weak: m?.[1] === '–',
    list: m ? (m[1] ? 'bullet' : 'number') : fromHint,
    hint,
  };
}

/**
 * Keeps an en-dash marker (`– d’aménager…`) only where a list item can start: first line, after
 * a blank line, after a line ending a sentence or introducing a list (`:` `;`), or after another
 * item. Elsewhere the dash opens an incise that the wrap put at the start of the line. When the
 * decoder marked the document's lists (`listsKnown`: HTML, .docx, Markdown with list items), a
 * dash on a line it did not call a list item is the text's own (`– The Honourable…` under a quote).
 */
export function confirmWeakMarkers(ls: LayoutLine[], lines: readonly string[], listsKnown = false): void {
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    if (!l.weak) continue;
    const prev = ls[i - 1];
    const known = listsKnown && l.hint?.kind !== 'list-item';
    if (!known && (prev === undefined || prev.marker !== null || ITEM_BEFORE.test(prev.end) || blankBetween(lines, prev.segment.line, l.segment.line))) continue;
    ls[i] = { ...l, marker: null, weak: false, list: l.hint?.kind === 'list-item' ? (l.hint.list ?? 'bullet') : null };
  }
}

/** True when a blank raw line lies between two segments' lines. */
export function blankBetween(lines: readonly string[], upper: number, lower: number): boolean {
  for (let i = upper + 1; i < lower; i++) if (!/\S/.test(lines[i] ?? '')) return true;
  return false;
}

/**
 * The wrap width (a high percentile of line lengths, outliers left out, counted in a bounded
 * histogram so 200,000 lines cost one pass) and whether blank lines are the paragraph separators: they are when the
 * text has at least as many blank-line breaks as single breaks after end punctuation (in a text
 * without blank lines every paragraph ends that way; in a text with them it happens only where a
 * sentence ends at the wrap).
 */
export function analyseLayout(ls: readonly LayoutLine[], lines: readonly string[], lang: Language): Layout {
  const counts = new Uint32Array(MAX_MEASURED + 1);
  for (const l of ls) counts[Math.min(l.text.length, MAX_MEASURED)]!++;
  // Lines far longer than most (a headline, a long URL) do not set the wrap width.
  const cap = Math.ceil(percentile(counts, MAX_MEASURED, 0.75) * LAYOUT.outlier);
  const width = percentile(counts, Math.min(cap, MAX_MEASURED), LAYOUT.widthPercentile);
  let maxWidth = Math.min(cap, MAX_MEASURED);
  while (maxWidth > 0 && counts[maxWidth] === 0) maxWidth--;
  let blankBreaks = 0;
  let punctBreaks = 0;
  for (let i = 0; i + 1 < ls.length; i++) {
    const a = ls[i]!;
    const b = ls[i + 1]!;
    if (b.marker !== null || isBlockHint(a.hint) || isBlockHint(b.hint)) continue;
    if (blankBetween(lines, a.segment.line, b.segment.line)) blankBreaks++;
    else if (END_PUNCTUATION.test(a.end)) punctBreaks++;
  }
  return { blankMode: blankBreaks > 0 && blankBreaks >= punctBreaks, unwrapped: width > LAYOUT.unwrappedWidth, width, maxWidth, lang };
}

/** The length at `share` of the lines no longer than `max`, from a histogram of lengths. */
function percentile(counts: Uint32Array, max: number, share: number): number {
  let total = 0;
  for (let n = 0; n <= max; n++) total += counts[n]!;
  const target = Math.max(1, Math.ceil(total * share));
  let seen = 0;
  for (let n = 0; n <= max; n++) {
    seen += counts[n]!;
    if (seen >= target) return n;
  }
  return max;
}

/** Facts about the paragraph being built when the next line comes. */
export interface Running {
  /** The paragraph's first line. */
  first: LayoutLine;
  /** How many lines it has so far. */
  count: number;
}

/** Why the paragraph ends between `a` and `b`, or null when `b` goes on with it (a wrap). */
export function breakBetween(a: LayoutLine, b: LayoutLine, p: Running, layout: Layout, lines: readonly string[]): BreakRuleId | null {
  if (a.segment.line === b.segment.line) return 'unwrap-same-line';
  if (blankBetween(lines, a.segment.line, b.segment.line)) return 'unwrap-blank-line';
  if (isBlockHint(a.hint) || isBlockHint(b.hint)) return 'unwrap-hint';
  if (b.marker !== null) return 'unwrap-list-marker';
  // An item's continuation lines are indented; a line back at the margin ends the list.
  if (p.first.list !== null && p.count > 1 && a.indent > b.indent) return 'unwrap-list-end';
  if (layout.unwrapped) return 'unwrap-one-per-line';
  // A line well past the wrap width was never wrapped at it (a headline above a wrapped body).
  if (a.text.length > layout.width * LAYOUT.overlong && OPENS_SENTENCE.test(b.head)) return 'unwrap-overlong';
  if (!layout.blankMode && END_PUNCTUATION.test(a.end)) return 'unwrap-end-punctuation';
  if (goesOn(a, layout.lang) || !OPENS_SENTENCE.test(b.head)) return null;
  if (p.count === 1 && isSubheading(a, layout)) return 'unwrap-short-line';
  // A wrapped line breaks because the next word did not fit; when it would have, the line ended
  // its paragraph (a subheading or a list item without punctuation).
  // Only before a capital or an opening quote: numbers and brackets open many wrapped lines.
  if (!layout.blankMode && OPENS_PARAGRAPH.test(b.head) && a.text.length + 1 + firstWordLength(b.text.slice(0, EDGE)) <= layout.maxWidth) return 'unwrap-next-word-fits';
  return null;
}

/** A line that cannot end a paragraph: it ends with a comma, a hyphen, an elision or a function word. */
function goesOn(a: LayoutLine, lang: Language): boolean {
  if (CONTINUES.test(a.end)) return true;
  const last = LAST_WORD.exec(a.end.slice(-40))?.[0];
  return last !== undefined && FUNCTION_WORDS[lang].has(last.toLowerCase());
}

function firstWordLength(text: string): number {
  const space = text.search(/\s/);
  return space < 0 ? text.length : space;
}

/**
 * Hints come from structured formats (HTML, .docx, Markdown), where a hinted line is a block
 * element of its own: a heading, list item, caption, blockquote, a whole-line bold or italic
 * subheading — or page chrome kept by the boilerplate stage.
 */
function isBlockHint(h: LineHint | null): boolean {
  return h !== null;
}

/**
 * A line standing alone between paragraphs, well under the wrap width and opening like a
 * sentence (the caller checked that it may end one and that a sentence follows): a subheading.
 * The first line of a wrapped paragraph is nearly full: the next word did not fit.
 */
function isSubheading(a: LayoutLine, layout: Layout): boolean {
  return a.marker === null && a.text.length < layout.width * LAYOUT.shortLine && OPENS_SENTENCE.test(a.head);
}
