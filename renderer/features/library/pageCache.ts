/**
 * Pages of one library query, fetched as rows scroll into view.
 *
 * The cache holds fixed-size pages keyed by page number. `invalidate()` keeps the rows on screen
 * (so a refresh never flashes empty) but marks them stale and bumps the generation: answers to
 * requests sent before it are then ignored, as are answers for an older query (a new query gets a
 * new cache). Far pages are evicted so memory stays bounded however far the user scrolls.
 * No I/O here: the hook that owns the cache sends the requests.
 */
export class PageCache<T> {
  /** Rows matching the query, once the first page has answered. */
  total: number | null = null;
  /** Incremented by `invalidate()`; a response carries the generation it was asked in. */
  generation = 0;
  private readonly pages = new Map<number, { items: readonly T[]; stale: boolean }>();
  private readonly pending = new Set<number>();

  constructor(
    readonly pageSize: number,
    /** Most pages kept; beyond it, the pages farthest from the viewport go. */
    readonly maxPages = 60,
  ) {}

  /** The row at `index`, possibly stale; undefined while its page is not loaded. */
  get(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.items[index % this.pageSize];
  }

  /** True when every row of `[start, end)` is loaded and fresh. */
  hasFresh(start: number, end: number): boolean {
    return pagesFor(start, end, this.pageSize).every((p) => this.pages.get(p)?.stale === false);
  }

  /** Pages covering `[start, end)` that are absent or stale and not already requested. */
  missing(start: number, end: number): number[] {
    return pagesFor(start, end, this.pageSize).filter((p) => {
      if (this.pending.has(p)) return false;
      if (this.total !== null && p * this.pageSize >= this.total && p > 0) return false;
      const page = this.pages.get(p);
      return !page || page.stale;
    });
  }

  /** Records that a page was requested in the current generation. */
  markPending(page: number): void {
    this.pending.add(page);
  }

  /** Number of requests in flight for this generation. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Stores an answer; returns false (and changes nothing) when it belongs to an older generation.
   * The total always comes from the freshest answer, so rows past a shrunk end disappear.
   */
  store(page: number, generation: number, items: readonly T[], total: number): boolean {
    if (generation !== this.generation) return false;
    this.pending.delete(page);
    this.pages.set(page, { items, stale: false });
    if (this.total !== total) {
      this.total = total;
      const last = Math.max(0, Math.ceil(total / this.pageSize) - 1);
      for (const p of [...this.pages.keys()]) if (p > last) this.pages.delete(p);
    }
    return true;
  }

  /** Forgets a failed request so the page is asked again later. */
  fail(page: number, generation: number): void {
    if (generation === this.generation) this.pending.delete(page);
  }

  /** The library changed: keep showing what is loaded, but refetch it and ignore older answers. */
  invalidate(): void {
    this.generation++;
    this.pending.clear();
    for (const page of this.pages.values()) page.stale = true;
  }

  /** Drops the pages farthest from `aroundPage` while more than `maxPages` are held. */
  evict(aroundPage: number): void {
    if (this.pages.size <= this.maxPages) return;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - aroundPage) - Math.abs(a - aroundPage));
    for (const p of byDistance.slice(0, this.pages.size - this.maxPages)) this.pages.delete(p);
  }

  /** Number of pages held (for tests and diagnostics). */
  get size(): number {
    return this.pages.size;
  }
}

/** Page numbers covering the half-open row range `[start, end)`. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const first = Math.floor(Math.max(0, start) / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  const out: number[] = [];
  for (let p = first; p <= last; p++) out.push(p);
  return out;
}

/**
 * Rows to have loaded for a viewport showing rows `[first, last]` (inclusive, as the virtualiser
 * reports them): the visible rows plus `ahead` rows on each side, so a steady scroll finds its
 * next page already there. Clamped to `[0, total)`. With an unknown or zero total, the first page:
 * an empty list must still be asked again after a change, to learn that it is no longer empty.
 */
export function fetchWindow(first: number, last: number, total: number | null, ahead: number, pageSize: number): readonly [number, number] {
  if (!total) return [0, pageSize];
  const start = Math.max(0, first - ahead);
  const end = Math.min(total, last + 1 + ahead);
  return [start, Math.max(start, end)];
}

/** Whole rows that fit in a viewport (Page Up/Down step), at least one. */
export function rowsPerViewport(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}

/**
 * Chunks `[start, end)` into requests of at most `limit` rows (the contract caps a page at 1000),
 * used to resolve the ids of a large selection.
 */
export function chunkRange(start: number, end: number, limit: number): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let s = start; s < end; s += limit) out.push([s, Math.min(end, s + limit)]);
  return out;
}
