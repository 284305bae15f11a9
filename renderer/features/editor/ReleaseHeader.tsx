import type { ExportFormat } from '../../../shared/api';
import { RELEASE_STATUSES, type ReleaseStatus } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportMenu } from '../export/ExportMenu';
import { SplitMenu } from '../review/SplitMenu';
import type { SaveState } from './draftController';
import { SaveIndicator } from './SaveIndicator';

interface HeaderProps {
  title: string;
  revision: number;
  status: ReleaseStatus;
  saveState: SaveState;
  historyOpen: boolean;
  exportBusy: ExportFormat | null;
  onBack: () => void;
  onStatus: (status: ReleaseStatus) => void;
  onRetry: () => void;
  onHistory: () => void;
  onOriginal: () => void;
  onExport: (format: ExportFormat) => void;
  typoOpen: boolean;
  /** Suggestions in the release, null while they are being computed. */
  typoCount: number | null;
  onTypography: () => void;
}

/** Top bar of the release view: way back, title, save state, status and the release's actions. */
export function ReleaseHeader(p: HeaderProps) {
  const { t } = useI18n();
  const { view } = useApp();
  return (
    <header className="release-header">
      <button type="button" className="quiet release-back" aria-label={t('release.backLabel')} data-testid="back-to-library" onClick={p.onBack}>
        <span aria-hidden="true">←</span> {t('release.back')}
      </button>
      <div className="release-heading">
        <h1 className="release-title" data-testid="release-title" title={p.title}>
          {p.title.trim() || t('release.untitled')}
        </h1>
        <div className="release-subline">
          <SaveIndicator state={p.saveState} onRetry={p.onRetry} />
          <span className="release-subline-revision">
            <span aria-hidden="true">·</span> <span data-testid="release-revision">{t('release.revision', { n: p.revision })}</span>
          </span>
        </div>
      </div>
      <div className="release-actions" role="group" aria-label={t('release.actions')}>
        <label className="release-status">
          <span className="visually-hidden">{t('release.field.status')}</span>
          <select value={p.status} data-testid="status-select" data-status={p.status} onChange={(e) => p.onStatus(e.target.value as ReleaseStatus)}>
            {RELEASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`release.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="release-typo-button"
          aria-pressed={p.typoOpen}
          title={t('typo.button.title')}
          data-testid="typo-panel-toggle"
          onClick={p.onTypography}
        >
          {t('typo.button')}
          {p.typoCount !== null && p.typoCount > 0 && (
            <span className="release-typo-badge" data-testid="typo-badge">
              <span className="visually-hidden"> (</span>
              {p.typoCount}
              <span className="visually-hidden">)</span>
            </span>
          )}
        </button>
        <button type="button" aria-pressed={p.historyOpen} data-testid="history-button" onClick={p.onHistory}>
          {t('release.history')}
        </button>
        <button type="button" data-testid="view-original-button" onClick={p.onOriginal}>
          {t('release.viewOriginal')}
        </button>
        {view.name === 'release' && <SplitMenu releaseId={view.id} />}
        <ExportMenu busy={p.exportBusy} onExport={p.onExport} />
      </div>
    </header>
  );
}
