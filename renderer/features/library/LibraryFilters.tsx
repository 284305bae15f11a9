import type { RefObject } from 'react';
import type { ListSort } from '../../../shared/api';
import { LANGUAGES, RELEASE_STATUSES, type Language, type ReleaseStatus, type Theme, type ThemeId } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';
import { Select } from '../../ui/Select';
import { themeOptions } from './format';
import { defaultDirection, type LibraryQuery } from './query';
import { updateQuery } from './session';

const ANY = '';
const SORTS: readonly ListSort[] = ['updated', 'date', 'title'];

interface LibraryFiltersProps {
  query: LibraryQuery;
  themes: readonly Theme[];
  searchRef: RefObject<HTMLInputElement | null>;
  /** ArrowDown in the search box moves into the list. */
  onLeaveSearch(): void;
}

/** Search as you type, filters by status, language and theme, and the sort order. */
export function LibraryFilters({ query, themes, searchRef, onLeaveSearch }: LibraryFiltersProps) {
  const { t, lang, locale } = useI18n();
  const dated = query.sort !== 'title';
  const directionLabel = dated
    ? t(query.direction === 'desc' ? 'library.direction.newest' : 'library.direction.oldest')
    : t(query.direction === 'asc' ? 'library.direction.az' : 'library.direction.za');
  return (
    <div className="library-filters">
      <div className="search-box">
        <Icon name="search" className="search-icon" />
        <label className="visually-hidden" htmlFor="library-search">
          {t('library.search.label')}
        </label>
        <input
          ref={searchRef}
          id="library-search"
          type="search"
          value={query.search}
          placeholder={t('library.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          data-testid="library-search"
          onChange={(e) => updateQuery({ search: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              onLeaveSearch();
            }
          }}
        />
      </div>
      <Select<ReleaseStatus | typeof ANY>
        label={t('library.filter.status')}
        hideLabel
        value={query.status ?? ANY}
        options={[{ value: ANY, label: t('library.filter.anyStatus') }, ...RELEASE_STATUSES.map((s) => ({ value: s, label: t(`library.status.${s}`) }))]}
        onChange={(v) => updateQuery({ status: v === ANY ? null : v })}
        testId="filter-status"
      />
      <Select<Language | typeof ANY>
        label={t('library.filter.language')}
        hideLabel
        value={query.language ?? ANY}
        options={[{ value: ANY, label: t('library.filter.anyLanguage') }, ...LANGUAGES.map((l) => ({ value: l, label: t(`library.language.${l}`) }))]}
        onChange={(v) => updateQuery({ language: v === ANY ? null : v })}
        testId="filter-language"
      />
      <Select<ThemeId | typeof ANY>
        label={t('library.filter.theme')}
        hideLabel
        className="field-theme"
        value={query.theme ?? ANY}
        options={[{ value: ANY, label: t('library.filter.anyTheme') }, ...themeOptions(themes, lang, locale)]}
        onChange={(v) => updateQuery({ theme: v === ANY ? null : v })}
        testId="filter-theme"
      />
      <span className="sort-group">
        <Select<ListSort>
          label={t('library.sort.label')}
          hideLabel
          value={query.sort}
          options={SORTS.map((s) => ({ value: s, label: t(`library.sort.${s}`) }))}
          onChange={(sort) => updateQuery({ sort, direction: defaultDirection(sort) })}
          testId="sort-select"
        />
        <button
          type="button"
          className="icon-only"
          aria-label={directionLabel}
          title={directionLabel}
          data-testid="sort-direction"
          data-direction={query.direction}
          onClick={() => updateQuery({ direction: query.direction === 'asc' ? 'desc' : 'asc' })}
        >
          <Icon name={query.direction === 'asc' ? 'sort-asc' : 'sort-desc'} />
        </button>
      </span>
    </div>
  );
}
