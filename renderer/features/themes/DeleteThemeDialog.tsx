import { useEffect, useRef, useState } from 'react';
import type { Theme } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { countForm } from './plural';

interface DeleteThemeDialogProps {
  theme: Theme;
  /** How many themes have it as their parent (they move up to the top level). */
  childCount: number;
  onClose(): void;
  onDeleted(): void;
}

/** Asks before deleting a theme, saying how many releases carry it and what happens to sub-themes. */
export function DeleteThemeDialog({ theme, childCount, onClose, onDeleted }: DeleteThemeDialogProps) {
  const { t, lang, locale } = useI18n();
  const { notify, reportError } = useApp();
  const [busy, setBusy] = useState(false);
  const label = theme.labels[lang];
  const cancelRef = useRef<HTMLButtonElement>(null);
  // A destructive question starts on the harmless answer (after showModal has placed focus).
  useEffect(() => cancelRef.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    try {
      const { removedFrom } = await getClient().call('themes.delete', { id: theme.id });
      notify(t(`themes.deleted.${countForm(removedFrom, locale)}`, { label, count: removedFrom }), 'success');
      onDeleted();
    } catch (error) {
      reportError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('themes.deleteDialog.title')}
      onClose={onClose}
      testId="theme-delete-dialog"
      actions={
        <>
          <button type="button" ref={cancelRef} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => void confirm()} data-testid="theme-delete-confirm">
            {t('themes.deleteDialog.confirm')}
          </button>
        </>
      }
    >
      <p className="theme-delete-question">{t('themes.deleteDialog.question', { label })}</p>
      <p data-testid="theme-delete-count">
        {t(`themes.deleteDialog.releases.${countForm(theme.releaseCount, locale)}`, { count: theme.releaseCount })}
      </p>
      {childCount > 0 && (
        <p>
          {t(countForm(childCount, locale) === 'one' ? 'themes.deleteDialog.children.one' : 'themes.deleteDialog.children.other', {
            count: childCount,
          })}
        </p>
      )}
      <p className="field-hint">{t('themes.deleteDialog.final')}</p>
    </Dialog>
  );
}
