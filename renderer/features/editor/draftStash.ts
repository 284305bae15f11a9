import { ReleaseDraft, type ReleaseId } from '../../../shared/domain';
import type { DraftStash, StashEntry } from './draftController';

const key = (id: ReleaseId) => `galley.draft.${id}`;

/**
 * Unsaved edits kept in the window's localStorage until the services confirm them, so closing
 * the window or a crash between two autosaves loses nothing. Storage failures (quota, private
 * mode) are ignored: the stash is a safety net, the services stay the record.
 */
export function localDraftStash(storage: Storage | null = safeLocalStorage()): DraftStash & { read(id: ReleaseId): StashEntry | null } {
  return {
    put(id, entry) {
      try {
        storage?.setItem(key(id), JSON.stringify(entry));
      } catch {
        // Full or unavailable storage: the save itself is still attempted.
      }
    },
    clear(id) {
      try {
        storage?.removeItem(key(id));
      } catch {
        // Nothing to clear.
      }
    },
    read(id) {
      try {
        const raw = storage?.getItem(key(id));
        return raw ? parseStashEntry(raw) : null;
      } catch {
        return null;
      }
    },
  };
}

/** Parses a stored entry; anything malformed (older format, hand-edited) is ignored. */
export function parseStashEntry(raw: string): StashEntry | null {
  try {
    const value = JSON.parse(raw) as { baseRevision?: unknown; draft?: unknown };
    const draft = ReleaseDraft.safeParse(value.draft);
    if (!draft.success || typeof value.baseRevision !== 'number') return null;
    return { baseRevision: value.baseRevision, draft: draft.data };
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
