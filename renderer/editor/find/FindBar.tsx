import { IS_APPLE } from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChevronDownIcon, ChevronRightIcon, ChevronUpIcon, CloseIcon } from '../icons';
import { titled } from '../keys';
import type { Find } from './useFind';

/**
 * The find / replace bar. Enter / Shift+Enter go to the next / previous match, Enter in the
 * replace field replaces the current match, Escape closes the bar and gives the focus back.
 */
export function FindBar({ find, readOnly }: { find: Find; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const id = useId();
  const queryInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const [announce, setAnnounce] = useState('');
  const showReplace = find.mode === 'replace';

  // Focus on every open (Ctrl+F again selects the query for retyping; Ctrl+H goes to the replacement when there is a query).
  useEffect(() => {
    const target = showReplace && find.query !== '' ? replaceInput.current : queryInput.current;
    target?.focus();
    target?.select();
    // Only when opened again, not when the query changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [find.openCount, showReplace]);

  const number = (n: number) => n.toLocaleString(locale);
  const count = find.query === '' ? '' : find.total === 0 ? t('editor.find.none') : t('editor.find.count', { current: number(find.current + 1), total: number(find.total) });

  const onKeys = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = IS_APPLE ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
    const key = e.key.toLowerCase();
    const reopen = mod && !e.altKey && !e.shiftKey && (key === 'f' || key === 'h') ? (key === 'f' ? 'find' : 'replace') : null;
    if (e.key !== 'Escape' && reopen === null) return;
    // Handled here, so the app-wide shortcut does not run it a second time.
    e.preventDefault();
    e.stopPropagation();
    if (reopen) find.open(reopen === 'replace' && readOnly ? 'find' : reopen);
    else find.close();
  };
  const onQueryKeys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (e.shiftKey) find.previous();
    else find.next();
  };
  const onReplaceKeys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    find.replaceOne();
  };
  const replaceAll = () => {
    const n = find.replaceAll();
    setAnnounce(t(new Intl.PluralRules(locale).select(n) === 'one' ? 'editor.find.replaced.one' : 'editor.find.replaced.other', { count: number(n) }));
  };

  return (
    <div className="ge-bar ge-find" role="search" aria-label={t('editor.find.region')} onKeyDown={onKeys} data-testid="editor-find-bar">
      <div className="ge-find-row">
        <button
          type="button"
          className="ge-tool"
          aria-label={t('editor.find.showReplace')}
          title={titled(t, t('editor.find.showReplace'), ['mod', 'h'])}
          aria-expanded={showReplace}
          disabled={readOnly}
          onClick={() => find.open(showReplace ? 'find' : 'replace')}
          data-testid="editor-find-toggle-replace"
        >
          {showReplace ? <ChevronDownIcon /> : <ChevronRightIcon />}
        </button>
        <label className="visually-hidden" htmlFor={`${id}-q`}>
          {t('editor.find.query')}
        </label>
        <input
          ref={queryInput}
          id={`${id}-q`}
          type="text"
          className="ge-find-input"
          placeholder={t('editor.find.query')}
          autoComplete="off"
          spellCheck={false}
          value={find.query}
          onChange={(e) => {
            setAnnounce('');
            find.setQuery(e.target.value);
          }}
          onKeyDown={onQueryKeys}
          aria-describedby={`${id}-count`}
          data-testid="editor-find-input"
        />
        <span id={`${id}-count`} className="ge-find-count" aria-live="polite" data-testid="editor-find-count">
          {count}
        </span>
        <button type="button" className="ge-tool" aria-label={t('editor.find.previous')} title={titled(t, t('editor.find.previous'), ['shift', 'enter'])} disabled={find.total === 0} onClick={find.previous} data-testid="editor-find-previous">
          <ChevronUpIcon />
        </button>
        <button type="button" className="ge-tool" aria-label={t('editor.find.next')} title={titled(t, t('editor.find.next'), ['enter'])} disabled={find.total === 0} onClick={find.next} data-testid="editor-find-next">
          <ChevronDownIcon />
        </button>
        <label className="ge-check">
          <input type="checkbox" checked={find.options.caseInsensitive} onChange={(e) => find.setOption('caseInsensitive', e.target.checked)} data-testid="editor-find-case" />
          {t('editor.find.case')}
        </label>
        <label className="ge-check">
          <input type="checkbox" checked={find.options.accentInsensitive} onChange={(e) => find.setOption('accentInsensitive', e.target.checked)} data-testid="editor-find-accents" />
          {t('editor.find.accents')}
        </label>
        <span className="ge-spacer" />
        <button type="button" className="ge-tool" aria-label={t('editor.find.close')} title={titled(t, t('editor.find.close'), ['escape'])} onClick={find.close} data-testid="editor-find-close">
          <CloseIcon />
        </button>
      </div>
      {showReplace && (
        <div className="ge-find-row ge-replace-row">
          <label className="visually-hidden" htmlFor={`${id}-r`}>
            {t('editor.find.replacement')}
          </label>
          <input
            ref={replaceInput}
            id={`${id}-r`}
            type="text"
            className="ge-find-input"
            placeholder={t('editor.find.replacement')}
            autoComplete="off"
            spellCheck={false}
            value={find.replacement}
            onChange={(e) => {
              setAnnounce('');
              find.setReplacement(e.target.value);
            }}
            onKeyDown={onReplaceKeys}
            disabled={readOnly}
            data-testid="editor-replace-input"
          />
          <button type="button" disabled={readOnly || find.total === 0} onClick={find.replaceOne} data-testid="editor-replace-one">
            {t('editor.find.replace')}
          </button>
          <button type="button" disabled={readOnly || find.total === 0} onClick={replaceAll} data-testid="editor-replace-all">
            {t('editor.find.replaceAll')}
          </button>
          <span className="ge-find-count" role="status" data-testid="editor-replace-status">
            {announce}
          </span>
        </div>
      )}
    </div>
  );
}
