import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/api';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { formatBackupDate } from './backupFormat';

interface RestoreBackupDialogProps {
  backup: BackupInfo;
  onClose(): void;
  /** Restores; resolves true when done (the app then reloads), false on an error already reported. */
  onConfirm(): Promise<boolean>;
}

/** Asks before restoring: the current library is set aside (never deleted) and the app reloads. */
export function RestoreBackupDialog({ backup, onClose, onConfirm }: RestoreBackupDialogProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Start on the harmless answer, once showModal (the Dialog's effect) has run.
  useEffect(() => cancelRef.current?.focus(), []);
  const date = formatBackupDate(backup.createdAt, locale);

  const confirm = async () => {
    setBusy(true);
    // On success the page reloads, so the busy state is only cleared after a failure.
    if (!(await onConfirm())) setBusy(false);
  };

  return (
    <Dialog
      title={t('settings.restoreDialog.title')}
      onClose={busy ? () => undefined : onClose}
      testId="restore-dialog"
      actions={
        <>
          <button type="button" ref={cancelRef} onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void confirm()} disabled={busy} data-testid="restore-confirm">
            {busy ? t('settings.restoreDialog.restoring') : t('settings.restoreDialog.confirm')}
          </button>
        </>
      }
    >
      <p className="settings-dialog-question">{t('settings.restoreDialog.question', { date })}</p>
      <p>{t('settings.restoreDialog.setAside')}</p>
      <p>{t('settings.restoreDialog.since')}</p>
      <p className="settings-hint">{t('settings.restoreDialog.reload')}</p>
    </Dialog>
  );
}
