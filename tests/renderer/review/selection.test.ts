import { describe, expect, it } from 'vitest';
import { clickLine, isLineSelected, moveSelection, selectedRange, selectEdge } from '../../../renderer/features/review/selection';

// Lines 1 and 4 are blank: the keyboard skips them.
const content = [0, 2, 3, 5, 6];

describe('line selection', () => {
  it('a click selects one line; Shift+click extends from the anchor', () => {
    const one = clickLine(null, 3, false);
    expect(one).toEqual({ anchor: 3, focus: 3 });
    const range = clickLine(one, 6, true);
    expect(selectedRange(range)).toEqual({ first: 3, last: 6 });
    expect(selectedRange(clickLine(range, 0, true))).toEqual({ first: 0, last: 3 });
  });

  it('Shift+click with nothing selected selects just that line', () => {
    expect(clickLine(null, 5, true)).toEqual({ anchor: 5, focus: 5 });
  });

  it('arrows move over content lines and stop at the ends', () => {
    expect(moveSelection({ anchor: 3, focus: 3 }, 1, false, content)).toEqual({ anchor: 5, focus: 5 });
    expect(moveSelection({ anchor: 0, focus: 0 }, -1, false, content)).toEqual({ anchor: 0, focus: 0 });
    expect(moveSelection({ anchor: 6, focus: 6 }, 5, false, content)).toEqual({ anchor: 6, focus: 6 });
  });

  it('Shift+arrows extend, keeping the anchor', () => {
    const sel = moveSelection(moveSelection({ anchor: 2, focus: 2 }, 1, true, content), 1, true, content);
    expect(sel).toEqual({ anchor: 2, focus: 5 });
    expect(isLineSelected(sel, 4)).toBe(true);
  });

  it('with nothing selected, Down starts at the first line and Up at the last', () => {
    expect(moveSelection(null, 1, false, content)).toEqual({ anchor: 0, focus: 0 });
    expect(moveSelection(null, -1, false, content)).toEqual({ anchor: 6, focus: 6 });
  });

  it('Home and End go to the edges', () => {
    expect(selectEdge({ anchor: 3, focus: 3 }, 'last', false, content)).toEqual({ anchor: 6, focus: 6 });
    expect(selectEdge({ anchor: 3, focus: 3 }, 'first', true, content)).toEqual({ anchor: 3, focus: 0 });
  });

  it('no content: nothing moves', () => {
    expect(moveSelection(null, 1, false, [])).toBeNull();
  });
});
