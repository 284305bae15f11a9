import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';

interface MarkerProps {
  /** The field's name, for the reset button's label. */
  label: string;
  edited: boolean;
  onReset: () => void;
  testId: string;
}

/**
 * Where a field's value comes from: "auto" (the split's, follows re-assigns) or "edited" (the
 * user's, kept across re-assigns) with a button back to the automatic value.
 */
export function FieldMarker({ label, edited, onReset, testId }: MarkerProps) {
  const { t } = useI18n();
  if (!edited) {
    return (
      <span className="field-marker" data-testid={`${testId}-marker`} data-state="auto" title={t('review.marker.autoHint')}>
        {t('review.marker.auto')}
      </span>
    );
  }
  const reset = t('review.marker.reset', { field: label });
  return (
    <span className="field-marker field-marker-edited" data-testid={`${testId}-marker`} data-state="edited">
      {t('review.marker.edited')}
      <button type="button" className="field-reset" aria-label={reset} title={reset} data-testid={`${testId}-reset`} onClick={onReset}>
        <Icon name="restore" size={13} />
      </button>
    </span>
  );
}

/** A field's label, a warning mark when the field is flagged, and its marker. */
export function FieldLabel({ htmlFor, flagged, ...marker }: MarkerProps & { htmlFor: string; flagged: boolean }) {
  return (
    <div className="field-label-row">
      <label htmlFor={htmlFor}>
        {flagged && <Icon name="alert" className="field-flag-icon" />}
        {marker.label}
      </label>
      <FieldMarker {...marker} />
    </div>
  );
}
