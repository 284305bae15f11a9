import { useI18n } from '../../i18n/I18nProvider';
import { BANDS, type Band } from './bands';

/** What each colour band means, with how many lines show it. */
export function Legend({ counts }: { counts: Record<Band, number> }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  return (
    <ul className="review-legend" aria-label={t('review.legend.label')} data-testid="review-legend">
      {BANDS.map((band) => (
        <li key={band} className="legend-item" data-band={band} data-empty={counts[band] === 0 || undefined}>
          <span className={`legend-swatch band-${band}`} aria-hidden="true" />
          <span>{t(`review.dest.${band}`)}</span>
          <span className="legend-count">{number.format(counts[band])}</span>
        </li>
      ))}
    </ul>
  );
}
