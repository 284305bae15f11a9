import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom, right-aligned. */
  actions?: ReactNode;
  wide?: boolean;
  /** Extra class on the <dialog> (e.g. a width of its own). */
  className?: string;
  /** Accessible name for tests and screen readers when the title is not enough. */
  testId?: string;
}

/**
 * A modal dialog on the native <dialog> element: focus trapped, Escape closes, focus restored.
 * Mark the element that should get the initial focus with `data-autofocus`.
 */
export function Dialog({ title, onClose, children, actions, wide, className, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element (the close button); a field or the main
    // action marked data-autofocus is where the user wants to start.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={['dialog', wide && 'dialog-wide', className].filter(Boolean).join(' ')}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {actions && <footer className="dialog-actions">{actions}</footer>}
    </dialog>
  );
}
