import { describe, expect, it } from 'vitest';
import { batchMatches, countOutcome, exitView, MAX_QUEUE, nextInQueue, queueProgress, startBatch } from '../../../renderer/features/review/queue';
import { beginRerun, beginReview, endReview, noteOutcome, sessionFor, takeRerunRequest } from '../../../renderer/features/review/session';

describe('queue navigation', () => {
  it('starts on the first release with the rest queued', () => {
    const { view, batch } = startBatch(['a', 'b', 'c']);
    expect(view).toEqual({ name: 'review', id: 'a', queue: ['b', 'c'] });
    expect(batch).toMatchObject({ ids: ['a', 'b', 'c'], reviewed: 0, skipped: 0, returnTo: null });
  });

  it('caps the queue at what a view can hold', () => {
    const ids = Array.from({ length: MAX_QUEUE + 10 }, (_, i) => `r${i}`);
    const { view, batch } = startBatch(ids);
    expect(view.queue).toHaveLength(MAX_QUEUE);
    expect(batch.ids).toHaveLength(MAX_QUEUE + 1);
  });

  it('refuses an empty session', () => {
    expect(() => startBatch([])).toThrow();
  });

  it('walks the queue to its end', () => {
    const { view } = startBatch(['a', 'b', 'c']);
    const second = nextInQueue(view)!;
    expect(second).toEqual({ name: 'review', id: 'b', queue: ['c'] });
    const third = nextInQueue(second)!;
    expect(third).toEqual({ name: 'review', id: 'c', queue: [] });
    expect(nextInQueue(third)).toBeNull();
  });

  it('says "2 of 5" from the session', () => {
    const { view, batch } = startBatch(['a', 'b', 'c', 'd', 'e']);
    expect(queueProgress(batch, view)).toEqual({ position: 1, total: 5 });
    expect(queueProgress(batch, nextInQueue(view)!)).toEqual({ position: 2, total: 5 });
  });

  it('without the session (after a restart), counts from the open release', () => {
    expect(queueProgress(null, { name: 'review', id: 'c', queue: ['d', 'e'] })).toEqual({ position: 1, total: 3 });
    const { batch } = startBatch(['x', 'y']);
    expect(queueProgress(batch, { name: 'review', id: 'c', queue: ['d'] })).toEqual({ position: 1, total: 2 });
    expect(batchMatches(batch, { name: 'review', id: 'c', queue: [] })).toBe(false);
  });

  it('counts outcomes and ends where it was opened from', () => {
    const from = { name: 'release', id: 'a' } as const;
    let { batch } = startBatch(['a'], from);
    batch = countOutcome(countOutcome(batch, 'reviewed'), 'skipped');
    expect(batch).toMatchObject({ reviewed: 1, skipped: 1 });
    expect(exitView(batch)).toEqual(from);
    expect(exitView(null)).toEqual({ name: 'library' });
  });
});

describe('the window review session', () => {
  it('keeps counts for the views of its releases only', () => {
    const view = beginReview(['a', 'b']);
    noteOutcome(view, 'reviewed');
    const next = nextInQueue(view)!;
    noteOutcome(next, 'skipped');
    expect(sessionFor(next)).toMatchObject({ reviewed: 1, skipped: 1 });
    expect(sessionFor({ name: 'review', id: 'z', queue: [] })).toBeNull();
    endReview();
    expect(sessionFor(next)).toBeNull();
  });

  it('a re-run request is taken once, for its release', () => {
    const view = beginRerun('r1', { name: 'release', id: 'r1' });
    expect(view).toEqual({ name: 'review', id: 'r1', queue: [] });
    expect(takeRerunRequest('other')).toBe(false);
    expect(takeRerunRequest('r1')).toBe(true);
    expect(takeRerunRequest('r1')).toBe(false);
    expect(exitView(sessionFor(view))).toEqual({ name: 'release', id: 'r1' });
    endReview();
  });
});
