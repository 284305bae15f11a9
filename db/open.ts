import fs from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createBackup } from './backup';
import { backupDirFor } from './files';
import { assertNotNewer, migrate, MigrationChecksumError, NewerDatabaseError, pendingMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

export interface OpenOptions {
  /** Library file, or ':memory:'. */
  path: string;
  now: () => string;
  /** better-sqlite3 native binary to use instead of the default one (Electron's ABI). */
  nativeBinding?: string;
  /** The migration chain to apply; the app's own (MIGRATIONS) unless a test supplies another. */
  migrations?: readonly Migration[];
}

export type OpenResult =
  | { status: 'ok'; db: Database.Database; applied: number[]; created: boolean }
  | { status: 'corrupt' | 'newer' | 'error'; message: string };

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX']);

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CORRUPT_CODES.has(code);
}

/** The pragmas every connection gets: WAL, foreign keys, a busy timeout. */
export function configure(db: Database.Database): void {
  if (db.name !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
}

/**
 * Removes the `-wal` and `-shm` files that a read-only look at a WAL-mode library created (SQLite
 * makes them even to read, and a read-only connection never deletes them), so a refused file is
 * left exactly as it was found. Only files absent before the look and an empty WAL are removed:
 * a WAL with content, or side files of a connection that already had the file open, are kept.
 */
function removeSideFilesOfLook(path: string, absentBefore: readonly string[]): void {
  const wal = `${path}-wal`;
  try {
    if (absentBefore.includes(wal) && fs.existsSync(wal) && fs.statSync(wal).size !== 0) return;
    for (const file of absentBefore) fs.rmSync(file, { force: true });
  } catch {
    // Leftover side files are harmless to SQLite; failing to remove them is not an error.
  }
}

/**
 * Checks an existing file without writing to it: readable as SQLite, passes quick_check, not
 * from a newer Galley. Throws NewerDatabaseError; returns a corruption message or null. A file
 * it refuses is left as it was found, side files included.
 */
function inspect(path: string, nativeBinding: string | undefined, migrations: readonly Migration[]): string | null {
  const absentBefore = [`${path}-wal`, `${path}-shm`].filter((f) => !fs.existsSync(f));
  let db: Database.Database | undefined;
  let refused = true;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') return rows.map((r) => r.quick_check).join('; ');
    assertNotNewer(db, migrations);
    refused = false;
    return null;
  } catch (error) {
    if (error instanceof NewerDatabaseError) throw error;
    if (isCorruption(error)) return (error as Error).message;
    throw error;
  } finally {
    db?.close();
    if (refused) removeSideFilesOfLook(path, absentBefore);
  }
}

/**
 * Opens (or creates) a library and migrates it. A damaged file or one from a newer Galley is
 * reported, never modified; a file library is backed up with `db.backup()` before migrating.
 */
export async function openLibrary(options: OpenOptions): Promise<OpenResult> {
  const { path, now, nativeBinding, migrations = MIGRATIONS } = options;
  const binding = nativeBinding ? { nativeBinding } : {};
  const memory = path === ':memory:';
  const created = memory || !fs.existsSync(path) || fs.statSync(path).size === 0;
  try {
    if (!created) {
      const problem = inspect(path, nativeBinding, migrations);
      if (problem !== null) return { status: 'corrupt', message: problem };
    }
    // A first run (the CLI's default library in a fresh user folder) may have no folder yet.
    if (created && !memory) fs.mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, binding);
    try {
      configure(db);
      if (!created && pendingMigrations(db, migrations).length > 0) {
        await createBackup(db, backupDirFor(path), 'pre-migration', now());
      }
      const applied = migrate(db, now, migrations);
      return { status: 'ok', db, applied, created };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (error instanceof NewerDatabaseError) return { status: 'newer', message: error.message };
    if (error instanceof MigrationChecksumError) return { status: 'error', message: error.message };
    if (isCorruption(error)) return { status: 'corrupt', message: (error as Error).message };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Closes a library after folding the WAL back into the main file. */
export function closeLibrary(db: Database.Database): void {
  if (!db.open) return;
  try {
    if (db.name !== ':memory:') db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
