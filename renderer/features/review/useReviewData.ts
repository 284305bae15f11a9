import { useCallback, useEffect, useState } from 'react';
import type { Release, ReleaseId, ReviewData } from '../../../shared/domain';
import { getClient } from '../../app/transport';

/** What the review screen opens on: the stored split and the release as it is now. */
export interface ReviewLoad {
  data: ReviewData;
  release: Release;
}

export type ReviewLoadState = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; value: ReviewLoad; generation: number };

/**
 * Loads the review of a release (its split, raw lines and map) together with the release itself
 * (the form starts from what the release says now, so earlier edits are not lost). `reload`
 * fetches both again, e.g. after a conflict or an applied re-run; `generation` tells them apart.
 */
export function useReviewData(id: ReleaseId): { state: ReviewLoadState; reload: () => void } {
  const [state, setState] = useState<ReviewLoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const api = getClient();
    Promise.all([api.call('review.get', { id }), api.call('releases.get', { id })])
      .then(([data, release]) => live && setState({ kind: 'ready', value: { data, release }, generation: attempt }))
      .catch((error: unknown) => live && setState({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [id, attempt]);
  const reload = useCallback(() => {
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    setAttempt((a) => a + 1);
  }, []);
  return { state, reload };
}
