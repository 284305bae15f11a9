import type { LineRule } from '../../../shared/domain';
import type { Assignment } from './overrides';

/** What a key asks the review screen to do. */
export type ReviewAction = { kind: 'assign'; to: Assignment } | { kind: 'rule'; rule: LineRule } | { kind: 'confirm' };

/** The re-assign shortcuts, in toolbar order (the toolbar shows the same letters). */
export const ASSIGN_KEYS: ReadonlyArray<{ key: string; to: Assignment }> = [
  { key: 'T', to: 'title' },
  { key: 'S', to: 'subtitle' },
  { key: 'D', to: 'dateline' },
  { key: 'B', to: 'body' },
  { key: 'C', to: 'contact' },
  { key: 'X', to: 'dropped' },
  { key: 'R', to: 'restore' },
];

/** The remembered-rule shortcuts: A always drop, N never drop. */
export const RULE_KEYS: ReadonlyArray<{ key: string; rule: LineRule }> = [
  { key: 'A', rule: 'always-drop' },
  { key: 'N', rule: 'never-drop' },
];

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * The review action of a key press, or null. Ctrl/Cmd+Enter confirms from anywhere; the letter
 * shortcuts (and Delete for "drop") only act when the key is not typing into a field, so a
 * title can contain a T. Shift is ignored on letters (Caps Lock, Shift+click habits). Pure.
 */
export function reviewActionForKey(e: KeyLike, typingInField: boolean): ReviewAction | null {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key === 'Enter') return { kind: 'confirm' };
  if (typingInField || e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Delete') return { kind: 'assign', to: 'dropped' };
  if (e.key.length !== 1) return null;
  const key = e.key.toUpperCase();
  const assign = ASSIGN_KEYS.find((k) => k.key === key);
  if (assign) return { kind: 'assign', to: assign.to };
  const rule = RULE_KEYS.find((k) => k.key === key);
  if (rule) return { kind: 'rule', rule: rule.rule };
  return null;
}

/** True when key presses on this element type text (inputs, text areas, selects, editable content). */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return type !== 'checkbox' && type !== 'radio' && type !== 'button' && type !== 'submit';
  }
  return (el as HTMLElement).isContentEditable === true;
}
