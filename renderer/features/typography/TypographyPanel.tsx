import { useCallback, useId, useRef, useState } from 'react';
import type { TypoItem, TypoSnapshot, TypoStore } from '../../editor';
import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { BulkConfirm } from './BulkConfirm';
import { counted } from './count';
import { RuleGroupView } from './RuleGroupView';
import './typographyPanel.css';

interface Props {
  store: TypoStore;
  snapshot: TypoSnapshot;
  readOnly: boolean;
  onClose(): void;
}

/**
 * The typography side panel: suggestions grouped by rule with counts (announced politely as they
 * change), apply or ignore one, apply a whole rule or everything after a before → after preview;
 * each bulk apply is one undo step in the body editor. F8 / Shift+F8 walk the suggestions in the text.
 */
export function TypographyPanel({ store, snapshot, readOnly, onClose }: Props) {
  const { t, locale } = useI18n();
  const { notify } = useApp();
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [confirming, setConfirming] = useState<string | null>(null);
  const total = snapshot.items.length;

  const focusSoon = (selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());

  const applyBulk = useCallback(
    (rule: string | null) => {
      // Taken from the snapshot now, not when the preview opened: the text may have changed since.
      const items = store.getSnapshot().items.filter((i) => rule === null || i.ruleId === rule);
      const applied = store.apply(items);
      setConfirming(null);
      if (applied > 0) notify(counted(t, locale, 'typo.applied', applied), 'success');
      focusSoon('[data-testid="typo-apply-all"], [data-testid="typo-close"]');
    },
    [store, notify, t, locale],
  );

  const applyOne = (item: TypoItem) => {
    store.apply([item]);
    focusSoon(`[data-rule="${item.ruleId}"] [data-testid="typo-apply-one"], [data-testid="typo-apply-all"], [data-testid="typo-close"]`);
  };
  const ignoreOne = (item: TypoItem) => {
    store.ignore([item]);
    focusSoon(`[data-rule="${item.ruleId}"] [data-testid="typo-ignore-one"], [data-testid="typo-apply-all"], [data-testid="typo-close"]`);
  };

  const toggle = (rule: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(rule)) next.delete(rule);
      else next.add(rule);
      return next;
    });

  return (
    <section ref={root} className="typo-panel" aria-labelledby={`${id}-title`} data-testid="typo-panel">
      <header className="typo-panel-head">
        <h2 id={`${id}-title`} className="typo-panel-title">
          {t('typo.panel')}
        </h2>
        <button type="button" className="quiet typo-panel-close" aria-label={t('typo.close')} title={t('typo.close')} data-testid="typo-close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="typo-panel-summary">
        <span className="typo-count" role="status" aria-live="polite" data-testid="typo-count" data-count={snapshot.ready ? total : ''}>
          {!snapshot.ready ? t('typo.computing') : total === 0 ? t('typo.count.zero') : counted(t, locale, 'typo.count', total)}
        </span>
        {!readOnly && total > 0 && confirming !== 'all' && (
          <button type="button" className="primary" data-testid="typo-apply-all" aria-label={t('typo.applyAll.label', { count: total })} onClick={() => setConfirming('all')}>
            {t('typo.applyAll')}
          </button>
        )}
      </div>
      {confirming === 'all' && <BulkConfirm items={snapshot.items} onConfirm={() => applyBulk(null)} onCancel={() => setConfirming(null)} />}
      {snapshot.ready && total === 0 && <p className="typo-empty">{t('typo.empty')}</p>}
      <ul className="typo-groups">
        {snapshot.groups.map((group) => (
          <RuleGroupView
            key={group.ruleId}
            group={group}
            open={open.has(group.ruleId)}
            confirming={confirming === group.ruleId}
            readOnly={readOnly}
            onToggle={() => toggle(group.ruleId)}
            onApplyRule={() => setConfirming(group.ruleId)}
            onConfirm={() => applyBulk(group.ruleId)}
            onCancel={() => {
              setConfirming(null);
              focusSoon(`[data-rule="${group.ruleId}"] [data-testid="typo-apply-rule"]`);
            }}
            onApply={applyOne}
            onIgnore={ignoreOne}
            onShow={(item) => store.reveal(item)}
          />
        ))}
      </ul>
      <p className="typo-keys">{t('typo.keys')}</p>
    </section>
  );
}
