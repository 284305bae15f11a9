import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { ReleaseId, ReleaseSummary } from '../../../shared/domain';
import { MAX_LIST_LIMIT } from '../../../shared/api';
import { useChanges } from '../../app/changes';
import { getClient } from '../../app/transport';
import { chunkRange, fetchWindow, PageCache } from './pageCache';
import { listInput, queryKey, type LibraryQuery } from './query';
import type { Range } from './selection';

/** Rows per request: a screenful or two, so the first page answers in milliseconds. */
export const PAGE_SIZE = 100;
/** Rows fetched beyond each edge of the viewport, so steady scrolling never meets a blank row. */
const AHEAD = 60;
/** Requests in flight at once; a fast scrollbar drag then skips the pages it flew over. */
const MAX_CONCURRENT = 2;

interface Held {
  key: string;
  query: LibraryQuery;
  cache: PageCache<ReleaseSummary>;
}

/** The last list shown, kept across mounts so coming back to the library is instant. */
let kept: Held | null = null;

function acquire(query: LibraryQuery): Held {
  const key = queryKey(query);
  if (kept?.key === key) return kept;
  kept = { key, query, cache: new PageCache<ReleaseSummary>(PAGE_SIZE) };
  return kept;
}

export interface ReleasePages {
  /** Key of the list on screen (it may lag behind the query until the new one answers). */
  readonly key: string;
  /** Query of the list on screen. */
  readonly query: LibraryQuery;
  readonly total: number | null;
  /** Bumped when the list on screen was refreshed after a change (its rows may have moved). */
  readonly version: number;
  /** A request for the latest query is in flight. */
  readonly loading: boolean;
  /** The last request failed; `retry()` asks again. */
  readonly failed: boolean;
  get(index: number): ReleaseSummary | undefined;
  /** The virtualiser reports the rows on screen (inclusive). */
  setViewport(first: number, last: number): void;
  retry(): void;
  /** Ids of the rows in `ranges` of the list on screen, fetching those not loaded. */
  resolveIds(ranges: readonly Range[]): Promise<ReleaseId[]>;
}

/**
 * Paged, cached access to `releases.list` for a query: fetches the pages around the viewport,
 * at most two requests at a time, refreshes on 'releases' changes, and ignores answers to
 * superseded queries or generations. Keeps showing the previous list until the new one answers,
 * so typing in the search box never flashes an empty list.
 */
export function useReleasePages(query: LibraryQuery): ReleasePages {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const current = useMemo(() => acquire(query), [query]);
  const currentRef = useRef(current);
  const shownRef = useRef<Held | null>(null);
  const viewport = useRef<readonly [number, number]>([0, 0]);
  const failedRef = useRef(false);
  const versionRef = useRef(0);

  const shown = current.cache.total !== null ? current : (shownRef.current ?? current);

  const pump = useCallback(() => {
    const held = currentRef.current;
    const { cache } = held;
    const isShown = shownRef.current === held;
    const [first, last] = isShown ? viewport.current : [0, 0];
    const visible = fetchWindow(first, last, cache.total, 0, PAGE_SIZE);
    const around = fetchWindow(first, last, cache.total, AHEAD, PAGE_SIZE);
    const wanted = [...new Set([...cache.missing(...visible), ...cache.missing(...around)])];
    let started = false;
    for (const page of wanted) {
      if (cache.pendingCount >= MAX_CONCURRENT) break;
      const generation = cache.generation;
      cache.markPending(page);
      started = true;
      getClient()
        .call('releases.list', listInput(held.query, page * PAGE_SIZE, PAGE_SIZE))
        .then((answer) => {
          if (!cache.store(page, generation, answer.items, answer.total)) return;
          cache.evict(Math.floor(viewport.current[0] / PAGE_SIZE));
          if (currentRef.current !== held) return;
          failedRef.current = false;
          if (shownRef.current !== held) {
            shownRef.current = held;
            viewport.current = [0, 0];
          }
          bump();
          pump();
        })
        .catch(() => {
          cache.fail(page, generation);
          if (currentRef.current !== held) return;
          failedRef.current = true;
          bump();
        });
    }
    if (started) bump();
  }, []);

  useEffect(() => {
    currentRef.current = current;
    // A list kept from an earlier visit is shown at once, then refreshed.
    if (current.cache.total !== null) {
      current.cache.invalidate();
      shownRef.current = current;
    }
    failedRef.current = false;
    pump();
  }, [current, pump]);

  useChanges('releases', () => {
    currentRef.current.cache.invalidate();
    if (shownRef.current && shownRef.current !== currentRef.current) shownRef.current.cache.invalidate();
    versionRef.current++;
    pump();
  });

  const setViewport = useCallback(
    (first: number, last: number) => {
      const [f, l] = viewport.current;
      if (f === first && l === last) return;
      viewport.current = [first, last];
      pump();
    },
    [pump],
  );

  const retry = useCallback(() => {
    failedRef.current = false;
    pump();
  }, [pump]);

  const resolveIds = useCallback(
    async (ranges: readonly Range[]) => {
      const { cache, query: q } = shownRef.current ?? currentRef.current;
      const ids: ReleaseId[] = [];
      for (const [start, end] of ranges) {
        for (const [s, e] of chunkRange(start, end, MAX_LIST_LIMIT)) {
          if (cache.hasFresh(s, e)) {
            for (let i = s; i < e; i++) ids.push(cache.get(i)!.id);
          } else {
            const page = await getClient().call('releases.list', listInput(q, s, e - s));
            ids.push(...page.items.map((r) => r.id));
          }
        }
      }
      return ids;
    },
    [],
  );

  const { cache } = shown;
  return {
    key: shown.key,
    query: shown.query,
    total: cache.total,
    version: versionRef.current,
    loading: current.cache.total === null || current.cache.pendingCount > 0,
    failed: failedRef.current,
    get: (index) => cache.get(index),
    setViewport,
    retry,
    resolveIds,
  };
}
