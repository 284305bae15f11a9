import { Dialog } from '../../ui/Dialog';
import { useI18n } from '../../i18n/I18nProvider';

interface ConfirmProps {
  title: string;
  text: string;
  confirmLabel: string;
  danger?: boolean;
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no question before an action that replaces what is on screen. */
export function ConfirmDialog({ title, text, confirmLabel, danger, testId, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useI18n();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId={testId}
      actions={
        <>
          <button type="button" onClick={onCancel} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} data-testid={`${testId}-confirm`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="confirm-text">{text}</p>
    </Dialog>
  );
}
