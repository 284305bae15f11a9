import type Database from 'better-sqlite3';
import { ThemeKeywords, type Theme, type ThemeId } from '../../shared/domain';
import { readJson } from './json';

interface ThemeRow {
  id: string;
  label_fr: string;
  label_en: string;
  label_es: string;
  scope: string | null;
  keywords: string;
  parent_id: string | null;
  release_count: number;
}

function toTheme(row: ThemeRow): Theme {
  return {
    id: row.id as ThemeId,
    labels: { fr: row.label_fr, en: row.label_en, es: row.label_es },
    scope: row.scope,
    keywords: readJson(ThemeKeywords, row.keywords, 'theme keywords'),
    parent: row.parent_id as ThemeId | null,
    releaseCount: row.release_count,
  };
}

export type NewTheme = Omit<Theme, 'releaseCount'>;

const SELECT = `SELECT t.id, t.label_fr, t.label_en, t.label_es, t.scope, t.keywords, t.parent_id,
  (SELECT COUNT(*) FROM release_themes rt JOIN releases r ON r.id = rt.release_id
    WHERE rt.theme_id = t.id AND r.trashed_at IS NULL) AS release_count
  FROM themes t`;

/** The editable theme taxonomy. */
export function createThemeRepo(db: Database.Database) {
  const all = db.prepare(`${SELECT} ORDER BY t.position, t.label_en`);
  const byId = db.prepare(`${SELECT} WHERE t.id = ?`);
  const nextPosition = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM themes').pluck();
  const insert = db.prepare(
    `INSERT INTO themes (id, label_fr, label_en, label_es, scope, keywords, parent_id, position, created_at, updated_at)
     VALUES (@id, @fr, @en, @es, @scope, @keywords, @parent, @position, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE themes SET label_fr = @fr, label_en = @en, label_es = @es, scope = @scope, keywords = @keywords,
     parent_id = @parent, updated_at = @now WHERE id = @id`,
  );
  const usage = db.prepare('SELECT COUNT(*) FROM release_themes WHERE theme_id = ?').pluck();
  const remove = db.prepare('DELETE FROM themes WHERE id = ?');
  const count = db.prepare('SELECT COUNT(*) FROM themes').pluck();

  function params(t: NewTheme, now: string) {
    return {
      id: t.id,
      fr: t.labels.fr,
      en: t.labels.en,
      es: t.labels.es,
      scope: t.scope,
      keywords: JSON.stringify(t.keywords),
      parent: t.parent,
      now,
    };
  }

  return {
    list(): Theme[] {
      return (all.all() as ThemeRow[]).map(toTheme);
    },
    byId(id: ThemeId): Theme | null {
      const row = byId.get(id) as ThemeRow | undefined;
      return row ? toTheme(row) : null;
    },
    insert(theme: NewTheme, now: string): Theme {
      insert.run({ ...params(theme, now), position: nextPosition.get() as number });
      return this.byId(theme.id)!;
    },
    update(theme: NewTheme, now: string): Theme {
      update.run(params(theme, now));
      return this.byId(theme.id)!;
    },
    /** Deletes a theme; it leaves every release that had it. Returns how many releases had it. */
    delete(id: ThemeId): number {
      const n = usage.get(id) as number;
      remove.run(id);
      return n;
    },
    count(): number {
      return count.get() as number;
    },
  };
}

export type ThemeRepo = ReturnType<typeof createThemeRepo>;
