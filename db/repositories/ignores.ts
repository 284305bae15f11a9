import type Database from 'better-sqlite3';
import type { ReleaseId } from '../../shared/domain';

/** Suggestions the user ignored, per release, by key (shared/pipeline/typography/ignore.ts). */
export function createIgnoreRepo(db: Database.Database) {
  const list = db.prepare('SELECT key FROM typography_ignores WHERE release_id = ? ORDER BY key').pluck();
  const add = db.prepare('INSERT OR IGNORE INTO typography_ignores (release_id, key, created_at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM typography_ignores WHERE release_id = ? AND key = ?');
  return {
    /** The release's ignored keys, sorted. */
    list(releaseId: ReleaseId): string[] {
      return list.all(releaseId) as string[];
    },
    /** Adds (ignored) or removes (not ignored) keys; adding a key twice keeps the first date. */
    set(releaseId: ReleaseId, keys: readonly string[], ignored: boolean, now: string): void {
      for (const key of keys) {
        if (ignored) add.run(releaseId, key, now);
        else remove.run(releaseId, key);
      }
    },
  };
}

export type IgnoreRepo = ReturnType<typeof createIgnoreRepo>;
