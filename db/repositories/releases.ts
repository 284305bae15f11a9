import type Database from 'better-sqlite3';
import type { ListQuery } from '../../shared/api';
import type { Release, ReleaseDraft, ReleaseId, ReleaseSummary, ReleaseTheme, SourceId, ThemeId } from '../../shared/domain';
import { contentColumns, releaseFromRow, summaryFromRow, type ReleaseRow, type SummaryRow } from './releaseRows';
import { ftsQuery, listSql } from './listQuery';

interface ThemeRow {
  theme_id: string;
  source: 'auto' | 'manual';
  score: number | null;
}

export type UpdateResult = { ok: true; release: Release } | { ok: false; reason: 'not_found' | 'conflict'; current: number | null };

const CONTENT = 'status, language, title, title_key, subtitle, dateline, date, contacts, quotes, body, body_text, contacts_text';
const CONTENT_PARAMS = CONTENT.split(', ')
  .map((c) => `@${c}`)
  .join(', ');
const CONTENT_SET = CONTENT.split(', ')
  .map((c) => `${c} = @${c}`)
  .join(', ');
const SUMMARY = `r.id, r.title, r.dateline, r.date, r.status, r.language, r.updated_at, r.trashed_at,
  (SELECT group_concat(theme_id, ',') FROM release_themes rt WHERE rt.release_id = r.id) AS themes`;

/** Releases and their theme assignments. Statements prepared once (list shapes cached). */
export function createReleaseRepo(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO releases (id, source_id, ${CONTENT}, revision, created_at, updated_at) VALUES (@id, @source_id, ${CONTENT_PARAMS}, 1, @now, @now)`,
  );
  const byId = db.prepare('SELECT * FROM releases WHERE id = ?');
  const themesOf = db.prepare('SELECT theme_id, source, score FROM release_themes WHERE release_id = ? ORDER BY rowid');
  const clearThemes = db.prepare('DELETE FROM release_themes WHERE release_id = ?');
  const addTheme = db.prepare('INSERT INTO release_themes (release_id, theme_id, source, score) VALUES (?, ?, ?, ?)');
  const update = db.prepare(
    `UPDATE releases SET ${CONTENT_SET}, revision = revision + 1, updated_at = @now WHERE id = @id AND revision = @base`,
  );
  const revisionOf = db.prepare('SELECT revision FROM releases WHERE id = ?').pluck();
  const setTrashed = db.prepare('UPDATE releases SET trashed_at = @at WHERE id = @id AND (trashed_at IS NULL) = (@at IS NOT NULL)');
  const bySource = db.prepare('SELECT id FROM releases WHERE source_id = ? ORDER BY seq LIMIT 1').pluck();
  const count = db.prepare('SELECT COUNT(*) FROM releases').pluck();
  const listCache = new Map<string, { page: Database.Statement; total: Database.Statement }>();

  function themes(id: string): ReleaseTheme[] {
    return (themesOf.all(id) as ThemeRow[]).map((t) => ({ id: t.theme_id as ThemeId, source: t.source, score: t.score }));
  }
  function get(id: ReleaseId): Release | null {
    const row = byId.get(id) as ReleaseRow | undefined;
    return row ? releaseFromRow(row, themes(id)) : null;
  }
  function writeThemes(id: string, list: readonly ReleaseTheme[]): void {
    clearThemes.run(id);
    for (const t of list) addTheme.run(id, t.id, t.source, t.score);
  }
  function statements(q: ListQuery, fts: string) {
    const sql = listSql(q, fts);
    let cached = listCache.get(sql.key);
    if (!cached) {
      cached = {
        page: db.prepare(`SELECT ${SUMMARY} FROM releases r WHERE ${sql.where} ORDER BY ${sql.order} LIMIT @limit OFFSET @offset`),
        total: db.prepare(`SELECT COUNT(*) FROM releases r WHERE ${sql.where}`).pluck(),
      };
      listCache.set(sql.key, cached);
    }
    return cached;
  }

  return {
    /** Inserts a new release at revision 1 with its themes. */
    insert(id: ReleaseId, sourceId: SourceId | null, draft: ReleaseDraft, now: string): Release {
      insert.run({ id, source_id: sourceId, now, ...contentColumns(draft) });
      writeThemes(id, draft.themes);
      return get(id)!;
    },
    byId: get,
    /**
     * Replaces the content of a release if it is still at `baseRevision` (optimistic save);
     * the revision goes up by one. Reports a conflict instead of overwriting newer work.
     */
    update(id: ReleaseId, baseRevision: number, next: ReleaseDraft, now: string): UpdateResult {
      const info = update.run({ id, base: baseRevision, now, ...contentColumns(next) });
      if (info.changes === 0) {
        const current = revisionOf.get(id) as number | undefined;
        return { ok: false, reason: current === undefined ? 'not_found' : 'conflict', current: current ?? null };
      }
      writeThemes(id, next.themes);
      return { ok: true, release: get(id)! };
    },
    /** Moves releases to the trash (`at` a timestamp) or back (`at` null); returns how many changed. */
    setTrashed(ids: readonly ReleaseId[], at: string | null): number {
      let n = 0;
      for (const id of ids) n += setTrashed.run({ id, at }).changes;
      return n;
    },
    idBySource(sourceId: SourceId): ReleaseId | null {
      return (bySource.get(sourceId) as ReleaseId | undefined) ?? null;
    },
    list(q: ListQuery): { items: ReleaseSummary[]; total: number } {
      const fts = ftsQuery(q.search);
      const st = statements(q, fts);
      const params = {
        trash: q.trash ? 1 : 0,
        ...(fts ? { fts } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.language ? { language: q.language } : {}),
        ...(q.theme ? { theme: q.theme } : {}),
      };
      const rows = st.page.all({ ...params, limit: q.limit, offset: q.offset }) as SummaryRow[];
      const total = st.total.get(params) as number;
      return { items: rows.map(summaryFromRow), total };
    },
    count(): number {
      return count.get() as number;
    },
  };
}

export type ReleaseRepo = ReturnType<typeof createReleaseRepo>;
