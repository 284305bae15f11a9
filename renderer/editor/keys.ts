import { IS_APPLE } from 'lexical';
import type { Translate } from '../i18n/I18nProvider';

/** A key of a shortcut: a modifier name or the key itself as printed on the keycap. */
export type Key = 'mod' | 'shift' | 'enter' | 'escape' | (string & {});

/**
 * How a shortcut is written on this platform: "Ctrl+Maj+Z" on Windows and Linux (modifier names in
 * the UI language), "⌘⇧Z" on macOS.
 */
export function formatKeys(t: Translate, keys: readonly Key[]): string {
  const names = keys.map((k) => {
    if (k === 'mod') return IS_APPLE ? '⌘' : 'Ctrl';
    if (k === 'shift') return IS_APPLE ? '⇧' : t('editor.key.shift');
    if (k === 'enter') return IS_APPLE ? '↩' : t('editor.key.enter');
    if (k === 'escape') return t('editor.key.escape');
    return k.toUpperCase();
  });
  return names.join(IS_APPLE ? '' : '+');
}

/** A control's title: its label and its shortcuts, e.g. "Gras (Ctrl+B)", "Rétablir (Ctrl+Maj+Z / Ctrl+Y)". */
export function titled(t: Translate, label: string, ...shortcuts: ReadonlyArray<readonly Key[]>): string {
  if (shortcuts.length === 0) return label;
  return t('editor.shortcut', { label, keys: shortcuts.map((s) => formatKeys(t, s)).join(' / ') });
}
