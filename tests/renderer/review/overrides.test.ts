import { describe, expect, it } from 'vitest';
import { applyAssignment, forceInMap, lineRange, mappedLines, overrideOf, sameOverrides } from '../../../renderer/features/review/overrides';
import { mapOf, seg } from './fixtures';

const lines = ['Menu', '', 'Titre du communiqué', 'GENÈVE – Corps du texte.', 'Contact presse :'];
const map = mapOf([seg(lines, 0, 'dropped'), seg(lines, 2, 'title'), seg(lines, 3, 'body'), seg(lines, 4, 'contact')]);
const known = mappedLines(map);

describe('override bookkeeping', () => {
  it('assigns one line', () => {
    expect(applyAssignment({}, [3], 'title', known)).toEqual({ '3': 'title' });
  });

  it('assigns a range, skipping blank lines the map does not know', () => {
    expect(applyAssignment({}, lineRange(0, 3), 'body', known)).toEqual({ '0': 'body', '2': 'body', '3': 'body' });
  });

  it('a range is the same whichever end was clicked first', () => {
    expect(lineRange(4, 2)).toEqual([2, 3, 4]);
    expect(lineRange(2, 2)).toEqual([2]);
  });

  it('re-assigning replaces the earlier override', () => {
    expect(applyAssignment({ '3': 'title' }, [3], 'dropped', known)).toEqual({ '3': 'dropped' });
  });

  it('restore removes the override (back to automatic) and leaves the others', () => {
    const before = { '0': 'body', '3': 'title' } as const;
    const after = applyAssignment(before, [3], 'restore', known);
    expect(after).toEqual({ '0': 'body' });
    expect(before).toEqual({ '0': 'body', '3': 'title' });
  });

  it('restore of a range removes every override in it', () => {
    expect(applyAssignment({ '0': 'body', '2': 'dropped', '4': 'body' }, lineRange(0, 3), 'restore', known)).toEqual({ '4': 'body' });
  });

  it('compares overrides by content', () => {
    expect(sameOverrides({ '1': 'body', '2': 'title' }, { '2': 'title', '1': 'body' })).toBe(true);
    expect(sameOverrides({ '1': 'body' }, { '1': 'title' })).toBe(false);
    expect(sameOverrides({ '1': 'body' }, {})).toBe(false);
  });

  it('reads the override of a line', () => {
    expect(overrideOf({ '3': 'contact' }, 3)).toBe('contact');
    expect(overrideOf({ '3': 'contact' }, 2)).toBeNull();
  });

  it('shows a move in the map at once, marked forced', () => {
    const moved = forceInMap(map, [3], 'title');
    expect(moved.segments.find((s) => s.line === 3)).toMatchObject({ dest: 'title', forced: true, rule: 'user' });
    expect(moved.segments.find((s) => s.line === 2)).toMatchObject({ dest: 'title', forced: false });
    expect(map.segments.find((s) => s.line === 3)!.dest).toBe('body');
  });
});
