// Remembering the window: size, position and maximized state are saved on close (in the
// library's internal store) and restored on the next start — but only where a display still is,
// so a window last seen on a disconnected monitor does not open off-screen.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where and how big to open the window; no x/y means "let the system centre it". */
export interface InitialWindowState {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/** Key of the saved state in `runtime.internal`. */
export const WINDOW_STATE_KEY = 'window';
export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
export const MIN_SIZE = { width: 880, height: 560 } as const;
/** How much of the title bar must lie on a display for a saved position to be reused. */
const VISIBLE_MIN = { width: 120, height: 40 } as const;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 100_000;

/** Reads a saved state written by an earlier version or another machine; null if unusable. Pure. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null;
  return { bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }, maximized: maximized === true };
}

/** True when the window's title bar strip overlaps `area` enough to be grabbed with the mouse. Pure. */
export function titleBarVisibleOn(bounds: Rect, area: Rect): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = Math.max(bounds.y, area.y);
  const bottom = Math.min(bounds.y + VISIBLE_MIN.height, area.y + area.height);
  return right - left >= VISIBLE_MIN.width && bottom - top >= VISIBLE_MIN.height / 2;
}

const clamp = (v: number, min: number, max: number): number => Math.min(Math.max(v, min), Math.max(min, max));

/**
 * The state to open the window with, from whatever was saved and the displays' work areas
 * (primary first). Saved position kept only if its title bar is on a display; the size is kept
 * within that display (or the primary one) and never below the minimum. Pure.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): InitialWindowState {
  const state = parseWindowState(saved);
  const primary = workAreas[0];
  if (!state) {
    const width = primary ? clamp(DEFAULT_SIZE.width, MIN_SIZE.width, primary.width) : DEFAULT_SIZE.width;
    const height = primary ? clamp(DEFAULT_SIZE.height, MIN_SIZE.height, primary.height) : DEFAULT_SIZE.height;
    return { bounds: { width, height }, maximized: false };
  }
  const host = workAreas.find((area) => titleBarVisibleOn(state.bounds, area));
  const area = host ?? primary;
  const width = area ? clamp(state.bounds.width, MIN_SIZE.width, area.width) : Math.max(state.bounds.width, MIN_SIZE.width);
  const height = area ? clamp(state.bounds.height, MIN_SIZE.height, area.height) : Math.max(state.bounds.height, MIN_SIZE.height);
  if (!host) return { bounds: { width, height }, maximized: state.maximized };
  return { bounds: { x: state.bounds.x, y: state.bounds.y, width, height }, maximized: state.maximized };
}

/** What to save: the normal (un-maximized) bounds, so un-maximizing later restores them. */
export function captureWindowState(win: { getNormalBounds(): Rect; isMaximized(): boolean }): WindowState {
  const b = win.getNormalBounds();
  return { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: win.isMaximized() };
}
