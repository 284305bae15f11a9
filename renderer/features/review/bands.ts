import type { Destination, MapSegment, Quote, SplitMap } from '../../../shared/domain';

/** The colour a line part gets: its destination, or `quote` for body text that holds a quote. */
export type Band = Destination | 'quote';
export const BANDS: readonly Band[] = ['title', 'subtitle', 'dateline', 'body', 'quote', 'contact', 'dropped'];

/** A stretch of a raw line: a segment of the map, or (dest null) text the map does not cover. */
export interface LinePart {
  start: number;
  end: number;
  text: string;
  dest: Destination | null;
  band: Band | null;
  rule: string | null;
  forced: boolean;
  /** Glued to the part before it with no space: a heading cut off the text (`nousL’Organisation`). */
  glued: boolean;
}

/** One raw line as the review screen draws it. */
export interface LineView {
  index: number;
  text: string;
  /** Empty for a blank line. More than one when a glued heading was cut off the line. */
  parts: LinePart[];
  /** The line's main band: its longest kept part's, else dropped; null when blank. */
  primary: Band | null;
  /** The destination behind `primary` (data-dest for tests and the screen reader). */
  dest: Destination | null;
  /** Every band of the line's parts, in reading order, once each (a cut line has two). */
  bands: Band[];
}

/**
 * Lays the split map over the raw lines: each line's parts in order (gaps the map does not
 * cover kept as plain text, so nothing of the line disappears), with their bands. Body parts
 * that hold (part of) a quote of `quotes` get the quote band. Pure; linear in the text size
 * plus one search per quote.
 */
export function computeLines(lines: readonly string[], map: SplitMap, quotes: readonly Quote[]): LineView[] {
  const byLine = new Map<number, MapSegment[]>();
  for (const s of map.segments) {
    const list = byLine.get(s.line);
    if (list) list.push(s);
    else byLine.set(s.line, [s]);
  }
  const views: LineView[] = lines.map((text, index) => ({ index, text, parts: partsOf(text, byLine.get(index) ?? []), primary: null, dest: null, bands: [] }));
  markQuotes(views, quotes);
  for (const v of views) {
    const kept = v.parts.filter((p) => p.dest !== null && p.dest !== 'dropped');
    const longest = kept.reduce<LinePart | null>((best, p) => (best && best.text.trim().length >= p.text.trim().length ? best : p), null);
    const shown = longest ?? v.parts.find((p) => p.dest !== null);
    v.primary = shown?.band ?? null;
    v.dest = shown?.dest ?? null;
    v.bands = [...new Set(v.parts.flatMap((p) => (p.band ? [p.band] : [])))];
  }
  return views;
}

function partsOf(text: string, segments: MapSegment[]): LinePart[] {
  if (segments.length === 0) return text.trim() ? [plain(text, 0, text.length)] : [];
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const parts: LinePart[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    if (start > at) parts.push(plain(text, at, start));
    const prev = parts.at(-1);
    const part = text.slice(start, end);
    const glued = prev !== undefined && prev.end === start && /\S$/u.test(prev.text) && /^\S/u.test(part);
    parts.push({ start, end, text: part, dest: s.dest, band: s.dest, rule: s.rule, forced: s.forced, glued });
    at = end;
  }
  if (at < text.length) parts.push(plain(text, at, text.length));
  return parts;
}

function plain(text: string, start: number, end: number): LinePart {
  return { start, end, text: text.slice(start, end), dest: null, band: null, rule: null, forced: false, glued: false };
}

/**
 * Letters and digits only, lower-cased, HTML tags left in the raw text removed: joins across
 * wraps and line-end hyphens line up with the quote as the splitter gives it.
 */
const normalise = (s: string) =>
  s
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
/** Shorter than this, a normalised quote could match anywhere by chance. */
const MIN_MATCH = 8;
/** Quote ends searched separately when the whole quote does not match (tags, fixed typos). */
const EDGE = 24;

function markQuotes(views: LineView[], quotes: readonly Quote[]): void {
  const bodyParts: { part: LinePart; from: number; to: number }[] = [];
  let stream = '';
  for (const v of views) {
    for (const part of v.parts) {
      if (part.dest !== 'body') continue;
      const n = normalise(part.text);
      bodyParts.push({ part, from: stream.length, to: stream.length + n.length });
      stream += n;
    }
  }
  const mark = (from: number, to: number) => {
    for (const b of bodyParts) if (b.from < to && b.to > from) b.part.band = 'quote';
  };
  for (const q of quotes) {
    const n = normalise(q.text);
    if (n.length < MIN_MATCH) continue;
    const whole = stream.indexOf(n);
    if (whole >= 0) {
      mark(whole, whole + n.length);
      continue;
    }
    const head = stream.indexOf(n.slice(0, EDGE));
    const tail = stream.indexOf(n.slice(-EDGE), Math.max(0, head));
    if (head >= 0 && tail >= head) mark(head, tail + EDGE);
    else if (head >= 0) mark(head, head + EDGE);
    else if (tail >= 0) mark(tail, tail + EDGE);
  }
}

/** How many lines show each band (the legend's counts; a cut line counts for both its parts). Pure. */
export function bandCounts(views: readonly LineView[]): Record<Band, number> {
  const counts = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  for (const v of views) for (const b of v.bands) counts[b] += 1;
  return counts;
}

/** Lines with content, ascending: the ones the keyboard can land on. Pure. */
export function contentLines(views: readonly LineView[]): number[] {
  return views.filter((v) => v.parts.length > 0).map((v) => v.index);
}
