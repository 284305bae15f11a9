import { useId } from 'react';
import { LANGUAGES, type IsoDate, type Language, type SplitField } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { isEdited, type FormField, type FormState, type FormValues } from './fields';
import { FieldLabel } from './FieldLabel';

interface FieldsFormProps {
  form: FormState;
  values: FormValues;
  flagged: ReadonlySet<SplitField>;
  /** No date found: the date field asks for one. */
  askDate: boolean;
  onEdit: <F extends FormField>(field: F, value: FormValues[F]) => void;
  onReset: (field: FormField) => void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Title, subtitle, dateline, date and language, each marked auto or edited. */
export function FieldsForm({ form, values, flagged, askDate, onEdit, onReset }: FieldsFormProps) {
  const { t } = useI18n();
  const id = useId();
  const label = (field: FormField, testId: string, text: string) => (
    <FieldLabel htmlFor={`${id}-${field}`} label={text} edited={isEdited(form, field)} flagged={flagged.has(field)} onReset={() => onReset(field)} testId={testId} />
  );
  const cls = (field: FormField) => `review-field${flagged.has(field) ? ' is-flagged' : ''}`;
  return (
    <div className="review-form">
      <div className={cls('title')}>
        {label('title', 'review-field-title', t('review.field.title'))}
        <textarea
          id={`${id}-title`}
          className="review-title-input"
          rows={2}
          value={values.title}
          data-field="title"
          data-testid="review-field-title"
          // A title is one line: it wraps on screen, but Enter does not break it.
          onKeyDown={(e) => e.key === 'Enter' && !e.ctrlKey && !e.metaKey && e.preventDefault()}
          onChange={(e) => onEdit('title', e.target.value.replace(/[\r\n]+/g, ' '))}
        />
      </div>
      <div className={cls('subtitle')}>
        {label('subtitle', 'review-field-subtitle', t('review.field.subtitle'))}
        <textarea id={`${id}-subtitle`} rows={2} value={values.subtitle} data-field="subtitle" data-testid="review-field-subtitle" onChange={(e) => onEdit('subtitle', e.target.value)} />
      </div>
      <div className="review-field-row">
        <div className={cls('dateline')}>
          {label('dateline', 'review-field-dateline', t('review.field.dateline'))}
          <input id={`${id}-dateline`} type="text" value={values.dateline} data-field="dateline" data-testid="review-field-dateline" onChange={(e) => onEdit('dateline', e.target.value)} />
        </div>
        <div className={`${cls('date')}${askDate ? ' is-asking' : ''}`}>
          {label('date', 'review-field-date', t('review.field.date'))}
          <div className="review-date">
            <input
              id={`${id}-date`}
              type="date"
              value={values.date ?? ''}
              data-field="date"
              data-testid="review-field-date"
              aria-describedby={askDate ? `${id}-date-ask` : undefined}
              aria-invalid={askDate || undefined}
              onChange={(e) => onEdit('date', ISO.test(e.target.value) ? (e.target.value as IsoDate) : null)}
            />
            {values.date && (
              <button type="button" className="icon-button" aria-label={t('review.date.clear')} title={t('review.date.clear')} onClick={() => onEdit('date', null)}>
                ×
              </button>
            )}
          </div>
          {askDate && (
            <p id={`${id}-date-ask`} className="review-date-ask" data-testid="review-date-ask">
              {t('review.flag.no-date')}
            </p>
          )}
        </div>
      </div>
      <div className={cls('language')}>
        {label('language', 'review-field-language', t('review.field.language'))}
        <select id={`${id}-language`} value={values.language} data-field="language" data-testid="review-field-language" onChange={(e) => onEdit('language', e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`review.language.${l}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
