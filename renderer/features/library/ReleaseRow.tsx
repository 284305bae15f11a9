import { memo, type MouseEvent } from 'react';
import type { ReleaseSummary } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';

/** Height of a row, in CSS pixels: fixed, so the virtualiser needs no measuring. */
export const ROW_HEIGHT = 56;

interface ReleaseRowProps {
  index: number;
  total: number;
  top: number;
  release: ReleaseSummary | undefined;
  selected: boolean;
  cursor: boolean;
  /** Theme labels in the UI language. */
  themes: readonly string[];
  /** The date column: release date or last change, already formatted. */
  when: string | null;
  onPick(index: number, e: MouseEvent): void;
  onOpen(index: number): void;
}

/** Row id for aria-activedescendant. */
export const rowId = (index: number) => `release-row-${index}`;

/** One release in the list; a grey placeholder while its page is loading. */
export const ReleaseRow = memo(function ReleaseRow({ index, total, top, release, selected, cursor, themes, when, onPick, onOpen }: ReleaseRowProps) {
  const { t } = useI18n();
  const className = ['release-row', selected && 'is-selected', cursor && 'is-cursor', !release && 'is-loading'].filter(Boolean).join(' ');
  const common = {
    id: rowId(index),
    role: 'option',
    'aria-selected': selected,
    'aria-setsize': total,
    'aria-posinset': index + 1,
    className,
    style: { transform: `translateY(${top}px)`, height: ROW_HEIGHT },
    onClick: (e: MouseEvent) => onPick(index, e),
  } as const;
  if (!release) {
    return (
      <div {...common} aria-busy="true" aria-label={t('common.loading')}>
        <div className="row-main">
          <span className="skeleton skeleton-title" />
          <span className="skeleton skeleton-meta" />
        </div>
      </div>
    );
  }
  const title = release.title.trim() || t('library.untitled');
  return (
    <div {...common} data-testid="release-row" data-id={release.id} onDoubleClick={() => onOpen(index)}>
      <div className="row-main">
        <div className={release.title.trim() ? 'row-title' : 'row-title is-untitled'} title={title}>
          {title}
        </div>
        <div className="row-meta">
          {release.dateline && <span className="row-dateline">{release.dateline}</span>}
          {themes.map((label) => (
            <span key={label} className="theme-chip">
              {label}
            </span>
          ))}
        </div>
      </div>
      <span className="row-status">
        <span className={`status-pill status-${release.status}`}>{t(`library.status.${release.status}`)}</span>
      </span>
      <span className="row-lang">
        <abbr className="lang-badge" title={t(`library.language.${release.language}`)}>
          {release.language.toUpperCase()}
        </abbr>
      </span>
      <span className={when ? 'row-date' : 'row-date is-empty'}>{when ?? t('library.noDate')}</span>
    </div>
  );
});
