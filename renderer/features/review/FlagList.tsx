import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';
import { wordPoint, type ReviewPoint } from './flags';

/**
 * The points to check, worded, in the form's order. Each is a button: it goes to the raw line
 * concerned, or to the field when no line is named.
 */
export function FlagList({ points, onGo }: { points: readonly ReviewPoint[]; onGo: (point: ReviewPoint) => void }) {
  const { t } = useI18n();
  return (
    <section className="review-section review-flags" aria-labelledby="review-flags-heading" data-testid="review-flags">
      <h2 id="review-flags-heading" className="review-heading">
        {t('review.flags.heading')}
      </h2>
      {points.length === 0 ? (
        <p className="review-ok">
          <Icon name="check" /> {t('review.flags.none')}
        </p>
      ) : (
        <ul className="flag-list">
          {points.map((point, i) => {
            const w = wordPoint(point, t);
            const where = point.line !== null ? t('review.flags.goto', { n: point.line + 1 }) : t('review.flags.gotoField');
            return (
              <li key={`${point.code}-${point.line ?? 'f'}-${i}`}>
                <button
                  type="button"
                  className="flag-item"
                  data-testid="review-flag"
                  data-code={point.code}
                  data-flag-field={point.field}
                  title={where}
                  onClick={() => onGo(point)}
                >
                  <Icon name="alert" className="flag-icon" />
                  <span className="flag-text">
                    {w.text}
                    {w.evidence && <code className="flag-evidence">{w.evidence}</code>}
                  </span>
                  {point.line !== null && <span className="flag-line">{t('review.flags.line', { n: point.line + 1 })}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
