/**
 * The selection of raw lines: a contiguous range between an anchor (where it started) and a
 * focus (the line the keyboard is on). Only lines with content can hold the anchor or the focus;
 * blank lines inside a range are simply carried along.
 */
export interface LineSelection {
  anchor: number;
  focus: number;
}

/** Lines a selection covers, first to last. Pure. */
export function selectedRange(sel: LineSelection | null): { first: number; last: number } | null {
  if (!sel) return null;
  return { first: Math.min(sel.anchor, sel.focus), last: Math.max(sel.anchor, sel.focus) };
}

/** True when `line` is inside the selection. Pure. */
export function isLineSelected(sel: LineSelection | null, line: number): boolean {
  const r = selectedRange(sel);
  return r !== null && line >= r.first && line <= r.last;
}

/** A click: that line alone. A Shift+click: from the anchor to that line. Pure. */
export function clickLine(sel: LineSelection | null, line: number, extend: boolean): LineSelection {
  return extend && sel ? { anchor: sel.anchor, focus: line } : { anchor: line, focus: line };
}

/**
 * Moves the focus by `delta` content lines (arrows: ±1, Page keys: ± a page), skipping blank
 * lines and stopping at the ends. With `extend` the anchor stays (Shift+arrow grows the range);
 * without, the selection collapses onto the new line. `content` lists the lines with content,
 * ascending. With no selection yet, the first (or last, going up) content line is taken. Pure.
 */
export function moveSelection(sel: LineSelection | null, delta: number, extend: boolean, content: readonly number[]): LineSelection | null {
  if (content.length === 0) return sel;
  if (!sel) {
    const line = delta < 0 ? content[content.length - 1]! : content[0]!;
    return { anchor: line, focus: line };
  }
  const at = nearestIndex(content, sel.focus);
  const index = Math.max(0, Math.min(content.length - 1, at + delta));
  const line = content[index]!;
  return extend ? { anchor: sel.anchor, focus: line } : { anchor: line, focus: line };
}

/** Home / End: the first or last content line (extending with Shift). Pure. */
export function selectEdge(sel: LineSelection | null, edge: 'first' | 'last', extend: boolean, content: readonly number[]): LineSelection | null {
  if (content.length === 0) return sel;
  const line = edge === 'first' ? content[0]! : content[content.length - 1]!;
  return extend && sel ? { anchor: sel.anchor, focus: line } : { anchor: line, focus: line };
}

/** Index in `sorted` of `line`, or of the content line just before it (a blank focus). */
function nearestIndex(sorted: readonly number[], line: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= line) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
