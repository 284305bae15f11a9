import { useSyncExternalStore } from 'react';
import { DEFAULT_QUERY, type LibraryQuery } from './query';

/**
 * The library's state that outlives the view: opening a release and coming back finds the same
 * search, filters, trash switch, scroll position and cursor. Also lets the shell switch to the
 * trash (the 'show-trash' command) before the library is mounted.
 */
interface LibrarySession {
  query: LibraryQuery;
  scrollOffset: number;
  focus: number | null;
}

let session: LibrarySession = { query: DEFAULT_QUERY, scrollOffset: 0, focus: null };
let searchFocusRequested = false;
const listeners = new Set<() => void>();

function set(next: LibrarySession): void {
  session = next;
  for (const l of [...listeners]) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes part of the query; a new query starts at the top of its list. */
export function updateQuery(patch: Partial<LibraryQuery>): void {
  set({ query: { ...session.query, ...patch }, scrollOffset: 0, focus: null });
}

/** Shows the trash (true) or the library (false). */
export function showTrash(trash: boolean): void {
  if (session.query.trash !== trash) updateQuery({ trash });
}

/** Remembers where the user was in the list, to come back to it. */
export function rememberPosition(scrollOffset: number, focus: number | null): void {
  session = { ...session, scrollOffset, focus };
}

/** The position remembered by `rememberPosition`. */
export function rememberedPosition(): { scrollOffset: number; focus: number | null } {
  return { scrollOffset: session.scrollOffset, focus: session.focus };
}

/** The current library query, re-rendering when it changes. */
export function useLibraryQuery(): LibraryQuery {
  return useSyncExternalStore(subscribe, () => session.query);
}

/** Asks the library to focus its search box when it next mounts ('focus-search' from another view). */
export function requestSearchFocus(): void {
  searchFocusRequested = true;
}

/** True once after `requestSearchFocus()`. */
export function takeSearchFocusRequest(): boolean {
  const requested = searchFocusRequested;
  searchFocusRequested = false;
  return requested;
}
