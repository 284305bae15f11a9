/**
 * The library's multi-selection, by position in the current result list.
 *
 * Positions rather than ids: the list is paged, so the ids of rows that were never scrolled into
 * view are unknown, yet Shift+click over them or Ctrl/Cmd+A over 10,000 releases must be instant.
 * Ids are resolved only when a bulk action runs. The selection is cleared whenever the result list
 * changes (new query, import, trash), so positions never point at other releases.
 *
 * Every function is pure and returns a new value.
 */

/** Half-open range of row positions `[start, end)`. */
export type Range = readonly [start: number, end: number];

export interface Selection {
  /** Sorted, disjoint, non-adjacent ranges. */
  readonly ranges: readonly Range[];
  /** Where a Shift+click or Shift+arrow range starts. */
  readonly anchor: number | null;
  /** The row with the keyboard cursor (shown with a focus ring, opened by Enter). */
  readonly focus: number | null;
}

export const EMPTY_SELECTION: Selection = { ranges: [], anchor: null, focus: null };

/** Sorts and merges overlapping or touching ranges; drops empty ones. */
export function normalize(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function subtract(ranges: readonly Range[], [s, e]: Range): Range[] {
  const out: Range[] = [];
  for (const [rs, re] of ranges) {
    if (re <= s || rs >= e) out.push([rs, re]);
    else {
      if (rs < s) out.push([rs, s]);
      if (re > e) out.push([e, re]);
    }
  }
  return out;
}

/** True when the row at `index` is selected (binary search: the list may hold thousands of ranges). */
export function isSelected(sel: Selection, index: number): boolean {
  let lo = 0;
  let hi = sel.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sel.ranges[mid]!;
    if (index < s) hi = mid - 1;
    else if (index >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Number of selected rows. */
export function selectedCount(sel: Selection): number {
  return sel.ranges.reduce((n, [s, e]) => n + e - s, 0);
}

/** Plain click: only this row, which becomes the anchor and the cursor. */
export function selectOnly(index: number): Selection {
  return { ranges: [[index, index + 1]], anchor: index, focus: index };
}

/** Ctrl/Cmd+click (and Space): adds or removes one row, keeping the others. */
export function toggle(sel: Selection, index: number): Selection {
  const ranges = isSelected(sel, index) ? subtract(sel.ranges, [index, index + 1]) : normalize([...sel.ranges, [index, index + 1]]);
  return { ranges, anchor: index, focus: index };
}

function span(a: number, b: number): Range {
  return [Math.min(a, b), Math.max(a, b) + 1];
}

/**
 * Shift+click: the range from the anchor to `index`. With `additive` (Ctrl/Cmd+Shift+click) the
 * range is added to the rows already selected; otherwise it replaces them. The anchor stays put so
 * successive Shift+clicks pivot around it, as in every file manager.
 */
export function extendTo(sel: Selection, index: number, additive = false): Selection {
  const anchor = sel.anchor ?? index;
  const range = span(anchor, index);
  return { ranges: additive ? normalize([...sel.ranges, range]) : [range], anchor, focus: index };
}

/** Ctrl/Cmd+A: every row of the current list; the cursor stays where it was. */
export function selectAll(sel: Selection, total: number): Selection {
  if (total <= 0) return EMPTY_SELECTION;
  return { ranges: [[0, total]], anchor: sel.anchor ?? 0, focus: sel.focus ?? 0 };
}

export interface MoveKeys {
  shift?: boolean;
  /** Ctrl/Cmd held: move the cursor without touching the selection (then Space toggles). */
  ctrl?: boolean;
}

/**
 * Moves the keyboard cursor to `target` (clamped to the list). Plain: selects that row only;
 * Shift: selects from the anchor to it; Ctrl/Cmd: moves the cursor alone.
 */
export function moveTo(sel: Selection, target: number, total: number, keys: MoveKeys = {}): Selection {
  if (total <= 0) return EMPTY_SELECTION;
  const index = Math.min(Math.max(target, 0), total - 1);
  if (keys.shift) return extendTo(sel, index);
  if (keys.ctrl) return { ...sel, focus: index };
  return selectOnly(index);
}

/** Arrow keys, Page Up/Down: moves the cursor by `delta` rows (from the top when there is none). */
export function moveBy(sel: Selection, delta: number, total: number, keys: MoveKeys = {}): Selection {
  const from = sel.focus ?? (delta > 0 ? -1 : total);
  return moveTo(sel, from + delta, total, keys);
}

/** Space: toggles the row under the cursor (the first row when there is no cursor). */
export function toggleFocused(sel: Selection, total: number): Selection {
  if (total <= 0) return EMPTY_SELECTION;
  return toggle(sel, sel.focus ?? 0);
}

/** Drops positions past the end after the list shrank. */
export function clampTo(sel: Selection, total: number): Selection {
  const ranges = sel.ranges.flatMap(([s, e]): Range[] => (s >= total ? [] : [[s, Math.min(e, total)]]));
  const fit = (i: number | null) => (i === null || total <= 0 ? null : Math.min(i, total - 1));
  return { ranges, anchor: fit(sel.anchor), focus: fit(sel.focus) };
}

/** Keeps only the cursor: what is left after the list changed under the selection. */
export function cursorOnly(sel: Selection, total: number): Selection {
  const focus = sel.focus === null || total <= 0 ? null : Math.min(sel.focus, total - 1);
  return { ranges: [], anchor: focus, focus };
}
