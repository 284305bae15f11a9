import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { TypoDecorations } from './decorations';
import type { PopoverState } from './useBodyTypography';

const CLOSE_DELAY_MS = 280;

/**
 * Pointer side of the suggestion popover: the suggestion under the mouse opens it (one lookup per
 * frame at most), leaving the underline closes it after a short delay unless the pointer moved
 * into the popover. A popover opened from the keyboard is left alone. Returns `hovering(inside)`
 * for the popover's own enter/leave.
 */
export function useHoverPopover(
  editor: LexicalEditor,
  deco: RefObject<TypoDecorations | null>,
  current: RefObject<PopoverState | null>,
  setPopover: Dispatch<SetStateAction<PopoverState | null>>,
): (inside: boolean) => void {
  const timer = useRef<number | null>(null);
  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const later = useCallback(() => {
    cancel();
    timer.current = window.setTimeout(() => {
      timer.current = null;
      if (current.current && !current.current.focused) setPopover(null);
    }, CLOSE_DELAY_MS);
  }, [cancel, current, setPopover]);

  useEffect(() => {
    let frame = 0;
    let last: MouseEvent | null = null;
    const look = () => {
      frame = 0;
      const e = last;
      const d = deco.current;
      if (!e || !d || !(e.target instanceof Node)) return;
      const hit = editor.getEditorState().read(() => d.$itemAtPoint(e.target as Node, e.clientX, e.clientY), { editor });
      const shown = current.current;
      if (shown?.focused) return;
      if (!hit) {
        if (shown) later();
        return;
      }
      cancel();
      if (shown?.item.id !== hit.item.id) setPopover({ item: hit.item, anchor: hit.range, focused: false });
    };
    const onMove = (e: MouseEvent) => {
      last = e;
      if (frame === 0) frame = requestAnimationFrame(look);
    };
    const onLeave = () => {
      if (current.current && !current.current.focused) later();
    };
    const detach = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousemove', onMove);
      previous?.removeEventListener('mouseleave', onLeave);
      root?.addEventListener('mousemove', onMove);
      root?.addEventListener('mouseleave', onLeave);
    });
    return () => {
      detach();
      const root = editor.getRootElement();
      root?.removeEventListener('mousemove', onMove);
      root?.removeEventListener('mouseleave', onLeave);
      if (frame) cancelAnimationFrame(frame);
      cancel();
    };
  }, [editor, deco, current, setPopover, later, cancel]);

  return useCallback((inside: boolean) => (inside ? cancel() : later()), [cancel, later]);
}
