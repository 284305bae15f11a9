import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, MigrationChecksumError, NewerDatabaseError, checksum, migrate, schemaVersion, type Migration } from '../../db';
import { T0 } from '../helpers/clock';

const now = () => T0;

function fresh(): Database.Database {
  return new Database(':memory:');
}

/** Everything about a schema that a migration could change, to prove that nothing did. */
function snapshot(db: Database.Database) {
  return {
    schema: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all(),
    userVersion: db.pragma('user_version', { simple: true }),
    applied: db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()
      ? db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version').all()
      : null,
  };
}

function names(db: Database.Database, type: string): string[] {
  return (db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all(type) as string[]).filter((n) => !n.startsWith('sqlite_'));
}

const NEXT = LATEST_VERSION + 1;
const extra: Migration = { version: NEXT, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;' };

describe('migrate', () => {
  it('applies the whole chain to a new database', () => {
    const db = fresh();
    expect(migrate(db, now)).toEqual(MIGRATIONS.map((m) => m.version));
    const tables = names(db, 'table');
    for (const t of ['sources', 'releases', 'revisions', 'themes', 'release_themes', 'settings', 'releases_fts', 'schema_migrations']) {
      expect(tables).toContain(t);
    }
    expect(names(db, 'trigger')).toEqual(['releases_fts_delete', 'releases_fts_insert', 'releases_fts_update']);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const rows = db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name, checksum: checksum(m.sql), applied_at: T0 })));
  });

  it('applies nothing the second time', () => {
    const db = fresh();
    migrate(db, now);
    const before = snapshot(db);
    expect(migrate(db, () => '2030-01-01T00:00:00.000Z')).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it('applies only the migrations added since', () => {
    const db = fresh();
    migrate(db, now);
    expect(migrate(db, now, [...MIGRATIONS, extra])).toEqual([NEXT]);
    expect(db.pragma('user_version', { simple: true })).toBe(NEXT);
    expect(names(db, 'table')).toContain('notes');
  });

  it('refuses an applied migration whose SQL changed, writing nothing', () => {
    const db = fresh();
    migrate(db, now);
    const before = snapshot(db);
    const edited = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, sql: `${m.sql}\nCREATE TABLE sneaky (x);` } : m));
    expect(() => migrate(db, now, [...edited, extra])).toThrow(MigrationChecksumError);
    expect(snapshot(db)).toEqual(before);
    expect(names(db, 'table')).not.toContain('notes');
  });

  it('treats CRLF and LF line endings as the same migration', () => {
    const db = fresh();
    migrate(db, now);
    const crlf = MIGRATIONS.map((m) => ({ ...m, sql: m.sql.replace(/\n/g, '\r\n') }));
    expect(migrate(db, now, crlf)).toEqual([]);
  });

  it('refuses an applied migration missing from the list', () => {
    const db = fresh();
    migrate(db, now, [...MIGRATIONS, extra]);
    // A list that lost the applied migration but still ends above it (renumbered) is refused.
    const renumbered: Migration[] = [...MIGRATIONS, { ...extra, version: NEXT + 1 }];
    expect(() => migrate(db, now, renumbered)).toThrow(MigrationChecksumError);
  });

  it.each([
    ['schema_migrations holds version 999', (db: Database.Database) => {
      migrate(db, now);
      db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x', ?)").run(T0);
    }],
    ['user_version is 999', (db: Database.Database) => {
      migrate(db, now);
      db.pragma('user_version = 999');
    }],
    ['user_version is 999 without a migration table', (db: Database.Database) => {
      db.pragma('user_version = 999');
    }],
  ])('refuses a database from a newer Galley when %s, writing nothing', (_label, make) => {
    const db = fresh();
    make(db);
    const before = snapshot(db);
    const error = (() => {
      try {
        migrate(db, now);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as NewerDatabaseError).found).toBe(999);
    expect((error as NewerDatabaseError).supported).toBe(LATEST_VERSION);
    expect(snapshot(db)).toEqual(before);
  });

  it('rolls back a migration that fails half-way, keeping the earlier ones', () => {
    const db = fresh();
    const broken: Migration = { version: NEXT, name: 'broken', sql: 'CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(db, now, [...MIGRATIONS, broken])).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(names(db, 'table')).not.toContain('half');
    expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(LATEST_VERSION);
  });
});
