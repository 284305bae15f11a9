import { useId, useMemo, useState } from 'react';
import type { TypographySettings } from '../../../shared/domain';
import { RULES } from '../../../shared/pipeline/typography';
import { useI18n } from '../../i18n/I18nProvider';
import { ruleGroups, withRule } from './typographySettings';

interface TypographyRulesProps {
  value: TypographySettings;
  onChange(next: TypographySettings): void;
}

/** One toggle per typography rule, grouped by language, with a filter (there are many rules). */
export function TypographyRules({ value, onChange }: TypographyRulesProps) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState('');
  const id = useId();
  const groups = useMemo(() => ruleGroups(filter, lang), [filter, lang]);
  const disabled = useMemo(() => new Set(value.disabledRules), [value.disabledRules]);
  const on = RULES.filter((r) => !disabled.has(r.id)).length;

  return (
    <div className="typo-settings-rules">
      <div className="typo-settings-rules-head">
        <h3 id={`${id}-title`}>{t('settings.typo.rules')}</h3>
        <span className="settings-hint">{t('settings.typo.rules.count', { on, total: RULES.length })}</span>
      </div>
      <p className="settings-hint">{t('settings.typo.rules.hint')}</p>
      <input
        type="search"
        className="typo-settings-filter"
        aria-label={t('settings.typo.rules.filter')}
        placeholder={t('settings.typo.rules.filterPlaceholder')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        data-testid="typography-rule-filter"
      />
      <div className="typo-settings-groups" aria-labelledby={`${id}-title`} role="group">
        {groups.length === 0 && <p className="settings-hint">{t('settings.typo.rules.none', { filter })}</p>}
        {groups.map((g) => (
          <fieldset key={g.key} className="typo-settings-group">
            <legend>{t(`settings.typo.group.${g.key}`)}</legend>
            <ul>
              {g.rules.map((r) => (
                <li key={r.id}>
                  <label className="typo-settings-rule" data-testid="typography-rule-toggle" data-rule={r.id}>
                    <input type="checkbox" checked={!disabled.has(r.id)} onChange={(e) => onChange(withRule(value, r.id, e.target.checked))} />
                    <span className="typo-settings-rule-text">
                      <span>{r.message[lang]}</span>
                      <span className="typo-settings-rule-meta">
                        <code>{r.id}</code> · {r.norm}
                        {r.safe && <> · {t('settings.typo.safe')}</>}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
