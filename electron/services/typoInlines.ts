// Applying typography suggestions to a block's inline runs. Suggestions are computed over the
// block's concatenated text; applying them must keep bold, italic and links where they were.
import type { Inline } from '../../shared/domain';

/** The part of a suggestion this module needs (offsets over the concatenated inline text). */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

type Marks = Omit<Inline, 'text'>;

interface Piece {
  text: string;
  marks: Marks;
}

function marksOf(inline: Inline): Marks {
  const { text: _text, ...marks } = inline;
  return marks;
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

/** How much formatting a run carries; an insertion at a run boundary goes to the plainer side. */
function weight(m: Marks): number {
  return (m.href !== undefined ? 4 : 0) + (m.bold ? 1 : 0) + (m.italic ? 1 : 0);
}

interface Run {
  start: number;
  end: number;
  marks: Marks;
}

function runsOf(inlines: readonly Inline[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const inline of inlines) {
    if (inline.text.length > 0) runs.push({ start: at, end: at + inline.text.length, marks: marksOf(inline) });
    at += inline.text.length;
  }
  return runs;
}

function runAt(runs: readonly Run[], offset: number): Run | undefined {
  return runs.find((r) => offset >= r.start && offset < r.end);
}

/**
 * The marks the replacement of `edit` is written with, or null when it is mapped character by
 * character (same length as the text it replaces: straight quotes → curly ones keep each run).
 * An insertion inside a run takes that run's marks; at a boundary, the plainer neighbour's (a space
 * added after a link stays outside it); a replacement over several runs, the run it overlaps most.
 */
function ownerMarks(runs: readonly Run[], edit: TextEdit): Marks | null {
  if (edit.start === edit.end) {
    const inside = runs.find((r) => edit.start > r.start && edit.start < r.end);
    if (inside) return inside.marks;
    const before = runs.find((r) => r.end === edit.start);
    const after = runs.find((r) => r.start === edit.start);
    if (before && after) return weight(after.marks) < weight(before.marks) ? after.marks : before.marks;
    return (before ?? after)?.marks ?? {};
  }
  if (edit.replacement.length === edit.end - edit.start) return null;
  let best: Run | undefined;
  let bestOverlap = 0;
  for (const r of runs) {
    const overlap = Math.min(r.end, edit.end) - Math.max(r.start, edit.start);
    if (overlap > bestOverlap) {
      best = r;
      bestOverlap = overlap;
    }
  }
  return best?.marks ?? {};
}

function pushPiece(pieces: Piece[], text: string, marks: Marks): void {
  if (text === '') return;
  const last = pieces[pieces.length - 1];
  if (last && sameMarks(last.marks, marks)) last.text += text;
  else pieces.push({ text, marks });
}

/**
 * `inlines` with `edits` applied (non-overlapping, offsets over the joined text; an edit overlapping
 * an earlier one is skipped, as applySuggestions does). Text outside the edits keeps its runs
 * exactly; adjacent runs left with the same formatting are merged and empty runs dropped.
 */
export function applyToInlines(inlines: readonly Inline[], edits: readonly TextEdit[]): Inline[] {
  if (edits.length === 0) return inlines.map((i) => ({ ...i }));
  const runs = runsOf(inlines);
  const total = runs.length > 0 ? runs[runs.length - 1]!.end : 0;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: Piece[] = [];
  const copy = (from: number, to: number) => {
    for (const r of runs) {
      const s = Math.max(r.start, from);
      const e = Math.min(r.end, to);
      if (s < e) pushPiece(pieces, joined.slice(s, e), r.marks);
    }
  };
  const joined = inlines.map((i) => i.text).join('');
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end > total) continue;
    copy(at, edit.start);
    const owner = ownerMarks(runs, edit);
    if (owner) pushPiece(pieces, edit.replacement, owner);
    else {
      for (let i = 0; i < edit.replacement.length; i++) {
        pushPiece(pieces, edit.replacement[i]!, runAt(runs, edit.start + i)?.marks ?? {});
      }
    }
    at = edit.end;
  }
  copy(at, total);
  return pieces.map((p) => ({ text: p.text, ...p.marks }));
}
