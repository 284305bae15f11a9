import { describe, expect, it } from 'vitest';
import { listKey, type KeyInput } from '../../../renderer/features/library/listKeys';
import { EMPTY_SELECTION, isSelected, selectOnly, type Selection } from '../../../renderer/features/library/selection';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const sel = (r: ReturnType<typeof listKey>): Selection => {
  if (r.kind !== 'select') throw new Error(`expected a selection, got ${r.kind}`);
  return r.selection;
};

describe('list keyboard', () => {
  it.each([
    ['ArrowDown', {}, 3, 4],
    ['ArrowUp', {}, 3, 2],
    ['Home', {}, 3, 0],
    ['End', {}, 3, 99],
    ['PageDown', {}, 3, 12],
    ['PageUp', {}, 30, 21],
  ] as const)('%s moves the cursor', (k, mods, from, to) => {
    const s = sel(listKey(selectOnly(from), key(k, mods), 100, 10));
    expect(s.focus).toBe(to);
    expect(isSelected(s, to)).toBe(true);
  });

  it('Shift+End selects to the end', () => {
    const s = sel(listKey(selectOnly(95), key('End', { shiftKey: true }), 100, 10));
    expect(s.ranges).toEqual([[95, 100]]);
  });

  it('Ctrl+A and Cmd+A select all', () => {
    expect(sel(listKey(EMPTY_SELECTION, key('a', { ctrlKey: true }), 42, 10)).ranges).toEqual([[0, 42]]);
    expect(sel(listKey(EMPTY_SELECTION, key('A', { metaKey: true }), 42, 10)).ranges).toEqual([[0, 42]]);
  });

  it('Enter opens the row under the cursor; nothing without one', () => {
    expect(listKey(selectOnly(7), key('Enter'), 10, 5)).toEqual({ kind: 'open', index: 7 });
    expect(listKey(EMPTY_SELECTION, key('Enter'), 10, 5)).toEqual({ kind: 'ignored' });
  });

  it('Space toggles, Escape clears but keeps the cursor, Delete asks to trash', () => {
    expect(sel(listKey(selectOnly(2), key(' '), 10, 5)).ranges).toEqual([]);
    expect(sel(listKey(selectOnly(2), key('Escape'), 10, 5))).toEqual({ ranges: [], anchor: 2, focus: 2 });
    expect(listKey(selectOnly(2), key('Delete'), 10, 5)).toEqual({ kind: 'trash' });
    expect(listKey(EMPTY_SELECTION, key('Delete'), 10, 5)).toEqual({ kind: 'ignored' });
  });

  it('leaves other keys and Alt combinations alone', () => {
    expect(listKey(selectOnly(2), key('x'), 10, 5)).toEqual({ kind: 'ignored' });
    expect(listKey(selectOnly(2), key('ArrowDown', { altKey: true }), 10, 5)).toEqual({ kind: 'ignored' });
  });
});
