import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The verb of the action ("Delete the theme"), never just "OK". */
  confirmLabel: string;
  /** Destructive action: the button is red and Cancel gets the initial focus. */
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

/** Asks before an action that cannot be undone; Escape and Cancel both decline. */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId={testId}
      actions={
        <>
          <button type="button" onClick={onCancel} data-autofocus={danger ? true : undefined}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={danger ? 'danger-solid' : 'primary'}
            onClick={onConfirm}
            data-autofocus={danger ? undefined : true}
            data-testid={testId ? `${testId}-confirm` : undefined}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
