import type { View } from '../../../shared/domain';

export type ReviewView = Extract<View, { name: 'review' }>;

/**
 * A review session as the window remembers it while it is open: the releases it started with
 * (for "2 of 5"), where to go back to, and what was done. The view itself only carries the
 * current release and those still to come, so a session survives a restart without its counts.
 */
export interface ReviewBatch {
  ids: readonly string[];
  /** Where "back" and the end of the queue lead: the release view it was opened from, or the library. */
  returnTo: View | null;
  reviewed: number;
  skipped: number;
}

/** The most releases a view's queue holds after the open one (the settings schema's limit). */
export const MAX_QUEUE = 500;

/**
 * A session over `ids` (at least one; beyond 1 + MAX_QUEUE the rest is left for a later
 * session), and the view that opens its first release. Pure.
 */
export function startBatch(ids: readonly string[], returnTo: View | null = null): { batch: ReviewBatch; view: ReviewView } {
  ids = ids.slice(0, MAX_QUEUE + 1);
  const [first, ...rest] = ids;
  if (first === undefined) throw new Error('startBatch needs at least one release');
  return { batch: { ids: [...ids], returnTo, reviewed: 0, skipped: 0 }, view: { name: 'review', id: first, queue: rest } };
}

/**
 * "2 of 5": where the open release stands in its session. When the session is not known (the
 * app restarted on a review), the open release counts as the first of what is left. Pure.
 */
export function queueProgress(batch: ReviewBatch | null, view: ReviewView): { position: number; total: number } {
  if (batch) {
    const at = batch.ids.indexOf(view.id);
    if (at >= 0 && batch.ids.length - at - 1 === view.queue.length) return { position: at + 1, total: batch.ids.length };
  }
  return { position: 1, total: 1 + view.queue.length };
}

/** The view after this release (confirmed or skipped): the next of the queue, or null at the end. Pure. */
export function nextInQueue(view: ReviewView): ReviewView | null {
  const [next, ...rest] = view.queue;
  return next === undefined ? null : { name: 'review', id: next, queue: rest };
}

/** Counts one release of the session as reviewed or skipped. Pure. */
export function countOutcome(batch: ReviewBatch, outcome: 'reviewed' | 'skipped'): ReviewBatch {
  return outcome === 'reviewed' ? { ...batch, reviewed: batch.reviewed + 1 } : { ...batch, skipped: batch.skipped + 1 };
}

/** Where the session ends: where it was opened from, else the library. Pure. */
export function exitView(batch: ReviewBatch | null): View {
  return batch?.returnTo ?? { name: 'library' };
}

/** True when the session belongs to this view (its current release is one of the session's). Pure. */
export function batchMatches(batch: ReviewBatch | null, view: ReviewView): batch is ReviewBatch {
  return batch !== null && batch.ids.includes(view.id);
}
