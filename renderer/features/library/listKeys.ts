import {
  EMPTY_SELECTION,
  moveBy,
  moveTo,
  selectAll,
  toggleFocused,
  type Selection,
} from './selection';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a key press on the release list asks for. */
export type ListKeyResult =
  | { kind: 'select'; selection: Selection }
  | { kind: 'open'; index: number }
  | { kind: 'trash' }
  | { kind: 'ignored' };

/**
 * Maps a key press on the list to a selection change or an action. Pure: the list component only
 * applies the result. `pageRows` is how many rows fit in the viewport (Page Up/Down).
 * Ctrl and Cmd are treated alike so the same muscle memory works on every platform.
 */
export function listKey(sel: Selection, e: KeyInput, total: number, pageRows: number): ListKeyResult {
  if (e.altKey) return { kind: 'ignored' };
  const mod = e.ctrlKey || e.metaKey;
  const keys = { shift: e.shiftKey, ctrl: mod };
  const select = (selection: Selection): ListKeyResult => ({ kind: 'select', selection });
  switch (e.key) {
    case 'ArrowDown':
      return select(moveBy(sel, 1, total, keys));
    case 'ArrowUp':
      return select(moveBy(sel, -1, total, keys));
    case 'PageDown':
      return select(moveBy(sel, Math.max(1, pageRows - 1), total, keys));
    case 'PageUp':
      return select(moveBy(sel, -Math.max(1, pageRows - 1), total, keys));
    case 'Home':
      return select(moveTo(sel, 0, total, keys));
    case 'End':
      return select(moveTo(sel, total - 1, total, keys));
    case ' ':
      return mod || e.shiftKey ? { kind: 'ignored' } : select(toggleFocused(sel, total));
    case 'Enter':
      return sel.focus === null ? { kind: 'ignored' } : { kind: 'open', index: sel.focus };
    case 'Escape':
      return sel.ranges.length ? select({ ...EMPTY_SELECTION, anchor: sel.focus, focus: sel.focus }) : { kind: 'ignored' };
    case 'Delete':
      return sel.ranges.length ? { kind: 'trash' } : { kind: 'ignored' };
    default:
      if (mod && !e.shiftKey && e.key.toLowerCase() === 'a') return select(selectAll(sel, total));
      return { kind: 'ignored' };
  }
}
