import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { normalizeHref } from '../links';

interface Props {
  /** The href of the link being edited, or null for a new link. */
  current: string | null;
  onApply(href: string): void;
  onRemove(): void;
  onCancel(): void;
}

/** The inline link form under the toolbar: address field, apply, remove (for an existing link), cancel. */
export function LinkForm({ current, onApply, onRemove, onCancel }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState(current ?? '');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const href = normalizeHref(value);
    if (href === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    onApply(href);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form className="ge-bar ge-link-form" aria-label={t('editor.link.form')} onSubmit={submit} onKeyDown={onKeyDown} data-testid="editor-link-form">
      <label htmlFor={`${id}-url`}>{t('editor.link.url')}</label>
      <input
        ref={input}
        id={`${id}-url`}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('editor.link.hint')}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        data-testid="editor-link-url"
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="primary" data-testid="editor-link-apply">
        {t('editor.link.apply')}
      </button>
      {current !== null && (
        <button type="button" className="quiet" onClick={onRemove} data-testid="editor-link-remove">
          {t('editor.link.remove')}
        </button>
      )}
      <button type="button" className="quiet" onClick={onCancel} data-testid="editor-link-cancel">
        {t('common.cancel')}
      </button>
      {invalid && (
        <p id={`${id}-error`} className="ge-bar-error" role="alert">
          {t('editor.link.invalid')}
        </p>
      )}
    </form>
  );
}
