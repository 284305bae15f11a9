import { useI18n } from '../../i18n/I18nProvider';
import type { SaveState } from './draftController';

const LABEL = {
  saved: 'release.save.saved',
  dirty: 'release.save.dirty',
  saving: 'release.save.saving',
  error: 'release.save.error',
  conflict: 'release.save.conflict',
} as const;

/**
 * Where the draft stands. `data-state` is saved|dirty|saving|error (a conflict is an error,
 * told apart by `data-reason`), for tests and styling.
 */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useI18n();
  const shown = state === 'conflict' ? 'error' : state;
  return (
    <span className="save-state" data-testid="save-state" data-state={shown} data-reason={state === 'conflict' ? 'conflict' : undefined}>
      <span className="save-state-dot" aria-hidden="true" />
      <span role="status">{t(LABEL[state])}</span>
      {state === 'error' && (
        <button type="button" className="quiet save-state-retry" data-testid="save-retry" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </span>
  );
}
