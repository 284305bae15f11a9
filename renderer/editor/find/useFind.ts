import type { LexicalEditor } from 'lexical';
import { $getSelection, $isRangeSelection, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FoldOptions } from './fold';
import { $domRange, HIGHLIGHT_ALL, HIGHLIGHT_CURRENT, paint, supportsHighlights } from './highlight';
import { $collectTextBlocks, $replaceMatches, $selectRange } from './lexicalText';
import { defaultFoldOptions, findInBlocks, type TextMatch } from './search';

export type FindMode = 'find' | 'replace';

export interface FindState {
  mode: FindMode | null;
  query: string;
  replacement: string;
  options: FoldOptions;
  total: number;
  /** 0-based index of the current match, -1 when there is none. */
  current: number;
  /** Bumped on every open, so the bar can focus (and select) its field again. */
  openCount: number;
}

export interface Find extends FindState {
  open(mode: FindMode): void;
  close(): void;
  setQuery(query: string): void;
  setReplacement(replacement: string): void;
  setOption(name: keyof FoldOptions, value: boolean): void;
  next(): void;
  previous(): void;
  replaceOne(): void;
  /** Replaces every match in one undo step; returns how many were replaced. */
  replaceAll(): number;
}

const isAfter = (m: TextMatch, block: number, offset: number) => m.block > block || (m.block === block && m.start >= offset);

/**
 * Find and replace over the editor's text. Matching is pure (search.ts); this hook keeps the
 * matches in step with the document (every update while open), paints them as highlights and
 * applies replacements, each one undo step, without moving the focus out of the find bar. Without
 * the Highlight API (not the case in Chromium/Electron) the current match is scrolled into view and
 * left selected in the text when the bar closes.
 */
export function useFind(editor: LexicalEditor, lang: 'fr' | 'en' | 'es'): Find {
  const [mode, setMode] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FoldOptions>(() => defaultFoldOptions(lang));
  const [result, setResult] = useState({ total: 0, current: -1 });
  const [openCount, setOpenCount] = useState(0);
  const matches = useRef<TextMatch[]>([]);
  const current = useRef(0);
  const returnFocus = useRef<HTMLElement | null>(null);

  /** Recomputes matches on the committed state and repaints; `scroll` brings the current one into view. */
  const refresh = useCallback(
    (scroll: boolean) => {
      if (mode === null || query === '') {
        matches.current = [];
        paint(HIGHLIGHT_ALL, []);
        paint(HIGHLIGHT_CURRENT, []);
        setResult({ total: 0, current: -1 });
        return;
      }
      editor.getEditorState().read(
        () => {
          const blocks = $collectTextBlocks();
          const found = findInBlocks(blocks.map((b) => b.text), query, options);
          matches.current = found;
          const index = found.length === 0 ? -1 : Math.min(Math.max(current.current, 0), found.length - 1);
          current.current = Math.max(index, 0);
          const ranges = found.map((m) => {
            const block = blocks[m.block];
            return block ? $domRange(editor, block, m.start, m.end) : null;
          });
          const here = index >= 0 ? ranges[index] : null;
          paint(HIGHLIGHT_ALL, ranges.filter((r): r is Range => r !== null && r !== here));
          paint(HIGHLIGHT_CURRENT, here ? [here] : []);
          if (here && scroll) reveal(here);
          setResult({ total: found.length, current: index });
        },
        { editor },
      );
    },
    [editor, mode, query, options],
  );

  useEffect(() => {
    refresh(true);
    if (mode === null) return;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) refresh(false);
    });
  }, [editor, mode, refresh]);

  // Clear the page-wide highlights when the editor goes away.
  useEffect(() => () => {
    paint(HIGHLIGHT_ALL, []);
    paint(HIGHLIGHT_CURRENT, []);
  }, []);

  const open = useCallback(
    (next: FindMode) => {
      const active = document.activeElement;
      if (mode === null) returnFocus.current = active instanceof HTMLElement ? active : null;
      // A short selection inside one block is what the person wants to find.
      const selected = editor.getEditorState().read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
      });
      if (selected !== '' && selected.length <= 200 && !selected.includes('\n')) setQuery(selected);
      setMode(next);
      setOpenCount((n) => n + 1);
    },
    [editor, mode],
  );

  const close = useCallback(() => {
    setMode(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    const match = matches.current[current.current];
    if (!supportsHighlights() && match) {
      // Without highlights the current match was only scrolled to: leave it selected in the text.
      editor.update(() => {
        const block = $collectTextBlocks()[match.block];
        if (block) $selectRange(block, match.start, match.end);
      });
      editor.focus();
    } else if (back && back.isConnected && back !== editor.getRootElement()) back.focus();
    else editor.focus();
  }, [editor]);

  const go = useCallback(
    (step: 1 | -1) => {
      const total = matches.current.length;
      if (total === 0) return;
      current.current = (current.current + step + total) % total;
      refresh(true);
    },
    [refresh],
  );

  const replaceOne = useCallback(() => {
    const target = matches.current[current.current];
    if (!target || !editor.isEditable()) return;
    editor.update(
      () => {
        const blocks = $collectTextBlocks();
        const found = findInBlocks(blocks.map((b) => b.text), query, options);
        const same = found.find((m) => m.block === target.block && m.start === target.start);
        if (same) $replaceMatches(blocks, [same], replacement);
      },
      { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG], discrete: true },
    );
    refresh(false);
    // Continue after the replaced text, so a replacement containing the query is not found again.
    const resume = matches.current.findIndex((m) => isAfter(m, target.block, target.start + replacement.length));
    current.current = resume < 0 ? 0 : resume;
    refresh(true);
  }, [editor, query, options, replacement, refresh]);

  const replaceAll = useCallback(() => {
    if (!editor.isEditable() || query === '') return 0;
    let count = 0;
    editor.update(
      () => {
        const blocks = $collectTextBlocks();
        const found = findInBlocks(blocks.map((b) => b.text), query, options);
        count = found.length;
        $replaceMatches(blocks, found, replacement);
      },
      { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG], discrete: true },
    );
    current.current = 0;
    refresh(false);
    return count;
  }, [editor, query, options, replacement, refresh]);

  const setOption = useCallback((name: keyof FoldOptions, value: boolean) => setOptions((o) => ({ ...o, [name]: value })), []);
  const setQueryAndRestart = useCallback((q: string) => {
    current.current = 0;
    setQuery(q);
  }, []);

  return useMemo(
    () => ({
      mode, query, replacement, options, openCount, ...result,
      open, close, setQuery: setQueryAndRestart, setReplacement, setOption,
      next: () => go(1), previous: () => go(-1), replaceOne, replaceAll,
    }),
    [mode, query, replacement, options, openCount, result, open, close, setQueryAndRestart, setOption, go, replaceOne, replaceAll],
  );
}

function reveal(range: Range): void {
  const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
