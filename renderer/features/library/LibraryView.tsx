import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { useApp } from '../../app/AppContext';
import { useCommands } from '../../app/commands';
import { plural } from '../../app/plural';
import { useWindowTitle } from '../../app/windowTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Spinner } from '../../ui/Spinner';
import { useImport } from '../import/ImportContext';
import { beginReview } from '../review/session';
import { BulkBar } from './BulkBar';
import { EmptyTrash, NoResults, Welcome } from './LibraryEmpty';
import { LibraryFilters } from './LibraryFilters';
import { isUnfiltered } from './query';
import { ReleaseList } from './ReleaseList';
import { selectAll, selectedCount } from './selection';
import { rememberedPosition, rememberPosition, showTrash, takeSearchFocusRequest, useLibraryQuery } from './session';
import { useBulkActions } from './useBulkActions';
import { useBulkTypography } from './useBulkTypography';
import { useDebounced } from './useDebounced';
import { useListSelection } from './useListSelection';
import { useThemes } from './useThemes';
import { usePasteShortcut, useSelectAllShortcut } from './useLibraryShortcuts';

// The typography engine is loaded when the dialog first opens, not with the library.
const TypographyDialog = lazy(() => import('./TypographyDialog').then((m) => ({ default: m.TypographyDialog })));
import { useReleasePages } from './useReleasePages';
import './library.css';

/** Search is sent once typing pauses this long. */
const SEARCH_DEBOUNCE_MS = 120;

/** The library (or the trash): search, filters, the virtualised list, bulk actions, empty states. */
export function LibraryView() {
  const { t, locale } = useI18n();
  const { navigate, reportError } = useApp();
  const importer = useImport();
  const query = useLibraryQuery();
  const search = useDebounced(query.search, SEARCH_DEBOUNCE_MS);
  const effective = useMemo(() => ({ ...query, search }), [query, search]);
  const pages = useReleasePages(effective);
  const { themes, byId } = useThemes();
  const remembered = useMemo(rememberedPosition, []);
  const [selection, setSelection] = useListSelection(pages.key, pages.version, pages.total ?? 0, remembered.focus);
  const bulk = useBulkActions(pages);
  const typography = useBulkTypography(pages);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollOffset = useRef(remembered.scrollOffset);
  const focusRef = useRef(selection.focus);
  focusRef.current = selection.focus;
  useEffect(() => () => rememberPosition(scrollOffset.current, focusRef.current), []);

  const trash = query.trash;
  useWindowTitle(trash ? t('library.trashTitle') : null);
  // In the library, Find searches the library (in a release it searches the body).
  useCommands({ 'focus-search': () => searchRef.current?.select(), find: () => searchRef.current?.select() });
  useEffect(() => {
    if (takeSearchFocusRequest()) searchRef.current?.select();
  }, []);
  usePasteShortcut((text) => importer.pasteText(text), !trash);
  useSelectAllShortcut(() => {
    // The list handles its own Ctrl+A; this catches it anywhere else on the view.
    if (!pages.total) return;
    setSelection((s) => selectAll(s, pages.total ?? 0));
    listRef.current?.focus();
  });

  const open = useCallback(
    (index: number) => {
      const release = pages.get(index);
      if (release) navigate({ name: 'release', id: release.id });
    },
    [pages, navigate],
  );
  const count = selectedCount(selection);
  const total = pages.total;
  const shownQuery = pages.query;
  const empty = total === 0;

  let body;
  if (pages.failed && total === null) {
    body = (
      <div className="library-message" role="alert">
        <p>{t('library.failed')}</p>
        <button type="button" onClick={pages.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  } else if (total === null) {
    body = (
      <div className="library-message">
        <Spinner label={t('library.loading')} />
      </div>
    );
  } else if (empty && isUnfiltered(shownQuery)) {
    body = shownQuery.trash ? <EmptyTrash /> : <Welcome />;
  } else if (empty) {
    body = <NoResults query={shownQuery} />;
  } else {
    body = (
      <ReleaseList
        pages={pages}
        selection={selection}
        onSelection={setSelection}
        onOpen={open}
        onTrashKey={() => {
          // Delete moves to the trash; in the trash there is nothing further to delete to.
          if (!trash) void bulk.apply('trash', selection.ranges);
        }}
        themesById={byId}
        initialOffset={remembered.scrollOffset}
        onScrolled={(offset) => (scrollOffset.current = offset)}
        listRef={listRef}
      />
    );
  }
  // Nothing at all to list (first run, empty trash): no count, no filters, just the empty state.
  const nothing = empty && isUnfiltered(shownQuery);

  return (
    <section className="view library" aria-labelledby="library-heading" data-testid="library-view" data-mode={trash ? 'trash' : 'library'}>
      <header className="library-header">
        <div className="library-heading">
          <h1 id="library-heading">{trash ? t('library.trashTitle') : t('library.title')}</h1>
          <span className="result-count" data-testid="result-count" aria-live="polite">
            {total !== null && !empty &&
              plural(
                t,
                locale,
                isUnfiltered(shownQuery) ? { one: 'library.count.one', other: 'library.count.other' } : { one: 'library.count.results.one', other: 'library.count.results.other' },
                total,
              )}
          </span>
          {pages.loading && total !== null && <Spinner decorative size={12} />}
        </div>
        <SegmentedControl
          label={t('library.switch.label')}
          value={trash ? 'trash' : 'library'}
          onChange={(v) => showTrash(v === 'trash')}
          testId="trash-toggle"
          segments={[
            { value: 'library', label: t('library.title'), testId: 'show-library' },
            { value: 'trash', label: <><Icon name="trash" size={14} /> {t('library.trashTitle')}</>, testId: 'show-trash' },
          ]}
        />
        <div className="library-actions">
          <button type="button" onClick={() => importer.pasteText()} data-testid="paste-button">
            <Icon name="paste" /> {t('library.toolbar.paste')}
          </button>
          <button type="button" className="primary" onClick={importer.chooseFiles} disabled={importer.busy} data-testid="import-button">
            <Icon name="import" /> {t('library.toolbar.import')}
          </button>
        </div>
      </header>
      {!nothing && (
        <LibraryFilters
          query={query}
          themes={themes}
          searchRef={searchRef}
          onLeaveSearch={() => listRef.current?.focus()}
        />
      )}
      {!empty && total !== null && (
        <div className="release-columns" aria-hidden="true">
          <span>{t('library.column.title')}</span>
          <span>{t('library.column.status')}</span>
          <span>{t('library.column.language')}</span>
          <span>{shownQuery.sort === 'updated' ? t('library.column.updated') : t('library.column.date')}</span>
        </div>
      )}
      <div className="library-body">{body}</div>
      {count > 0 && (
        <BulkBar
          count={count}
          trash={trash}
          busy={bulk.busy}
          onTrash={() => void bulk.apply('trash', selection.ranges)}
          onRestore={() => void bulk.apply('restore', selection.ranges)}
          onClear={() => setSelection({ ranges: [], anchor: selection.focus, focus: selection.focus })}
          onReview={() =>
            void pages
              .resolveIds(selection.ranges)
              .then((ids) => ids.length > 0 && navigate(beginReview(ids)))
              .catch(reportError)
          }
          onTypography={() => typography.open(selection.ranges)}
        />
      )}
      {typography.ids && (
        <Suspense fallback={null}>
          <TypographyDialog ids={typography.ids} onClose={typography.close} onApplied={typography.applied} onError={typography.reportError} />
        </Suspense>
      )}
    </section>
  );
}
