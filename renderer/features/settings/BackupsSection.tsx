import { useState } from 'react';
import type { BackupInfo } from '../../../shared/api';
import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBackupDate, formatBackupSize, REASON_KEYS } from './backupFormat';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { rememberRestore, takeRestoreNotice } from './restoreNotice';
import { useBackups } from './useBackups';

/** How many backups are listed before "Show all": periodic backups pile up. */
const SHORT_LIST = 8;

/** The list of backups, "Back up now", and "Restore…" with a confirmation, then a reload. */
export function BackupsSection() {
  const { t, locale } = useI18n();
  const { notify, reportError } = useApp();
  const { backups, reload, create, restore } = useBackups(reportError);
  const [creating, setCreating] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  // Back from the reload that follows a restore: say what came back and where the old library is.
  const [restored] = useState(() => takeRestoreNotice(window.sessionStorage));
  const [showRestored, setShowRestored] = useState(restored !== null);

  const backUpNow = async () => {
    setCreating(true);
    const made = await create();
    setCreating(false);
    if (made) notify(t('settings.backups.created', { size: formatBackupSize(made.size, locale) }), 'success');
  };

  const list = Array.isArray(backups) ? backups : [];
  const shown = showAll ? list : list.slice(0, SHORT_LIST);

  return (
    <section className="settings-card" aria-labelledby="settings-backups">
      <div className="settings-card-head">
        <h2 id="settings-backups">{t('settings.section.backups')}</h2>
        <button type="button" data-testid="backup-now" onClick={() => void backUpNow()} disabled={creating}>
          {creating ? t('settings.backups.creating') : t('settings.backups.now')}
        </button>
      </div>
      <p className="settings-hint settings-intro">{t('settings.backups.intro')}</p>
      {restored && showRestored && (
        <div className="settings-banner" role="status" data-testid="restore-done">
          <p>
            {restored.setAside
              ? t('settings.restored.setAside', { date: formatBackupDate(restored.createdAt, locale), path: restored.setAside })
              : t('settings.restored', { date: formatBackupDate(restored.createdAt, locale) })}
          </p>
          <button type="button" className="quiet" aria-label={t('common.dismiss')} onClick={() => setShowRestored(false)}>
            ×
          </button>
        </div>
      )}

      {backups === null && <p className="settings-placeholder">{t('settings.backups.loading')}</p>}
      {backups === 'failed' && (
        <div className="settings-placeholder">
          <p>{t('settings.backups.loadError')}</p>
          <button type="button" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {Array.isArray(backups) && backups.length === 0 && <p className="settings-placeholder">{t('settings.backups.empty')}</p>}
      {list.length > 0 && (
        <table className="backups-table" data-testid="backups-list">
          <caption className="visually-hidden">{t('settings.backups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.backups.col.date')}</th>
              <th scope="col">{t('settings.backups.col.reason')}</th>
              <th scope="col" className="backups-size">
                {t('settings.backups.col.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.backups.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((backup, index) => {
              const date = formatBackupDate(backup.createdAt, locale);
              return (
                <tr key={backup.name} data-testid="backup-row" data-name={backup.name}>
                  <td>
                    <time dateTime={backup.createdAt}>{date}</time>
                    {index === 0 && <span className="backups-latest">{t('settings.backups.latest')}</span>}
                  </td>
                  <td>{t(REASON_KEYS[backup.reason])}</td>
                  <td className="backups-size">{formatBackupSize(backup.size, locale)}</td>
                  <td className="backups-action">
                    <button
                      type="button"
                      className="quiet"
                      data-testid="backup-restore"
                      aria-label={t('settings.backups.restore.label', { date })}
                      onClick={() => setRestoring(backup)}
                    >
                      {t('settings.backups.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list.length > SHORT_LIST && (
        <button type="button" className="quiet settings-more" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('settings.backups.showFewer') : t('settings.backups.showAll', { count: list.length })}
        </button>
      )}

      {restoring && (
        <RestoreBackupDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onConfirm={async () => {
            const done = await restore(restoring.name);
            // The services now hold the restored library: reload everything from it.
            if (done) {
              rememberRestore(window.sessionStorage, done);
              window.location.reload();
            }
            return done !== null;
          }}
        />
      )}
    </section>
  );
}
