import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api';
import type { ReleaseId, ReviewData } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { announceChange } from '../../app/changes';
import { plural } from '../../app/plural';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { confirmFields } from './fields';
import { exitView, nextInQueue, queueProgress, type ReviewView } from './queue';
import { endReview, noteOutcome, sessionFor } from './session';
import type { ReviewState } from './useReviewState';

interface FlowDeps {
  view: ReviewView;
  data: ReviewData;
  settled: () => Promise<void>;
  current: () => ReviewState;
  unsaved: () => boolean;
  onReload: () => void;
}

/**
 * Moving through a review session: confirm (asking first when the release was edited since its
 * import), skip, go back, and the end of the queue with a summary. Confirm waits for the last
 * re-split so the fields sent are the ones on screen.
 */
export function useReviewFlow({ view, data, settled, current, unsaved, onReload }: FlowDeps) {
  const { navigate, notify, reportError } = useApp();
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [askReplace, setAskReplace] = useState(false);
  /** Leaving (back or skip) with re-assignments or edits not confirmed: asked first. */
  const [askLeave, setAskLeave] = useState<'back' | 'skip' | null>(null);
  const busy = useRef(false);
  const batch = sessionFor(view);
  const progress = useMemo(() => queueProgress(batch, view), [batch, view]);
  const backTo = exitView(batch).name === 'release' ? 'release' : 'library';

  const finish = useCallback(
    (outcome: 'reviewed' | 'skipped') => {
      noteOutcome(view, outcome);
      const next = nextInQueue(view);
      if (next) {
        // Within a queue the progress ("2 of 5") and the next release say enough; one summary at the end.
        navigate(next);
        return;
      }
      const session = sessionFor(view);
      endReview();
      navigate(exitView(session));
      if (session && session.ids.length > 1) {
        const parts = [plural(t, locale, { one: 'review.done.reviewed.one', other: 'review.done.reviewed.other' }, session.reviewed)];
        if (session.skipped) parts.push(plural(t, locale, { one: 'review.done.skipped.one', other: 'review.done.skipped.other' }, session.skipped));
        notify(`${t('review.done.title')} ${parts.join(' · ')}`, 'success');
      } else if (outcome === 'reviewed') {
        const id = view.id;
        const leftFor = exitView(session);
        notify(t('review.confirmed'), 'success', leftFor.name === 'release' ? undefined : { label: t('common.open'), run: () => navigate({ name: 'release', id }) });
      }
    },
    [view, navigate, notify, t, locale],
  );

  const send = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setConfirming(true);
    try {
      await settled();
      const s = current();
      await getClient().call('review.confirm', {
        id: data.releaseId as ReleaseId,
        baseRevision: data.revision,
        overrides: s.overrides,
        fields: confirmFields(s.form),
      });
      announceChange('releases');
      finish('reviewed');
    } catch (error) {
      busy.current = false;
      setConfirming(false);
      if (error instanceof ApiError && error.code === 'conflict') {
        notify(t('review.conflict'), 'error');
        onReload();
      } else reportError(error);
    }
  }, [settled, current, data.releaseId, data.revision, finish, notify, t, onReload, reportError]);

  const confirm = useCallback(() => {
    if (busy.current) return;
    if (data.editedSinceImport) setAskReplace(true);
    else void send();
  }, [data.editedSinceImport, send]);

  const leaveNow = useCallback(
    (how: 'back' | 'skip') => {
      setAskLeave(null);
      if (how === 'skip') return finish('skipped');
      const session = sessionFor(view);
      endReview();
      navigate(exitView(session));
    },
    [view, navigate, finish],
  );
  const leave = useCallback((how: 'back' | 'skip') => (unsaved() ? setAskLeave(how) : leaveNow(how)), [unsaved, leaveNow]);

  return {
    progress: progress.total > 1 ? progress : null,
    hasNext: view.queue.length > 0,
    backTo: backTo as 'release' | 'library',
    confirming,
    askReplace,
    confirm,
    confirmReplace: () => {
      setAskReplace(false);
      void send();
    },
    cancelReplace: () => setAskReplace(false),
    skip: () => leave('skip'),
    back: () => leave('back'),
    askLeave,
    leaveAnyway: () => askLeave && leaveNow(askLeave),
    stay: () => setAskLeave(null),
  };
}
