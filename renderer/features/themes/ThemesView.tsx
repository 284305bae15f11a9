import { useEffect, useMemo, useRef, useState } from 'react';
import type { Theme } from '../../../shared/domain';
import { useCommands } from '../../app/commands';
import { useI18n } from '../../i18n/I18nProvider';
import { DeleteThemeDialog } from './DeleteThemeDialog';
import { countForm } from './plural';
import { ThemeDialog, type ThemeDialogMode } from './ThemeDialog';
import { ThemeRow } from './ThemeRow';
import { filterThemeTree, orderThemes } from './themeTree';
import { useThemes } from './useThemes';
import './themes.css';

/** The theme taxonomy manager: searchable tree of themes; add, edit, re-parent and delete. */
export function ThemesView() {
  const { t, lang, locale } = useI18n();
  const { themes, failed, reload } = useThemes();
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<ThemeDialogMode | null>(null);
  const [deleting, setDeleting] = useState<Theme | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** After a change: the theme to bring into view (saved) or the row position to focus (deleted). */
  const [after, setAfter] = useState<{ show: string } | { focusAt: number } | null>(null);
  useCommands({ 'focus-search': () => searchRef.current?.focus() });

  const all = useMemo(() => themes ?? [], [themes]);
  const nodes = useMemo(() => orderThemes(all, lang, locale), [all, lang, locale]);
  const shown = useMemo(() => filterThemeTree(nodes, query), [nodes, query]);
  const byId = useMemo(() => new Map(all.map((th) => [th.id as string, th])), [all]);
  const hits = shown.filter((n) => n.matches).length;

  useEffect(() => {
    if (!after || !listRef.current) return;
    const rows = listRef.current.querySelectorAll<HTMLElement>('[data-testid=theme-row]');
    if ('show' in after) {
      const row = [...rows].find((r) => r.dataset.id === after.show);
      if (!row) return;
      row.scrollIntoView({ block: 'nearest' });
      row.classList.add('theme-row-flash');
      window.setTimeout(() => row.classList.remove('theme-row-flash'), 1600);
    } else {
      // The deleted row's button is gone: keep the keyboard where the user was.
      const row = rows[Math.min(after.focusAt, rows.length - 1)];
      (row?.querySelector<HTMLElement>('[data-testid=theme-edit]') ?? searchRef.current)?.focus();
    }
    setAfter(null);
  }, [after, shown]);

  return (
    <section className="themes-view" data-testid="themes-view" aria-labelledby="themes-title">
      <header className="themes-header">
        <div className="themes-heading">
          <h1 id="themes-title">{t('themes.title')}</h1>
          <p className="themes-subtitle">{t('themes.subtitle')}</p>
        </div>
        <button type="button" className="primary" data-testid="theme-add" onClick={() => setDialog({ kind: 'add', parent: null })}>
          {t('themes.add')}
        </button>
      </header>

      <div className="themes-toolbar">
        <input
          ref={searchRef}
          type="search"
          className="themes-search"
          data-testid="themes-search"
          aria-label={t('themes.search.label')}
          placeholder={t('themes.search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
        <span className="themes-count" aria-live="polite">
          {query.trim()
            ? t('themes.count.filtered', { shown: hits, total: all.length })
            : t(`themes.count.${countForm(all.length, locale)}`, { count: all.length })}
        </span>
      </div>

      <div className="themes-body">
        {themes === null && !failed && <p className="themes-placeholder">{t('themes.loading')}</p>}
        {themes === null && failed && (
          <div className="themes-placeholder">
            <p>{t('themes.loadError')}</p>
            <button type="button" onClick={() => void reload()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {themes !== null && all.length === 0 && <p className="themes-placeholder">{t('themes.empty')}</p>}
        {themes !== null && all.length > 0 && shown.length === 0 && (
          <p className="themes-placeholder">{t('themes.noMatch', { query: query.trim() })}</p>
        )}
        {shown.length > 0 && (
          <ul ref={listRef} className="themes-list" aria-label={t('themes.list.label')} data-testid="themes-list">
            {shown.map((node) => (
              <ThemeRow
                key={node.theme.id}
                node={node}
                parent={node.theme.parent ? byId.get(node.theme.parent) : undefined}
                onEdit={(theme) => setDialog({ kind: 'edit', theme })}
                onAddChild={(theme) => setDialog({ kind: 'add', parent: theme.id })}
                onDelete={setDeleting}
              />
            ))}
          </ul>
        )}
      </div>

      {dialog && (
        <ThemeDialog
          mode={dialog}
          themes={all}
          nodes={nodes}
          onClose={() => setDialog(null)}
          onSaved={(theme) => {
            setDialog(null);
            void reload().then(() => setAfter({ show: theme.id }));
          }}
        />
      )}
      {deleting && (
        <DeleteThemeDialog
          theme={deleting}
          childCount={all.filter((th) => th.parent === deleting.id).length}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            const focusAt = shown.findIndex((n) => n.theme.id === deleting.id);
            setDeleting(null);
            void reload().then(() => setAfter({ focusAt: Math.max(0, focusAt) }));
          }}
        />
      )}
    </section>
  );
}
