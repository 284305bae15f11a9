import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/api';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBackupAge, formatBackupDate, formatBackupSize, REASON_KEYS } from './backupFormat';

interface BackupChoicesProps {
  latest: BackupInfo;
  others: readonly BackupInfo[];
  busy: boolean;
  onRestore(backup: BackupInfo): void;
}

/** The recovery offer: restore the latest backup (primary), or any other, listed newest first. */
export function BackupChoices({ latest, others, busy, onRestore }: BackupChoicesProps) {
  const { t, locale } = useI18n();
  const primaryRef = useRef<HTMLButtonElement>(null);
  // The screen has one obvious way out: put the keyboard on it.
  useEffect(() => primaryRef.current?.focus(), []);
  // Read the clock once: the age shown must not change between renders.
  const [now] = useState(() => Date.now());
  const latestDate = formatBackupDate(latest.createdAt, locale);

  return (
    <div className="recovery-choices">
      <p>{t('recovery.latest.intro', { date: latestDate, age: formatBackupAge(latest.createdAt, now, locale) })}</p>
      <div className="recovery-primary">
        <button type="button" ref={primaryRef} className="primary" data-testid="recovery-restore" disabled={busy} onClick={() => onRestore(latest)}>
          {t('recovery.restoreLatest')}
        </button>
        <span className="recovery-muted">{t('recovery.restoreNote')}</span>
      </div>

      <h2 className="recovery-subtitle">{t('recovery.others')}</h2>
      <ul className="recovery-backups" data-testid="recovery-backups">
        {[latest, ...others].map((backup) => {
          const date = formatBackupDate(backup.createdAt, locale);
          const isLatest = backup === latest;
          return (
            <li key={backup.name} className={isLatest ? 'recovery-backup recovery-backup-latest' : 'recovery-backup'} data-name={backup.name}>
              <div>
                <time dateTime={backup.createdAt}>{date}</time>
                {isLatest && <span className="backups-latest">{t('settings.backups.latest')}</span>}
                <div className="recovery-muted">
                  {t(REASON_KEYS[backup.reason])} · {formatBackupSize(backup.size, locale)}
                </div>
              </div>
              {!isLatest && (
                <button
                  type="button"
                  data-testid="recovery-restore-backup"
                  disabled={busy}
                  aria-label={t('recovery.restoreThis.label', { date })}
                  onClick={() => onRestore(backup)}
                >
                  {t('recovery.restoreThis')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
