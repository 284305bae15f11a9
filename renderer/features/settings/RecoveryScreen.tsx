import { useCallback, useState } from 'react';
import type { AppInfo, BackupInfo } from '../../../shared/api';
import { describeError } from '../../app/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupChoices } from './BackupChoices';
import { planRecovery } from './recoveryPlan';
import { useBackups } from './useBackups';
import './settings.css';

interface RecoveryScreenProps {
  info: AppInfo;
  /** Called once a backup is restored (or to try opening again): the app boots anew. */
  onRecovered(): void;
}

type Progress = { state: 'idle' } | { state: 'restoring' } | { state: 'restored' } | { state: 'failed'; message: string };

/**
 * Shown instead of the workbench when the library cannot be used. Only `app.info` (already
 * loaded) and `backups.*` are called: the other services are not running.
 */
export function RecoveryScreen({ info, onRecovered }: RecoveryScreenProps) {
  const { t } = useI18n();
  const { status, path, message } = info.database;
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const onError = useCallback((error: unknown) => setProgress({ state: 'failed', message: describeError(error, t) }), [t]);
  const { backups, reload, restore } = useBackups(onError);
  const plan = planRecovery(status, status === 'corrupt' ? backups : []);

  const restoreBackup = async (backup: BackupInfo) => {
    setProgress({ state: 'restoring' });
    if (await restore(backup.name)) {
      setProgress({ state: 'restored' });
      onRecovered();
    }
  };

  const title = status === 'newer' ? 'recovery.title.newer' : status === 'error' ? 'recovery.title.error' : 'recovery.title.corrupt';
  return (
    <main className="recovery" data-testid="recovery" data-status={status} aria-labelledby="recovery-title">
      <div className="recovery-card">
        <div className={`recovery-mark recovery-mark-${status}`} aria-hidden="true">
          {status === 'newer' ? '↑' : '!'}
        </div>
        <h1 id="recovery-title">{t(title)}</h1>

        {status === 'corrupt' && (
          <p className="recovery-lead">
            {t('recovery.corrupt.body')} <strong>{t('recovery.corrupt.untouched')}</strong>
          </p>
        )}
        {status === 'newer' && (
          <>
            <p className="recovery-lead">{t('recovery.newer.body', { version: info.version })}</p>
            <p className="recovery-lead">
              <strong>{t('recovery.newer.action')}</strong>
            </p>
          </>
        )}
        {status === 'error' && (
          <>
            <p className="recovery-lead">{t('recovery.error.body')}</p>
            <p>{t('recovery.error.action')}</p>
          </>
        )}

        <p className="recovery-file">
          <span>{t('recovery.file')}</span>
          <code data-testid="recovery-path">{path ?? t('recovery.fileUnknown')}</code>
        </p>

        {plan.kind === 'loading' && <p className="recovery-muted">{t('recovery.loadingBackups')}</p>}
        {plan.kind === 'restore' && (
          <BackupChoices latest={plan.latest} others={plan.others} busy={progress.state !== 'idle' && progress.state !== 'failed'} onRestore={(b) => void restoreBackup(b)} />
        )}
        {plan.kind === 'no-backup' && (
          <div className="recovery-box">
            <p>
              <strong>{t('recovery.noBackup')}</strong>
            </p>
            <p>{t('recovery.noBackup.kept')}</p>
            <button type="button" data-testid="recovery-retry" onClick={onRecovered}>
              {t('recovery.retry')}
            </button>
          </div>
        )}
        {plan.kind === 'backups-unavailable' && (
          <div className="recovery-box">
            <p>{t('recovery.backupsError')}</p>
            <button type="button" onClick={() => void reload()}>
              {t('recovery.retry')}
            </button>
          </div>
        )}
        {status === 'error' && (
          <button type="button" className="primary" data-testid="recovery-retry" onClick={onRecovered}>
            {t('recovery.retry')}
          </button>
        )}

        <p className="recovery-status" role="status" aria-live="polite">
          {progress.state === 'restoring' && t('recovery.restoring')}
          {progress.state === 'restored' && t('recovery.restored')}
        </p>
        {progress.state === 'failed' && (
          <p className="recovery-error" role="alert">
            {progress.message}
          </p>
        )}

        {message && (
          <details className="recovery-details" open={status === 'error'}>
            <summary>{t('recovery.details')}</summary>
            <pre data-testid="recovery-message">{message}</pre>
          </details>
        )}
      </div>
    </main>
  );
}
