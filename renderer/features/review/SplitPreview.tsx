import { memo, useState } from 'react';
import type { SplitFields } from '../../../shared/domain';
import { plural } from '../../app/plural';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';

/** Paragraphs shown before "show all". */
const PREVIEW_LIMIT = 120;

/**
 * Read-only previews of what the split makes of the body: the paragraphs, the quotes with their
 * speakers, and how many lines were dropped. They change by re-assigning lines, not by typing.
 */
interface PreviewProps {
  split: SplitFields;
  /** Raw lines with dropped text (as the legend counts them). */
  droppedLines: number;
  flaggedBody: boolean;
  flaggedQuotes: boolean;
}

export const SplitPreview = memo(function SplitPreview({ split, droppedLines, flaggedBody, flaggedQuotes }: PreviewProps) {
  const { t, locale } = useI18n();
  // A page of hundreds of paragraphs would make every re-split slow to show: the first ones are
  // enough to judge the split, the rest on request.
  const [all, setAll] = useState(false);
  const shown = all ? split.paragraphs : split.paragraphs.slice(0, PREVIEW_LIMIT);
  return (
    <>
      <section className="review-section" aria-labelledby="review-body-heading" data-field="body" tabIndex={-1}>
        <h2 id="review-body-heading" className="review-heading">
          {flaggedBody && <Icon name="alert" className="field-flag-icon" />}
          {t('review.field.body')}
          <span className="review-count" data-testid="review-paragraph-count">
            {plural(t, locale, { one: 'review.preview.paragraphs.one', other: 'review.preview.paragraphs.other' }, split.paragraphs.length)}
          </span>
        </h2>
        <p className="review-note">{t('review.preview.note')}</p>
        {split.paragraphs.length === 0 ? (
          <p className="review-empty">{t('review.preview.noParagraphs')}</p>
        ) : (
          <ol className="review-paragraphs">
            {shown.map((p, i) => (
              <li key={i} className="review-paragraph" data-testid="review-paragraph" lang={split.language}>
                {p}
              </li>
            ))}
          </ol>
        )}
        {shown.length < split.paragraphs.length && (
          <button type="button" className="quiet review-show-all" onClick={() => setAll(true)} data-testid="review-show-all">
            {t('review.preview.showAll', { count: new Intl.NumberFormat(locale).format(split.paragraphs.length) })}
          </button>
        )}
      </section>
      <section className="review-section" aria-labelledby="review-quotes-heading" data-field="quotes" tabIndex={-1}>
        <h2 id="review-quotes-heading" className="review-heading">
          {flaggedQuotes && <Icon name="alert" className="field-flag-icon" />}
          {t('review.field.quotes')}
          <span className="review-count">{new Intl.NumberFormat(locale).format(split.quotes.length)}</span>
        </h2>
        {split.quotes.length === 0 ? (
          <p className="review-empty">{t('review.preview.noQuotes')}</p>
        ) : (
          <ul className="review-quotes">
            {split.quotes.map((q, i) => (
              <li key={i} className="review-quote" data-testid="review-quote" data-speaker={q.speaker ?? ''}>
                <blockquote lang={split.language}>{q.text}</blockquote>
                <span className={q.speaker ? 'review-speaker' : 'review-speaker is-unknown'}>— {q.speaker ?? t('review.preview.speakerUnknown')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="review-dropped" data-testid="review-dropped-count" data-count={droppedLines}>
        {plural(t, locale, { one: 'review.preview.dropped.one', other: 'review.preview.dropped.other' }, droppedLines)}
      </p>
    </>
  );
});
