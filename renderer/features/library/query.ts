import type { Input, ListSort } from '../../../shared/api';
import type { Language, ReleaseStatus, ThemeId } from '../../../shared/domain';

/** What the user asked the library for: everything of `releases.list` but the window. */
export interface LibraryQuery {
  search: string;
  status: ReleaseStatus | null;
  language: Language | null;
  theme: ThemeId | null;
  trash: boolean;
  sort: ListSort;
  direction: 'asc' | 'desc';
}

export const DEFAULT_QUERY: LibraryQuery = {
  search: '',
  status: null,
  language: null,
  theme: null,
  trash: false,
  sort: 'updated',
  direction: 'desc',
};

/** The direction a sort starts with: newest first for dates, A→Z for titles. */
export function defaultDirection(sort: ListSort): 'asc' | 'desc' {
  return sort === 'title' ? 'asc' : 'desc';
}

/** Identifies a query's result list; two queries with the same key list the same rows. */
export function queryKey(q: LibraryQuery): string {
  return JSON.stringify([q.search.trim(), q.status, q.language, q.theme, q.trash, q.sort, q.direction]);
}

/** True when the query narrows nothing down: an empty answer then means an empty library or trash. */
export function isUnfiltered(q: LibraryQuery): boolean {
  return q.search.trim() === '' && q.status === null && q.language === null && q.theme === null;
}

/** The `releases.list` input for rows `[offset, offset + limit)`. */
export function listInput(q: LibraryQuery, offset: number, limit: number): Input<'releases.list'> {
  return {
    search: q.search.trim(),
    status: q.status,
    language: q.language,
    theme: q.theme,
    trash: q.trash,
    sort: q.sort,
    direction: q.direction,
    offset,
    limit,
  };
}
