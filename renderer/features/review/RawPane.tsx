import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { LineOverrides } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { contentLines, type LineView } from './bands';
import { ruleOf, type LineRules } from './lineRules';
import { RawLineRow } from './RawLineRow';
import { clickLine, isLineSelected, moveSelection, selectEdge, type LineSelection } from './selection';

const ROW_ESTIMATE = 24;

interface RawPaneProps {
  views: readonly LineView[];
  overrides: LineOverrides;
  lineRules: LineRules;
  selection: LineSelection | null;
  onSelection: (next: LineSelection | null) => void;
  listRef: RefObject<HTMLDivElement | null>;
}

/**
 * The raw lines as a virtualised, multi-selectable listbox (only the rows on screen are in the
 * DOM, so a 2,000-line page costs what 40 lines do). Click selects, Shift+click extends; the
 * arrows, Page keys, Home and End move (with Shift: extend); Ctrl/Cmd+A selects everything;
 * Escape clears the selection.
 * The keyboard cursor is exposed with aria-activedescendant.
 */
export function RawPane({ views, overrides, lineRules, selection, onSelection, listRef }: RawPaneProps) {
  const { t } = useI18n();
  const idBase = useId();
  const content = useMemo(() => contentLines(views), [views]);
  const virtualizer = useVirtualizer({
    count: views.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    useFlushSync: false,
  });

  const focus = selection?.focus ?? null;
  // The line the keyboard (or a flag) moved to is scrolled into view, so it is rendered and seen.
  useEffect(() => {
    if (focus !== null) virtualizer.scrollToIndex(focus, { align: 'auto' });
  }, [focus, virtualizer]);

  // Stable across selection changes, so a click or an arrow re-renders only the rows that change.
  const current = useRef({ selection, onSelection });
  useEffect(() => {
    current.current = { selection, onSelection };
  });
  const pick = useCallback((line: number, extend: boolean) => current.current.onSelection(clickLine(current.current.selection, line, extend)), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? 400) / ROW_ESTIMATE) - 1);
    let next: LineSelection | null | undefined;
    if (e.key === 'ArrowDown') next = moveSelection(selection, 1, e.shiftKey, content);
    else if (e.key === 'ArrowUp') next = moveSelection(selection, -1, e.shiftKey, content);
    else if (e.key === 'PageDown') next = moveSelection(selection, page, e.shiftKey, content);
    else if (e.key === 'PageUp') next = moveSelection(selection, -page, e.shiftKey, content);
    else if (e.key === 'Home') next = selectEdge(selection, 'first', e.shiftKey, content);
    else if (e.key === 'End') next = selectEdge(selection, 'last', e.shiftKey, content);
    else if (e.key === 'Escape' && selection) next = null;
    else if (e.key.toLowerCase() === 'a' && (e.ctrlKey || e.metaKey) && content.length > 0) {
      next = { anchor: content[0]!, focus: content[content.length - 1]! };
    }
    if (next === undefined) return;
    e.preventDefault();
    onSelection(next);
  };

  const optionId = (line: number) => `${idBase}-line-${line}`;
  return (
    <div
      ref={listRef}
      className="raw-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('review.raw.label')}
      aria-describedby={`${idBase}-help`}
      aria-activedescendant={focus !== null ? optionId(focus) : undefined}
      tabIndex={0}
      data-testid="raw-lines"
      onKeyDown={onKeyDown}
    >
      <span id={`${idBase}-help`} hidden>
        {t('review.help')}
      </span>
      <div className="raw-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const view = views[item.index]!;
          return (
            <RawLineRow
              key={item.index}
              view={view}
              optionId={optionId(view.index)}
              selected={isLineSelected(selection, view.index)}
              focused={focus === view.index}
              forced={String(view.index) in overrides}
              rule={ruleOf(lineRules, view.index)}
              start={item.start}
              measure={virtualizer.measureElement}
              onPick={pick}
            />
          );
        })}
      </div>
    </div>
  );
}
