import { describe, expect, it } from 'vitest';
import {
  clampTo,
  cursorOnly,
  EMPTY_SELECTION,
  extendTo,
  isSelected,
  moveBy,
  moveTo,
  normalize,
  selectAll,
  selectedCount,
  selectOnly,
  toggle,
  toggleFocused,
  type Selection,
} from '../../../renderer/features/library/selection';

const rows = (sel: Selection, upTo = 20) => Array.from({ length: upTo }, (_, i) => i).filter((i) => isSelected(sel, i));

describe('selection model', () => {
  it('normalises ranges: sorts, merges overlaps and neighbours, drops empty ones', () => {
    expect(normalize([[5, 7], [0, 2], [2, 3], [6, 9], [4, 4]])).toEqual([[0, 3], [5, 9]]);
  });

  it('a plain click selects one row and sets anchor and cursor', () => {
    const sel = selectOnly(4);
    expect(rows(sel)).toEqual([4]);
    expect(sel.anchor).toBe(4);
    expect(sel.focus).toBe(4);
  });

  it('Ctrl/Cmd+click adds and removes rows, splitting a range when needed', () => {
    let sel = toggle(selectOnly(2), 5);
    expect(rows(sel)).toEqual([2, 5]);
    sel = toggle(extendTo(selectOnly(1), 6), 3);
    expect(rows(sel)).toEqual([1, 2, 4, 5, 6]);
    expect(sel.ranges).toEqual([[1, 3], [4, 7]]);
    sel = toggle(sel, 3);
    expect(sel.ranges).toEqual([[1, 7]]);
  });

  it('Shift+click selects from the anchor, in either direction, and pivots around it', () => {
    let sel = extendTo(selectOnly(5), 8);
    expect(rows(sel)).toEqual([5, 6, 7, 8]);
    sel = extendTo(sel, 2);
    expect(rows(sel)).toEqual([2, 3, 4, 5]);
    expect(sel.anchor).toBe(5);
    expect(sel.focus).toBe(2);
  });

  it('Ctrl+Shift+click adds the range to what was selected', () => {
    const sel = extendTo(toggle(selectOnly(0), 10), 12, true);
    expect(rows(sel)).toEqual([0, 10, 11, 12]);
  });

  it('Shift+click without an anchor selects just that row', () => {
    expect(rows(extendTo(EMPTY_SELECTION, 3))).toEqual([3]);
  });

  it('select all covers every row without listing them (10,000 rows is one range)', () => {
    const sel = selectAll(selectOnly(7), 10_000);
    expect(sel.ranges).toEqual([[0, 10_000]]);
    expect(selectedCount(sel)).toBe(10_000);
    expect(sel.focus).toBe(7);
    expect(selectAll(EMPTY_SELECTION, 0)).toEqual(EMPTY_SELECTION);
  });

  it('arrows move the cursor and select it; Shift extends from the anchor; Ctrl moves the cursor alone', () => {
    let sel = moveBy(EMPTY_SELECTION, 1, 10);
    expect(sel.focus).toBe(0);
    sel = moveBy(sel, 1, 10);
    expect(rows(sel)).toEqual([1]);
    sel = moveBy(sel, 1, 10, { shift: true });
    sel = moveBy(sel, 1, 10, { shift: true });
    expect(rows(sel)).toEqual([1, 2, 3]);
    sel = moveBy(sel, 1, 10, { ctrl: true });
    expect(sel.focus).toBe(4);
    expect(rows(sel)).toEqual([1, 2, 3]);
    sel = toggleFocused(sel, 10);
    expect(rows(sel)).toEqual([1, 2, 3, 4]);
  });

  it('ArrowUp with no cursor starts from the last row; moves are clamped to the list', () => {
    expect(moveBy(EMPTY_SELECTION, -1, 10).focus).toBe(9);
    expect(moveBy(selectOnly(9), 5, 10).focus).toBe(9);
    expect(moveTo(selectOnly(3), -4, 10).focus).toBe(0);
    expect(moveBy(EMPTY_SELECTION, 1, 0)).toEqual(EMPTY_SELECTION);
  });

  it('Space toggles the row under the cursor, the first one when there is none', () => {
    expect(rows(toggleFocused(EMPTY_SELECTION, 5))).toEqual([0]);
    expect(rows(toggleFocused(selectOnly(2), 5))).toEqual([]);
  });

  it('clamps to a shrunk list and can keep only the cursor', () => {
    const sel = { ranges: [[0, 2], [5, 9]] as const, anchor: 8, focus: 8 } satisfies Selection;
    const clamped = clampTo(sel, 6);
    expect(clamped.ranges).toEqual([[0, 2], [5, 6]]);
    expect(clamped.focus).toBe(5);
    expect(clampTo(sel, 0)).toEqual({ ranges: [], anchor: null, focus: null });
    expect(cursorOnly(sel, 100)).toEqual({ ranges: [], anchor: 8, focus: 8 });
  });

  it('finds membership with many ranges', () => {
    let sel: Selection = EMPTY_SELECTION;
    for (let i = 0; i < 1000; i += 2) sel = toggle(sel, i);
    expect(sel.ranges.length).toBe(500);
    expect(isSelected(sel, 998)).toBe(true);
    expect(isSelected(sel, 999)).toBe(false);
    expect(selectedCount(sel)).toBe(500);
  });
});
