import { useI18n } from '../../i18n/I18nProvider';
import { Spinner } from '../../ui/Spinner';
import type { ImportActivity } from './useImportRunner';

/** A small panel with the import's progress ("3 / 12") and a Stop button for file batches. */
export function ImportProgress({ activity, onStop }: { activity: ImportActivity; onStop: () => void }) {
  const { t } = useI18n();
  if (activity.kind === 'waiting') {
    return (
      <div className="import-progress" data-testid="import-progress" role="status">
        <Spinner decorative />
        <span>{t('import.progress.working')}</span>
      </div>
    );
  }
  const { done, total, current } = activity.progress;
  const label = t('import.progress.count', { done: Math.min(done + 1, total), total });
  return (
    <div className="import-progress" data-testid="import-progress" role="status">
      <div className="import-progress-text">
        <strong>{activity.stopping ? t('import.progress.stopping') : label}</strong>
        {current && <span className="import-progress-file">{current}</span>}
        <progress max={total} value={done} aria-label={label} />
      </div>
      <button type="button" className="quiet" onClick={onStop} disabled={activity.stopping} data-testid="import-stop">
        {t('import.progress.stop')}
      </button>
    </div>
  );
}
