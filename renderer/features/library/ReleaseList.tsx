import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Theme, ThemeId } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { formatReleaseDate, formatUpdated, themeLabels } from './format';
import { listKey } from './listKeys';
import { rowsPerViewport } from './pageCache';
import { ReleaseRow, ROW_HEIGHT, rowId } from './ReleaseRow';
import { extendTo, isSelected, selectOnly, toggle, type Selection } from './selection';
import type { ReleasePages } from './useReleasePages';

interface ReleaseListProps {
  pages: ReleasePages;
  selection: Selection;
  onSelection(next: Selection): void;
  onOpen(index: number): void;
  onTrashKey(): void;
  themesById: ReadonlyMap<ThemeId, Theme>;
  /** Where to start scrolled to (coming back from a release). */
  initialOffset: number;
  onScrolled(offset: number): void;
  listRef: RefObject<HTMLDivElement | null>;
}

/**
 * The release list: a virtualised listbox (only the rows on screen exist in the DOM, so 10,000
 * releases cost what 20 do), multi-selectable with mouse and keyboard. The keyboard cursor is
 * exposed with aria-activedescendant because rows come and go as the list scrolls.
 */
export function ReleaseList({ pages, selection, onSelection, onOpen, onTrashKey, themesById, initialOffset, onScrolled, listRef }: ReleaseListProps) {
  const { t, lang, locale } = useI18n();
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { setViewport } = pages;
  useEffect(() => setViewport(first, last), [setViewport, first, last]);

  // A new list (other query) starts at the top.
  const shownKey = useRef(pages.key);
  useLayoutEffect(() => {
    if (shownKey.current === pages.key) return;
    shownKey.current = pages.key;
    listRef.current?.scrollTo({ top: 0 });
  }, [pages.key, listRef]);

  // The cursor ring shows only while the keyboard drives the list; a click shows the selection alone.
  const [keyboard, setKeyboard] = useState(false);
  const pick = useCallback(
    (index: number, e: MouseEvent) => {
      setKeyboard(false);
      const mod = e.ctrlKey || e.metaKey;
      if (e.shiftKey) onSelection(extendTo(selection, index, mod));
      else if (mod) onSelection(toggle(selection, index));
      else onSelection(selectOnly(index));
    },
    [selection, onSelection],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = rowsPerViewport(listRef.current?.clientHeight ?? ROW_HEIGHT * 10, ROW_HEIGHT);
    const result = listKey(selection, e, total, pageRows);
    if (result.kind === 'ignored') return;
    e.preventDefault();
    setKeyboard(true);
    if (result.kind === 'open') onOpen(result.index);
    else if (result.kind === 'trash') onTrashKey();
    else {
      onSelection(result.selection);
      if (result.selection.focus !== null) virtualizer.scrollToIndex(result.selection.focus, { align: 'auto' });
    }
  };

  const now = useMemo(() => new Date(), []);
  const byUpdated = pages.query.sort === 'updated';
  const focus = selection.focus;
  return (
    <div
      ref={listRef}
      className={['release-list', focus !== null && focus < total && 'has-cursor', keyboard && 'keyboard'].filter(Boolean).join(' ')}
      role="listbox"
      tabIndex={0}
      aria-label={t('library.list.label')}
      aria-multiselectable="true"
      aria-activedescendant={focus !== null && items.some((i) => i.index === focus) ? rowId(focus) : undefined}
      aria-busy={pages.loading || undefined}
      data-testid="release-list"
      data-total={total}
      onKeyDown={onKeyDown}
      onScroll={(e) => onScrolled(e.currentTarget.scrollTop)}
      onFocus={(e) => {
        // Tabbing in puts the cursor on the first row, without selecting it.
        if (e.target === e.currentTarget && focus === null && total > 0) {
          setKeyboard(true);
          onSelection({ ...selection, anchor: 0, focus: 0 });
        }
      }}
    >
      <div role="presentation" className="release-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const release = pages.get(item.index);
          const when = release ? (byUpdated ? formatUpdated(release.updatedAt, locale, now) : formatReleaseDate(release.date, locale)) : null;
          return (
            <ReleaseRow
              key={item.index}
              index={item.index}
              total={total}
              top={item.start}
              release={release}
              selected={isSelected(selection, item.index)}
              cursor={focus === item.index}
              themes={release ? themeLabels(release.themes, themesById, lang) : []}
              when={when}
              onPick={pick}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
