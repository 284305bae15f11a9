import { useI18n } from '../../i18n/I18nProvider';
import { plural } from '../../app/plural';
import { Icon } from '../../ui/Icon';

interface BulkBarProps {
  count: number;
  trash: boolean;
  busy: boolean;
  onTrash(): void;
  onRestore(): void;
  onClear(): void;
  /** Review the split of the selected releases, one after the other. */
  onReview(): void;
  /** Preview and apply safe typography to the selected releases. */
  onTypography(): void;
}

/** Actions on the selected releases: review their split, fix their typography or move to trash (library), restore (trash). */
export function BulkBar({ count, trash, busy, onTrash, onRestore, onClear, onReview, onTypography }: BulkBarProps) {
  const { t, locale } = useI18n();
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('library.bulk.label')} data-testid="bulk-bar">
      <span className="bulk-count" data-testid="selection-count">
        {plural(t, locale, { one: 'library.selected.one', other: 'library.selected.other' }, count)}
      </span>
      {!trash && (
        <button type="button" onClick={onReview} disabled={busy} data-testid="bulk-review">
          {t('review.open')}
        </button>
      )}
      {!trash && (
        <button type="button" onClick={onTypography} disabled={busy} data-testid="bulk-typography">
          {t('library.typo.open')}
        </button>
      )}
      {trash ? (
        <button type="button" onClick={onRestore} disabled={busy} data-testid="bulk-restore">
          <Icon name="restore" /> {t('library.bulk.restore')}
        </button>
      ) : (
        <button type="button" className="danger" onClick={onTrash} disabled={busy} data-testid="bulk-trash">
          <Icon name="trash" /> {t('library.bulk.trash')}
        </button>
      )}
      <button type="button" className="quiet" onClick={onClear} data-testid="bulk-clear">
        {t('library.bulk.clear')}
      </button>
    </div>
  );
}
