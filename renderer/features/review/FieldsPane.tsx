import { memo } from 'react';
import type { SplitField } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';
import { ContactCards } from './ContactCards';
import { isEdited, type FormField, type FormValues } from './fields';
import { FieldMarker } from './FieldLabel';
import { FieldsForm } from './FieldsForm';
import { FlagList } from './FlagList';
import type { ReviewPoint } from './flags';
import { SplitPreview } from './SplitPreview';
import type { ReviewState } from './useReviewState';

interface FieldsPaneProps {
  state: ReviewState;
  values: FormValues;
  points: readonly ReviewPoint[];
  flagged: ReadonlySet<SplitField>;
  askDate: boolean;
  droppedLines: number;
  onGo: (point: ReviewPoint) => void;
  onEdit: <F extends FormField>(field: F, value: FormValues[F]) => void;
  onReset: (field: FormField) => void;
}

/** The right-hand column: points to check, the editable fields, the contacts, the body previews. */
export const FieldsPane = memo(function FieldsPane({ state, values, points, flagged, askDate, droppedLines, onGo, onEdit, onReset }: FieldsPaneProps) {
  const { t } = useI18n();
  return (
    <aside className="fields-pane" aria-label={t('review.fields.heading')}>
      <FlagList points={points} onGo={onGo} />
      <section className="review-section" aria-labelledby="review-fields-heading">
        <h2 id="review-fields-heading" className="review-heading">
          {t('review.fields.heading')}
        </h2>
        <FieldsForm form={state.form} values={values} flagged={flagged} askDate={askDate} onEdit={onEdit} onReset={onReset} />
      </section>
      <section className="review-section" aria-labelledby="review-contacts-heading">
        <div className="review-heading-row">
          <h2 id="review-contacts-heading" className="review-heading">
            {flagged.has('contacts') && <Icon name="alert" className="field-flag-icon" />}
            {t('review.field.contacts')}
          </h2>
          <FieldMarker label={t('review.field.contacts')} edited={isEdited(state.form, 'contacts')} onReset={() => onReset('contacts')} testId="review-contacts" />
        </div>
        <ContactCards contacts={values.contacts} onChange={(next) => onEdit('contacts', next)} />
      </section>
      <SplitPreview split={state.split} droppedLines={droppedLines} flaggedBody={flagged.has('body')} flaggedQuotes={flagged.has('quotes')} />
    </aside>
  );
});
