import { useEffect, useRef } from 'react';

/** True when the element takes typed or pasted text itself (its own Ctrl+A and Ctrl+V apply). */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * Ctrl/Cmd+V on the library, with the focus anywhere but a text field or a dialog, opens the
 * paste dialog prefilled with the clipboard's text. Uses the paste event, which carries the text
 * without any clipboard permission.
 */
export function usePasteShortcut(onText: (text: string) => void, enabled: boolean): void {
  const handler = useRef(onText);
  useEffect(() => {
    handler.current = onText;
  });
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (e: ClipboardEvent) => {
      if (!forLibrary()) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      e.preventDefault();
      handler.current(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled]);
}

/** True when a key press or paste belongs to the library rather than to a field or a dialog. */
function forLibrary(): boolean {
  return !isTextEntry(document.activeElement) && !document.querySelector('dialog[open]');
}

/**
 * Ctrl/Cmd+A anywhere on the library but in a text field selects every release (instead of the
 * page's text, which means nothing in a desktop app).
 */
export function useSelectAllShortcut(onSelectAll: () => void): void {
  const handler = useRef(onSelectAll);
  useEffect(() => {
    handler.current = onSelectAll;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'a' || !forLibrary()) return;
      e.preventDefault();
      handler.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
