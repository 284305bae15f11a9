import type { ReleaseId } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { describeError } from '../../app/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Spinner } from '../../ui/Spinner';
import { exitView, nextInQueue, type ReviewView as ReviewViewModel } from './queue';
import { ReviewWorkspace } from './ReviewWorkspace';
import { endReview, noteOutcome, sessionFor } from './session';
import { useReviewData } from './useReviewData';
import './review.css';

/**
 * The review screen for view `{ name: 'review', id, queue }`: loads the release's split, then
 * shows the workspace. A release that cannot be reviewed (deleted, no source) can be skipped so
 * the rest of the queue still goes through.
 */
export function ReviewView({ view }: { view: ReviewViewModel }) {
  const { t } = useI18n();
  const { navigate } = useApp();
  const { state, reload } = useReviewData(view.id as ReleaseId);

  if (state.kind === 'ready') {
    return <ReviewWorkspace key={state.generation} view={view} load={state.value} onReload={reload} />;
  }
  const next = nextInQueue(view);
  const leave = () => {
    const session = sessionFor(view);
    endReview();
    navigate(exitView(session));
  };
  return (
    <section className="review-view review-view-status" data-testid="review-view" data-loading={state.kind === 'loading'}>
      {state.kind === 'loading' ? (
        <p role="status" className="review-loading">
          <Spinner size={16} decorative /> {t('review.loading')}
        </p>
      ) : (
        <div className="review-load-failed" role="alert">
          <p>
            <strong>{t('review.loadFailed')}</strong> {describeError(state.error, t)}
          </p>
          <div className="review-load-actions">
            <button type="button" onClick={leave}>
              {t(exitView(sessionFor(view)).name === 'release' ? 'review.back.releaseLabel' : 'review.back.libraryLabel')}
            </button>
            {next && (
              <button
                type="button"
                data-testid="review-skip"
                onClick={() => {
                  noteOutcome(view, 'skipped');
                  navigate(next);
                }}
              >
                {t('review.skip')}
              </button>
            )}
            <button type="button" className="primary" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
