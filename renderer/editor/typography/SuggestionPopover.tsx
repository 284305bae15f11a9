import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { ruleById } from '../../../shared/pipeline/typography';
import { useI18n } from '../../i18n/I18nProvider';
import { BeforeAfter } from './SuggestionDiff';
import type { BodyTypography } from './useBodyTypography';

const GAP = 6;
const MARGIN = 8;

/**
 * The explanation of one suggestion beside its underline: the rule's message, before → after with
 * invisible characters drawn, the norm, and Apply / Ignore. Opened from the keyboard it takes the
 * focus (Enter applies, I ignores, Esc closes, Tab stays inside); on hover it does not.
 */
export function SuggestionPopover({ typo, readOnly }: { typo: BodyTypography; readOnly: boolean }) {
  const { t } = useI18n();
  const state = typo.popover;
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!state) return;
    const position = () => {
      // The first line of the underline: a mark wrapped over a line end spans two.
      const rect = state.anchor.getClientRects()[0] ?? state.anchor.getBoundingClientRect();
      const own = box.current?.getBoundingClientRect();
      const width = own?.width ?? 360;
      const height = own?.height ?? 160;
      const below = rect.bottom + GAP + height <= window.innerHeight - MARGIN;
      setPlace({
        top: below ? rect.bottom + GAP : Math.max(MARGIN, rect.top - GAP - height),
        left: Math.min(Math.max(MARGIN, rect.left), window.innerWidth - width - MARGIN),
      });
    };
    position();
    window.addEventListener('scroll', position, true);
    window.addEventListener('resize', position);
    return () => {
      window.removeEventListener('scroll', position, true);
      window.removeEventListener('resize', position);
    };
  }, [state]);

  // Focus once it is placed (a hidden element cannot take the focus), once per opening.
  const focusedFor = useRef<unknown>(null);
  useLayoutEffect(() => {
    if (!state?.focused || !place || focusedFor.current === state) return;
    focusedFor.current = state;
    box.current?.querySelector<HTMLButtonElement>('.typo-popover-actions button:not(:disabled)')?.focus();
  }, [state, place]);

  if (!state) return null;
  const { item } = state;
  const norm = ruleById(item.ruleId)?.norm;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      typo.close();
    } else if ((e.key === 'i' || e.key === 'I') && !e.ctrlKey && !e.metaKey && !e.altKey && !readOnly) {
      e.preventDefault();
      typo.ignore(item);
    } else if (e.key === 'Tab') {
      // A small dialog: Tab cycles through its buttons.
      const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[(at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  };

  return createPortal(
    <div
      ref={box}
      className="typo-popover"
      role="dialog"
      aria-label={t('editor.typo.popover')}
      data-testid="typo-popover"
      data-rule={item.ruleId}
      data-focused={state.focused}
      style={place ? { top: place.top, left: place.left } : { visibility: 'hidden', top: 0, left: 0 }}
      onMouseEnter={() => typo.hovering(true)}
      onMouseLeave={() => typo.hovering(false)}
      onKeyDown={onKeyDown}
    >
      <div className="typo-popover-head">
        <strong className="typo-popover-message">{item.message}</strong>
        <button type="button" className="quiet typo-popover-close" aria-label={t('editor.typo.close')} title={t('editor.typo.close')} onClick={typo.close}>
          ×
        </button>
      </div>
      <div className="typo-popover-diff">
        <BeforeAfter text={item.text} changes={item.parts} />
      </div>
      <p className="typo-popover-norm">
        {norm ? t('editor.typo.norm', { norm }) : null}
        {norm ? ' · ' : null}
        <code>{item.ruleId}</code>
      </p>
      <div className="typo-popover-actions">
        <button type="button" className="primary" disabled={readOnly} data-testid="typo-popover-apply" onClick={() => typo.apply(item)}>
          {t('editor.typo.apply')}
        </button>
        <button type="button" disabled={readOnly} data-testid="typo-popover-ignore" onClick={() => typo.ignore(item)}>
          {t('editor.typo.ignore')}
        </button>
        {state.focused && <span className="typo-popover-hint">{t('editor.typo.hint')}</span>}
      </div>
    </div>,
    document.body,
  );
}
