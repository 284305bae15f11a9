import { useI18n } from '../../i18n/I18nProvider';

/**
 * What the invisible-character highlights mean, shown while they are visible: the no-break space
 * (⎵), the narrow no-break space (⍽) and the soft hyphen (dotted underline), each in its colour.
 */
export function InvisiblesLegend() {
  const { t } = useI18n();
  return (
    <div className="ge-bar ge-legend" role="note" aria-label={t('editor.typo.legend')} data-testid="invisibles-legend">
      <span className="ge-legend-item">
        <span className="ge-legend-swatch ge-legend-nbsp" aria-hidden="true">⎵</span>
        {t('editor.typo.mark.nbsp')}
      </span>
      <span className="ge-legend-item">
        <span className="ge-legend-swatch ge-legend-nnbsp" aria-hidden="true">⍽</span>
        {t('editor.typo.mark.nnbsp')}
      </span>
      <span className="ge-legend-item">
        <span className="ge-legend-swatch ge-legend-shy" aria-hidden="true">a¬</span>
        {t('editor.typo.mark.shy')}
      </span>
    </div>
  );
}
