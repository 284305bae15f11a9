import type Database from 'better-sqlite3';
import { docStats, Release, type ReleaseId, type RevisionReason, type RevisionSummary } from '../../shared/domain';
import { readJson } from './json';

interface RevisionRow {
  id: number;
  release_id: string;
  revision: number;
  reason: RevisionReason;
  restored_from: number | null;
  created_at: string;
  group_started_at: string;
  title: string;
  words: number;
}

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    releaseId: row.release_id as ReleaseId,
    revision: row.revision,
    reason: row.reason,
    restoredFrom: row.restored_from,
    createdAt: row.created_at,
    title: row.title,
    words: row.words,
  };
}

/** Full snapshots of releases, one per save (autosaves coalesced), never edited by a restore. */
export function createRevisionRepo(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO revisions (release_id, revision, reason, restored_from, created_at, group_started_at, title, words, snapshot)
     VALUES (@release_id, @revision, @reason, @restored_from, @created_at, @created_at, @title, @words, @snapshot)`,
  );
  const coalesce = db.prepare(
    'UPDATE revisions SET revision = @revision, created_at = @created_at, title = @title, words = @words, snapshot = @snapshot WHERE id = @id',
  );
  const latest = db.prepare(
    'SELECT id, release_id, revision, reason, restored_from, created_at, group_started_at, title, words FROM revisions WHERE release_id = ? ORDER BY revision DESC LIMIT 1',
  );
  const list = db.prepare(
    'SELECT id, release_id, revision, reason, restored_from, created_at, group_started_at, title, words FROM revisions WHERE release_id = ? ORDER BY revision DESC',
  );
  const snapshot = db.prepare('SELECT snapshot FROM revisions WHERE release_id = ? AND revision = ?').pluck();
  const pin = db.prepare("UPDATE revisions SET reason = 'save' WHERE release_id = ? AND revision = ? AND reason = 'autosave'");

  function columns(release: Release) {
    return { title: release.meta.title, words: docStats(release.body).words, snapshot: JSON.stringify(release) };
  }

  return {
    /** Records a snapshot of `release` at its current revision. */
    add(release: Release, reason: RevisionReason, restoredFrom: number | null = null): void {
      insert.run({
        release_id: release.id,
        revision: release.revision,
        reason,
        restored_from: restoredFrom,
        created_at: release.updatedAt,
        ...columns(release),
      });
    },
    /**
     * Records an autosave: while the latest snapshot is an autosave whose run began less than
     * `windowMs` ago, it is moved forward to this revision instead of adding one per pause in
     * typing; so a long session keeps one snapshot per window, not one per keystroke or one in all.
     */
    addAutosave(release: Release, windowMs: number): void {
      const last = latest.get(release.id) as RevisionRow | undefined;
      const age = last ? Date.parse(release.updatedAt) - Date.parse(last.group_started_at) : Infinity;
      if (last && last.reason === 'autosave' && age >= 0 && age < windowMs) {
        coalesce.run({ id: last.id, revision: release.revision, created_at: release.updatedAt, ...columns(release) });
      } else {
        this.add(release, 'autosave');
      }
    },
    /** Turns the autosave snapshot of `revision` into a save, so later autosaves leave it alone. */
    pin(releaseId: ReleaseId, revision: number): void {
      pin.run(releaseId, revision);
    },
    list(releaseId: ReleaseId): RevisionSummary[] {
      return (list.all(releaseId) as RevisionRow[]).map(toSummary);
    },
    get(releaseId: ReleaseId, revision: number): Release | null {
      const text = snapshot.get(releaseId, revision) as string | undefined;
      return text === undefined ? null : readJson(Release, text, 'revision snapshot');
    },
  };
}

export type RevisionRepo = ReturnType<typeof createRevisionRepo>;
