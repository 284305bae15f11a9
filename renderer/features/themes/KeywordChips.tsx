import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { addKeywords, removeKeywordAt, type KeywordAddResult } from './keywords';

interface KeywordChipsProps {
  /** id of the text input, for its <label htmlFor>. */
  inputId: string;
  keywords: readonly string[];
  onChange(keywords: string[]): void;
  /** Language of the keywords (spell-checking and screen readers). */
  lang: string;
  testId?: string;
}

const REJECTION_KEYS = {
  duplicate: 'themes.keywords.duplicate',
  'too-long': 'themes.keywords.tooLong',
  'too-many': 'themes.keywords.tooMany',
} as const;

/**
 * A list of keywords as removable chips, with a text field that adds them: Enter, comma or
 * semicolon adds what was typed; pasting a list adds each piece; Backspace in the empty field
 * removes the last chip; leaving the field keeps what was typed (nothing typed is lost).
 */
export function KeywordChips({ inputId, keywords, onChange, lang, testId }: KeywordChipsProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [feedback, setFeedback] = useState('');

  const commit = (entry: string): KeywordAddResult => {
    const result = addKeywords(keywords, entry);
    if (result.keywords.length !== keywords.length) onChange(result.keywords);
    const first = result.rejected[0];
    setFeedback(first ? t(REJECTION_KEYS[first.reason], { keyword: first.keyword }) : '');
    return result;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'Enter' || e.key === ',' || e.key === ';') && draft.trim() !== '') {
      e.preventDefault();
      commit(draft);
      setDraft('');
    } else if (e.key === 'Backspace' && draft === '' && keywords.length > 0) {
      e.preventDefault();
      onChange(keywords.slice(0, -1));
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[,;\n]/.test(text)) return;
    e.preventDefault();
    commit(draft + text);
    setDraft('');
  };

  return (
    <div className="keyword-chips" data-testid={testId}>
      <ul className="keyword-chip-list" lang={lang}>
        {keywords.map((keyword, index) => (
          <li key={`${index}:${keyword}`} className="keyword-chip">
            <span>{keyword}</span>
            <button
              type="button"
              className="keyword-chip-remove"
              aria-label={t('themes.keywords.remove', { keyword })}
              onClick={() => onChange(removeKeywordAt(keywords, index))}
            >
              ×
            </button>
          </li>
        ))}
        <li className="keyword-chip-entry">
          <input
            id={inputId}
            type="text"
            lang={lang}
            value={draft}
            placeholder={t('themes.keywords.placeholder')}
            aria-describedby={`${inputId}-feedback`}
            onChange={(e) => {
              setDraft(e.target.value);
              if (feedback) setFeedback('');
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => {
              if (draft.trim() === '') return;
              commit(draft);
              setDraft('');
            }}
          />
        </li>
      </ul>
      <p id={`${inputId}-feedback`} className="field-error" aria-live="polite">
        {feedback}
      </p>
    </div>
  );
}
