import type { ReleaseStatus } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';

interface ReviewHeaderProps {
  title: string;
  sourceName: string;
  status: ReleaseStatus;
  pipelineCurrent: boolean;
  /** Position in a queue of several releases; null for a single review. */
  progress: { position: number; total: number } | null;
  backTo: 'library' | 'release';
  hasNext: boolean;
  confirming: boolean;
  updating: boolean;
  onBack: () => void;
  onSkip: () => void;
  onRerun: () => void;
  onConfirm: () => void;
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Top bar of the review: way back, what is reviewed, the queue, re-run and confirm. */
export function ReviewHeader(p: ReviewHeaderProps) {
  const { t } = useI18n();
  const keys = isMac() ? '⌘↩' : `Ctrl+${t('review.key.enter')}`;
  return (
    <header className="review-header">
      <button
        type="button"
        className="quiet review-back"
        aria-label={t(p.backTo === 'release' ? 'review.back.releaseLabel' : 'review.back.libraryLabel')}
        data-testid="review-back"
        onClick={p.onBack}
      >
        <span aria-hidden="true">←</span> {t(p.backTo === 'release' ? 'review.back.release' : 'review.back.library')}
      </button>
      <div className="review-heading-block">
        <h1 className="review-title" title={p.title} data-testid="review-title">
          {p.title.trim() || t('review.untitled')}
        </h1>
        <div className="review-subline">
          <span className="review-kicker">{t('review.title')}</span>
          <span aria-hidden="true">·</span>
          <span className="review-source" title={p.sourceName}>
            {t('review.source', { name: p.sourceName })}
          </span>
          {p.status !== 'imported' && <span className="review-pill">{t('review.status.reviewed')}</span>}
          {!p.pipelineCurrent && <span className="review-pill review-pill-accent">{t('review.rerun.newer')}</span>}
          {p.updating && (
            <span className="review-updating" role="status">
              <Spinner size={12} decorative /> {t('review.updating')}
            </span>
          )}
        </div>
      </div>
      <div className="review-actions">
        {p.progress && (
          <>
            <span className="review-progress" data-testid="review-queue-progress" role="status" aria-label={t('review.queue.label', p.progress)}>
              {t('review.queue.progress', p.progress)}
            </span>
            <button type="button" className="quiet" data-testid="review-skip" title={t('review.skipLabel')} aria-label={t('review.skipLabel')} onClick={p.onSkip}>
              {t('review.skip')}
            </button>
          </>
        )}
        <button type="button" className={p.pipelineCurrent ? undefined : 'review-rerun-hot'} data-testid="rerun-button" onClick={p.onRerun}>
          <Icon name="restore" />
          {t('review.rerun')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="review-confirm"
          title={t('review.confirmHint', { keys })}
          aria-keyshortcuts={isMac() ? 'Meta+Enter' : 'Control+Enter'}
          disabled={p.confirming}
          onClick={p.onConfirm}
        >
          {p.confirming ? <Spinner size={14} decorative /> : <Icon name="check" />}
          {t(p.hasNext ? 'review.confirmNext' : 'review.confirm')}
          <kbd className="review-kbd" aria-hidden="true">
            {keys}
          </kbd>
        </button>
      </div>
    </header>
  );
}
