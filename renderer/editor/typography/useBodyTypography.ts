import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, mergeRegister, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { paint } from '../find/highlight';
import { applyItems } from './apply';
import { $placeCaret } from './caret';
import { TYPO_ACTIVE, TypoDecorations } from './decorations';
import type { TypoItem } from './items';
import type { TypoStore } from './store';
import { useHoverPopover } from './useHoverPopover';

/** The suggestion whose explanation is shown, where it is painted, and whether it has the focus. */
export interface PopoverState {
  item: TypoItem;
  anchor: Range;
  /** Opened from the keyboard: the popover takes the focus and gives it back to the text. */
  focused: boolean;
}

export interface BodyTypography {
  popover: PopoverState | null;
  /** The suggestion the caret touches (Alt+Enter explains it), if any. */
  atCaret: TypoItem | null;
  apply(item: TypoItem): void;
  ignore(item: TypoItem): void;
  close(): void;
  /** Keeps a hover popover open while the pointer is over it. */
  hovering(inside: boolean): void;
  /** Shows the next (1) or previous (-1) suggestion after the caret or the one shown. */
  step(direction: 1 | -1): void;
}

const isStepKey = (e: KeyboardEvent) => e.key === 'F8' && !e.ctrlKey && !e.metaKey && !e.altKey;

/**
 * Typography suggestions in the body editor, when the release view passes a store: computed per
 * changed block on every update and painted as highlights; explanations on hover, with F8 /
 * Shift+F8 (next / previous, from anywhere in the view) and Alt+Enter (the one at the caret).
 */
export function useBodyTypography(editor: LexicalEditor, store: TypoStore | null): BodyTypography {
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [atCaret, setAtCaret] = useState<TypoItem | null>(null);
  const deco = useRef<TypoDecorations | null>(null);
  const current = useRef<PopoverState | null>(null);
  useEffect(() => {
    current.current = popover;
  }, [popover]);

  const reveal = useCallback(
    (item: TypoItem) => {
      const d = deco.current;
      const block = d?.blockOf(item.block);
      const range = d?.rangesOf(item)[0];
      if (!d || !block || !range) return;
      // The caret moves to the suggestion so that F8 goes on from there and Esc returns to it.
      editor.update(() => $placeCaret(block.block, item.parts[0]!.start), { tag: SKIP_DOM_SELECTION_TAG });
      const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      setPopover({ item, anchor: range, focused: true });
    },
    [editor],
  );

  useEffect(() => {
    if (!store) return;
    const d = new TypoDecorations(editor, store);
    deco.current = d;
    const read = (fn: () => void) => editor.getEditorState().read(fn, { editor });
    read(() => d.$refresh(null));
    const followCaret = () => {
      const item = editor.isEditable() ? editor.getEditorState().read(() => d.$itemAtCaret(), { editor }) : null;
      setAtCaret((was) => (was?.id === item?.id && was?.text === item?.text ? was : item));
    };
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) {
          // Undo/redo and other whole-state changes only mark the root: re-read every block then.
          const whole = tags.has('historic') || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'));
          read(() => d.$refresh(whole ? null : dirtyElements));
        }
        followCaret();
      }),
      store.onSettings((reason) => {
        if (reason === 'context') d.resetContext();
        read(() => d.$refresh(null, true));
        followCaret();
      }),
      store.attach({ apply: (items) => applyItems(editor, items, true), reveal }),
      // The popover closes when its suggestion is gone (applied, ignored, or edited away).
      store.subscribe(() => {
        const shown = current.current;
        if (shown && !store.getSnapshot().items.some((i) => i.id === shown.item.id && i.text === shown.item.text)) setPopover(null);
      }),
    );
    return () => {
      unregister();
      d.dispose();
      deco.current = null;
      setAtCaret(null);
    };
  }, [editor, store, reveal]);

  const close = useCallback(() => {
    const was = current.current;
    setPopover(null);
    if (was?.focused) editor.focus();
  }, [editor]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const d = deco.current;
      if (!d) return;
      const caret = editor.getEditorState().read(() => d.$caret(), { editor });
      const next = d.neighbour({ item: current.current?.item ?? null, caret }, direction);
      if (next) reveal(next);
    },
    [editor, reveal],
  );

  // F8 / Shift+F8 anywhere in the release view; Alt+Enter in the text opens the one at the caret.
  useEffect(() => {
    if (!store) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isStepKey(e)) return;
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    const unregister = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (e) => {
        if (!(e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey)) return false;
        const d = deco.current;
        const item = d ? editor.getEditorState().read(() => d.$itemAtCaret(), { editor }) : null;
        if (!item) return false;
        e.preventDefault();
        reveal(item);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    return () => {
      window.removeEventListener('keydown', onKey);
      unregister();
    };
  }, [editor, store, step, reveal]);

  const hovering = useHoverPopover(editor, deco, current, setPopover);

  // The suggestion being explained is painted more strongly.
  useEffect(() => {
    paint(TYPO_ACTIVE, popover && deco.current ? deco.current.rangesOf(popover.item) : []);
  }, [popover]);
  useEffect(() => () => paint(TYPO_ACTIVE, []), []);

  const apply = useCallback(
    (item: TypoItem) => {
      const focused = current.current?.focused ?? false;
      store?.apply([item]);
      setPopover(null);
      if (focused) editor.focus();
    },
    [editor, store],
  );
  const ignore = useCallback(
    (item: TypoItem) => {
      const focused = current.current?.focused ?? false;
      store?.ignore([item]);
      setPopover(null);
      if (focused) editor.focus();
    },
    [editor, store],
  );

  return { popover, atCaret, apply, ignore, close, hovering, step };
}
