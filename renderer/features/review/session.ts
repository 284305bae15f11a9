import type { View } from '../../../shared/domain';
import { batchMatches, countOutcome, startBatch, type ReviewBatch, type ReviewView } from './queue';

/**
 * The window's one review session (module state: there is one review screen per window). Other
 * features start a review through `beginReview` and navigate to the view it returns.
 */
let batch: ReviewBatch | null = null;
/** A release whose review screen should open on the re-run dialog (asked from the release view). */
let rerunOnOpen: string | null = null;

/**
 * Starts reviewing `ids` in order (a batch import, or one release) and returns the view to
 * navigate to. `returnTo` is where "back" and the end of the queue lead (default: the library).
 */
export function beginReview(ids: readonly string[], returnTo: View | null = null): ReviewView {
  const started = startBatch(ids, returnTo);
  batch = started.batch;
  rerunOnOpen = null;
  return started.view;
}

/**
 * Opens the review of one release on the "re-run the split" dialog: what a re-run would change
 * is shown before anything is applied; closing it goes back to `returnTo`.
 */
export function beginRerun(id: string, returnTo: View): ReviewView {
  const view = beginReview([id], returnTo);
  rerunOnOpen = id;
  return view;
}

/** The session of this view, if the window knows it. */
export function sessionFor(view: ReviewView): ReviewBatch | null {
  return batchMatches(batch, view) ? batch : null;
}

/** True once for the release that should open on the re-run dialog. */
export function takeRerunRequest(id: string): boolean {
  if (rerunOnOpen !== id) return false;
  rerunOnOpen = null;
  return true;
}

/** Counts the open release as reviewed or skipped in its session. */
export function noteOutcome(view: ReviewView, outcome: 'reviewed' | 'skipped'): void {
  if (batchMatches(batch, view)) batch = countOutcome(batch, outcome);
}

/** Ends the session (its counts were shown). */
export function endReview(): void {
  batch = null;
  rerunOnOpen = null;
}
