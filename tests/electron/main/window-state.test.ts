import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, captureWindowState, parseWindowState, restoreWindowState, titleBarVisibleOn } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it.each([null, undefined, 42, 'x', {}, { bounds: null }, { bounds: { x: 0, y: 0, width: 0, height: 10 } }, { bounds: { x: 'a', y: 0, width: 10, height: 10 } }, { bounds: { x: 0, y: 0, width: Infinity, height: 10 } }])(
    'rejects %j',
    (raw) => {
      expect(parseWindowState(raw)).toBeNull();
    },
  );
  it('reads a saved state, rounding and defaulting maximized to false', () => {
    expect(parseWindowState({ bounds: { x: 10.4, y: 20, width: 1000.6, height: 700 } })).toEqual({
      bounds: { x: 10, y: 20, width: 1001, height: 700 },
      maximized: false,
    });
  });
});

describe('restoreWindowState', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(restoreWindowState(undefined, [rightMonitor])).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
  });

  it('never opens larger than a small primary display', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreWindowState(null, [small]).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('restores position, size and maximized state on a visible display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual({ bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true });
  });

  it('drops the position when the display it was on is gone (unplugged monitor)', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: { width: 1400, height: 870 }, maximized: false });
  });

  it('drops the position when only a sliver of the title bar would show', () => {
    const saved = { bounds: { x: 1400, y: 10, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('drops the position when the title bar is above the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('never goes below the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ x: 10, y: 10, width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('ignores garbage from the store', () => {
    expect(restoreWindowState({ bounds: 'big' }, [laptop]).maximized).toBe(false);
  });
});

describe('titleBarVisibleOn', () => {
  it('needs a grabbable strip of the title bar', () => {
    expect(titleBarVisibleOn({ x: 0, y: 0, width: 800, height: 600 }, laptop)).toBe(true);
    expect(titleBarVisibleOn({ x: 1380, y: 0, width: 800, height: 600 }, laptop)).toBe(false);
    expect(titleBarVisibleOn({ x: 0, y: 860, width: 800, height: 600 }, laptop)).toBe(false);
  });
});

describe('captureWindowState', () => {
  it('saves the normal bounds and the maximized flag', () => {
    const win = { getNormalBounds: () => ({ x: 1, y: 2, width: 1000, height: 700 }), isMaximized: () => true };
    expect(captureWindowState(win)).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true });
  });
});
