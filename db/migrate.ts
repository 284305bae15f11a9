import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/** The library was written by a newer Galley: it is refused and left exactly as it is. */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`This library was created by a newer version of Galley (schema ${found}; this version knows up to ${supported}).`);
    this.name = 'NewerDatabaseError';
  }
}

/** An applied migration no longer matches its file: the migration history was edited. */
export class MigrationChecksumError extends Error {
  constructor(readonly version: number) {
    super(`Migration ${String(version).padStart(4, '0')} differs from the one applied to this library.`);
    this.name = 'MigrationChecksumError';
  }
}

export function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

interface AppliedRow {
  version: number;
  checksum: string;
}

function hasMigrationTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
}

/**
 * The schema version of a library without writing to it: the highest applied migration (or
 * `PRAGMA user_version` when the table is absent). 0 for a new file.
 */
export function schemaVersion(db: Database.Database): number {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (!hasMigrationTable(db)) return userVersion;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return Math.max(row.v ?? 0, userVersion);
}

/** Throws NewerDatabaseError when the library is from a newer Galley. Read-only. */
export function assertNotNewer(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const found = schemaVersion(db);
  if (found > latest) throw new NewerDatabaseError(found, latest);
}

/** Versions that `migrate` would apply. Read-only. */
export function pendingMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = schemaVersion(db);
  return migrations.filter((m) => m.version > current);
}

/**
 * Brings the library to the latest schema, one transaction per migration, forward only.
 * Refuses (before writing anything) a library from a newer Galley or one whose applied
 * migrations do not match their checksums. Returns the versions applied.
 */
export function migrate(db: Database.Database, now: () => string, migrations: readonly Migration[] = MIGRATIONS): number[] {
  assertNotNewer(db, migrations);
  if (hasMigrationTable(db)) {
    const applied = db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all() as AppliedRow[];
    for (const row of applied) {
      const m = migrations.find((x) => x.version === row.version);
      if (!m || checksum(m.sql) !== row.checksum) throw new MigrationChecksumError(row.version);
    }
  }
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return [];
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, checksum(m.sql), now());
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return pending.map((m) => m.version);
}

export { LATEST_VERSION };
