import type Database from 'better-sqlite3';
import { createIgnoreRepo } from './ignores';
import { createLineRepo } from './lines';
import { createReleaseRepo } from './releases';
import { createRevisionRepo } from './revisions';
import { createSettingsRepo } from './settings';
import { createSourceRepo } from './sources';
import { createSplitRepo } from './splits';
import { createThemeRepo } from './themes';

/** Every repository of one open library, and its transaction helper. */
export function createRepositories(db: Database.Database) {
  return {
    releases: createReleaseRepo(db),
    revisions: createRevisionRepo(db),
    sources: createSourceRepo(db),
    themes: createThemeRepo(db),
    settings: createSettingsRepo(db),
    splits: createSplitRepo(db),
    lines: createLineRepo(db),
    ignores: createIgnoreRepo(db),
    /** Runs `fn` in one transaction (all or nothing). */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { ReleaseRepo, UpdateResult } from './releases';
export type { RevisionRepo } from './revisions';
export type { SourceRepo, NewSource } from './sources';
export type { ThemeRepo, NewTheme } from './themes';
export type { SettingsRepo } from './settings';
export type { SplitRepo, StoredSplit } from './splits';
export type { LineRepo } from './lines';
export type { IgnoreRepo } from './ignores';
