import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { DraftController, DraftSnapshot } from './draftController';

/**
 * The conflict banner: the release was saved elsewhere since this draft started. Nothing is
 * dropped without asking: "Reload latest" discards the draft only after a confirmation;
 * "Keep mine" saves the draft on top of the latest revision.
 */
export function DraftBanners({ snapshot, controller }: { snapshot: DraftSnapshot; controller: DraftController }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (snapshot.state !== 'conflict') return null;
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };
  return (
    <div className="release-banner release-banner-warning" role="alert" data-testid="conflict-banner">
      <div className="release-banner-text">
        <strong>{t('release.conflict.title')}</strong>{' '}
        <span>{snapshot.recovered ? t('release.conflict.recovered') : t('release.conflict.text')}</span>
      </div>
      <div className="release-banner-actions">
        <button type="button" disabled={busy} data-testid="conflict-reload" onClick={() => setConfirming(true)}>
          {t('release.conflict.reload')}
        </button>
        <button type="button" className="primary" disabled={busy} data-testid="conflict-keep" onClick={() => act(() => controller.keepMine())}>
          {t('release.conflict.keep')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('release.reload.title')}
          confirmLabel={t('release.reload.confirm')}
          danger
          testId="reload-dialog"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            act(() => controller.reloadLatest());
          }}
        >
          <p className="confirm-text">{t('release.reload.text')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
