import { useEffect, useId, useRef } from 'react';
import { SuggestionDiff, type TypoItem } from '../../editor';
import { useI18n } from '../../i18n/I18nProvider';
import { counted } from './count';

const SHOWN = 40;

/**
 * The confirm step of a bulk apply: every change before → after with invisible characters drawn
 * (the first ones, then how many more), Apply and Cancel. Takes the focus on Apply; Esc cancels.
 */
export function BulkConfirm({ items, onConfirm, onCancel }: { items: readonly TypoItem[]; onConfirm: () => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const apply = useRef<HTMLButtonElement>(null);
  useEffect(() => apply.current?.focus(), []);
  const rest = items.length - SHOWN;
  return (
    <div
      className="typo-confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      data-testid="typo-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-title`} className="typo-confirm-title">
        {counted(t, locale, 'typo.confirm.title', items.length)}
      </h3>
      <p className="typo-confirm-hint">{t('typo.confirm.hint')}</p>
      <ol className="typo-confirm-list" data-testid="typo-confirm-list">
        {items.slice(0, SHOWN).map((item) => (
          <li key={`${item.source}:${item.id}`}>
            <SuggestionDiff text={item.text} changes={item.parts} radius={20} />
          </li>
        ))}
      </ol>
      {rest > 0 && <p className="typo-confirm-more">{counted(t, locale, 'typo.confirm.more', rest)}</p>}
      <div className="typo-confirm-actions">
        <button ref={apply} type="button" className="primary" data-testid="typo-confirm-apply" onClick={onConfirm}>
          {t('typo.confirm.apply')}
        </button>
        <button type="button" data-testid="typo-confirm-cancel" onClick={onCancel}>
          {t('typo.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
