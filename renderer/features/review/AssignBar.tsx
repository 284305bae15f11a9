import type { LineRule } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { ASSIGN_KEYS, RULE_KEYS } from './keys';
import type { Assignment } from './overrides';

/** The re-assign toolbar: one button per destination, with its colour and its key. */
export function AssignBar({ disabled, onAssign }: { disabled: boolean; onAssign: (to: Assignment) => void }) {
  const { t } = useI18n();
  return (
    <div className="assign-bar" role="toolbar" aria-label={t('review.assign.group')}>
      {ASSIGN_KEYS.map(({ key, to }) => {
        const label = to === 'restore' ? t('review.assign.restore') : to === 'dateline' ? t('review.assign.dateline') : t(`review.dest.${to}`);
        const hint = to === 'restore' ? t('review.assign.restoreHint') : t('review.assign.hint', { dest: t(`review.dest.${to}`), key });
        return (
          <button
            key={to}
            type="button"
            className={`assign-button assign-${to}`}
            disabled={disabled}
            title={hint}
            aria-label={hint}
            aria-keyshortcuts={key}
            data-testid={`review-assign-${to}`}
            onClick={() => onAssign(to)}
          >
            <span className={`assign-swatch band-${to === 'restore' ? 'none' : to}`} aria-hidden="true" />
            <span className="assign-label">{label}</span>
            <kbd aria-hidden="true">{key}</kbd>
          </button>
        );
      })}
    </div>
  );
}

interface RuleButtonsProps {
  /** Rules apply to one line at a time. */
  disabled: boolean;
  /** The rule on the selected line, shown as a pressed button (pressing it again forgets it). */
  rule: LineRule | null;
  onRule: (rule: LineRule) => void;
}

/** "Always drop" / "Never drop" this line's text: remembered for later imports. */
export function RuleButtons({ disabled, rule, onRule }: RuleButtonsProps) {
  const { t } = useI18n();
  return (
    <div className="rule-buttons" role="group" aria-label={t('review.rule.group')}>
      {RULE_KEYS.map(({ key, rule: r }) => (
        <button
          key={r}
          type="button"
          className="assign-button quiet"
          disabled={disabled}
          aria-pressed={rule === r}
          title={t(r === 'always-drop' ? 'review.rule.alwaysHint' : 'review.rule.neverHint')}
          aria-keyshortcuts={key}
          data-testid={r === 'always-drop' ? 'review-always-drop' : 'review-never-drop'}
          onClick={() => onRule(r)}
        >
          <span>{t(r === 'always-drop' ? 'review.rule.always' : 'review.rule.never')}</span>
          <kbd aria-hidden="true">{key}</kbd>
        </button>
      ))}
    </div>
  );
}
