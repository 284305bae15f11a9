import { useId, useState } from 'react';
import { SuggestionDiff, type RuleGroup, type TypoItem } from '../../editor';
import { useI18n } from '../../i18n/I18nProvider';
import { BulkConfirm } from './BulkConfirm';

const PAGE = 50;

interface Props {
  group: RuleGroup;
  open: boolean;
  confirming: boolean;
  readOnly: boolean;
  onToggle(): void;
  onApplyRule(): void;
  onConfirm(): void;
  onCancel(): void;
  onApply(item: TypoItem): void;
  onIgnore(item: TypoItem): void;
  onShow(item: TypoItem): void;
}

/** One rule in the panel: its explanation and count, "apply this rule", and its suggestions. */
export function RuleGroupView(p: Props) {
  const { t } = useI18n();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  const { group } = p;
  const count = group.items.length;
  const rest = count - shown;
  return (
    <li className="typo-group" data-testid="typo-group" data-rule={group.ruleId} data-count={count}>
      <button
        type="button"
        className="typo-group-toggle"
        aria-expanded={p.open}
        aria-controls={`${id}-items`}
        aria-label={`${t('typo.expand', { rule: group.message })} (${count})`}
        data-testid="typo-group-toggle"
        onClick={p.onToggle}
      >
        <span className="typo-chevron" aria-hidden="true" />
        <span className="typo-group-message">{group.message}</span>
        <span className="typo-group-count" aria-hidden="true">
          {count}
        </span>
      </button>
      <div className="typo-group-meta">
        <code className="typo-rule-id">{group.ruleId}</code>
        {group.norm && <span> · {t('typo.norm', { norm: group.norm })}</span>}
      </div>
      {!p.readOnly && !p.confirming && (
        <button type="button" className="typo-group-apply" data-testid="typo-apply-rule" aria-label={t('typo.applyRule.label', { count, rule: group.message })} onClick={p.onApplyRule}>
          {t('typo.applyRule')}
        </button>
      )}
      {p.confirming && <BulkConfirm items={group.items} onConfirm={p.onConfirm} onCancel={p.onCancel} />}
      {p.open && (
        <ul id={`${id}-items`} className="typo-items">
          {group.items.slice(0, shown).map((item) => (
            <li key={`${item.source}:${item.id}`} className="typo-item" data-testid="typo-item" data-source={item.source}>
              {item.source !== 'body' && <span className="typo-item-source">{t(`release.field.${item.source}`)}</span>}
              {item.source === 'body' ? (
                <button type="button" className="typo-item-text" title={t('typo.show')} data-testid="typo-show-one" onClick={() => p.onShow(item)}>
                  <SuggestionDiff text={item.text} changes={item.parts} radius={22} />
                </button>
              ) : (
                <span className="typo-item-text">
                  <SuggestionDiff text={item.text} changes={item.parts} radius={22} />
                </span>
              )}
              {!p.readOnly && (
                <span className="typo-item-actions">
                  <button type="button" className="typo-small" data-testid="typo-apply-one" aria-label={t('typo.applyOne.label', { message: item.message })} onClick={() => p.onApply(item)}>
                    {t('typo.applyOne')}
                  </button>
                  <button type="button" className="typo-small quiet" data-testid="typo-ignore-one" aria-label={t('typo.ignoreOne.label')} onClick={() => p.onIgnore(item)}>
                    {t('typo.ignoreOne')}
                  </button>
                </span>
              )}
            </li>
          ))}
          {rest > 0 && (
            <li>
              <button type="button" className="quiet typo-more" onClick={() => setShown((n) => n + PAGE)}>
                {t('typo.more', { count: Math.min(rest, PAGE) })}
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
