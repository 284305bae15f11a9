import { useId, useState } from 'react';
import { MAX_PASTE_CHARS } from '../../../shared/api';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { pastedTextName } from './report';

/** Longest name a pasted text may carry (the contract's file-name limit). */
const MAX_NAME = 260;

interface PasteDialogProps {
  initialText: string;
  onSubmit(name: string, text: string): void;
  onClose(): void;
}

/** Paste raw text as a new release: a name (prefilled with the date) and the text. */
export function PasteDialog({ initialText, onSubmit, onClose }: PasteDialogProps) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(() => pastedTextName(t, new Date()));
  const [text, setText] = useState(initialText);
  const nameId = useId();
  const textId = useId();
  const hintId = useId();
  const tooLong = text.length > MAX_PASTE_CHARS;
  const canSubmit = text.trim().length > 0 && !tooLong;
  const submit = () => {
    if (!canSubmit) return;
    onSubmit(name.trim().slice(0, MAX_NAME) || pastedTextName(t, new Date()), text);
  };
  return (
    <Dialog
      title={t('import.paste.title')}
      onClose={onClose}
      wide
      testId="paste-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={!canSubmit} onClick={submit} data-testid="paste-submit">
            {t('import.paste.submit')}
          </button>
        </>
      }
    >
      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="paste-field">
          <label htmlFor={nameId}>{t('import.paste.nameLabel')}</label>
          <input id={nameId} type="text" value={name} maxLength={MAX_NAME} onChange={(e) => setName(e.target.value)} data-testid="paste-name" />
        </div>
        <div className="paste-field paste-field-grow">
          <label htmlFor={textId}>{t('import.paste.textLabel')}</label>
          <textarea
            id={textId}
            value={text}
            rows={16}
            spellCheck={false}
            placeholder={t('import.paste.placeholder')}
            aria-describedby={hintId}
            aria-invalid={tooLong || undefined}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl/Cmd+Enter imports without reaching for the mouse.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
            data-autofocus
            data-testid="paste-text"
          />
          <p id={hintId} className={tooLong ? 'paste-hint paste-hint-error' : 'paste-hint'}>
            {tooLong ? t('import.paste.tooLong', { max: new Intl.NumberFormat(locale).format(MAX_PASTE_CHARS) }) : t('import.paste.hint')}
          </p>
        </div>
      </form>
    </Dialog>
  );
}
