import type Database from 'better-sqlite3';
import { LineOverrides, SplitFields, SplitMap, type ReleaseId } from '../../shared/domain';
import { readJson } from './json';

export interface StoredSplit {
  map: SplitMap;
  overrides: LineOverrides;
  fields: SplitFields;
  updatedAt: string;
}

interface SplitRow {
  map: string;
  overrides: string;
  fields: string;
  updated_at: string;
}

/** The split map, the user's overrides and the split fields of each release, as last computed. */
export function createSplitRepo(db: Database.Database) {
  const get = db.prepare('SELECT map, overrides, fields, updated_at FROM release_splits WHERE release_id = ?');
  const put = db.prepare(
    `INSERT INTO release_splits (release_id, map, overrides, fields, updated_at) VALUES (@id, @map, @overrides, @fields, @now)
     ON CONFLICT (release_id) DO UPDATE SET map = excluded.map, overrides = excluded.overrides, fields = excluded.fields, updated_at = excluded.updated_at`,
  );
  return {
    get(id: ReleaseId): StoredSplit | null {
      const row = get.get(id) as SplitRow | undefined;
      if (!row) return null;
      return {
        map: readJson(SplitMap, row.map, 'split map'),
        overrides: readJson(LineOverrides, row.overrides, 'split overrides'),
        fields: readJson(SplitFields, row.fields, 'split fields'),
        updatedAt: row.updated_at,
      };
    },
    put(id: ReleaseId, split: Omit<StoredSplit, 'updatedAt'>, now: string): void {
      put.run({ id, map: JSON.stringify(split.map), overrides: JSON.stringify(split.overrides), fields: JSON.stringify(split.fields), now });
    },
  };
}

export type SplitRepo = ReturnType<typeof createSplitRepo>;
