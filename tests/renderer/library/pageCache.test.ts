import { describe, expect, it } from 'vitest';
import { chunkRange, fetchWindow, PageCache, pagesFor, rowsPerViewport } from '../../../renderer/features/library/pageCache';

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`);

describe('page cache', () => {
  it('computes the pages covering a row range', () => {
    expect(pagesFor(0, 100, 100)).toEqual([0]);
    expect(pagesFor(0, 101, 100)).toEqual([0, 1]);
    expect(pagesFor(150, 420, 100)).toEqual([1, 2, 3, 4]);
    expect(pagesFor(5, 5, 100)).toEqual([]);
  });

  it('asks for missing pages once, stores answers and serves rows', () => {
    const cache = new PageCache<string>(100);
    expect(cache.missing(0, 100)).toEqual([0]);
    cache.markPending(0);
    expect(cache.missing(0, 100)).toEqual([]);
    expect(cache.store(0, cache.generation, rows(0, 100), 10_000)).toBe(true);
    expect(cache.total).toBe(10_000);
    expect(cache.get(42)).toBe('r42');
    expect(cache.get(142)).toBeUndefined();
    expect(cache.missing(0, 250)).toEqual([1, 2]);
    expect(cache.hasFresh(0, 100)).toBe(true);
    expect(cache.hasFresh(0, 101)).toBe(false);
  });

  it('ignores answers from before an invalidation, keeps showing stale rows, and refetches them', () => {
    const cache = new PageCache<string>(100);
    cache.store(0, 0, rows(0, 100), 300);
    cache.markPending(1);
    cache.invalidate();
    expect(cache.store(1, 0, rows(100, 100), 300)).toBe(false);
    expect(cache.get(150)).toBeUndefined();
    expect(cache.get(5)).toBe('r5');
    expect(cache.hasFresh(0, 100)).toBe(false);
    expect(cache.missing(0, 200)).toEqual([0, 1]);
  });

  it('drops pages past a shrunk total and never asks beyond the end', () => {
    const cache = new PageCache<string>(100);
    cache.store(0, 0, rows(0, 100), 250);
    cache.store(2, 0, rows(200, 50), 250);
    cache.store(0, 0, rows(0, 100), 120);
    expect(cache.get(210)).toBeUndefined();
    expect(cache.missing(0, 400)).toEqual([1]);
  });

  it('an empty list still asks its first page', () => {
    const cache = new PageCache<string>(100);
    cache.store(0, 0, [], 0);
    cache.invalidate();
    expect(cache.missing(0, 100)).toEqual([0]);
  });

  it('forgets a failed request so it is asked again', () => {
    const cache = new PageCache<string>(100);
    cache.markPending(3);
    cache.fail(3, cache.generation);
    expect(cache.missing(300, 400)).toEqual([3]);
  });

  it('evicts the pages farthest from the viewport', () => {
    const cache = new PageCache<string>(10, 3);
    for (const p of [0, 1, 2, 8, 9]) cache.store(p, 0, rows(p * 10, 10), 100);
    cache.evict(9);
    expect(cache.size).toBe(3);
    expect(cache.get(95)).toBe('r95');
    expect(cache.get(85)).toBe('r85');
    expect(cache.get(25)).toBe('r25');
    expect(cache.get(5)).toBeUndefined();
  });

  it('computes the fetch window around the viewport, clamped to the list', () => {
    expect(fetchWindow(0, 20, null, 50, 100)).toEqual([0, 100]);
    expect(fetchWindow(0, 20, 10_000, 50, 100)).toEqual([0, 71]);
    expect(fetchWindow(5000, 5020, 10_000, 50, 100)).toEqual([4950, 5071]);
    expect(fetchWindow(9990, 9999, 10_000, 50, 100)).toEqual([9940, 10_000]);
    // An empty list is asked again (after an import it may not be empty any more).
    expect(fetchWindow(0, 0, 0, 50, 100)).toEqual([0, 100]);
  });

  it('chunks a large range into requests the contract accepts', () => {
    expect(chunkRange(0, 2500, 1000)).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
    expect(chunkRange(3, 3, 1000)).toEqual([]);
  });

  it('counts whole rows per viewport', () => {
    expect(rowsPerViewport(560, 56)).toBe(10);
    expect(rowsPerViewport(10, 56)).toBe(1);
  });
});
