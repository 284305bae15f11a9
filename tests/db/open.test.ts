import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeLibrary, LATEST_VERSION, listBackups, MIGRATIONS, openLibrary, type Migration } from '../../db';
import { T0 } from '../helpers/clock';
import { filesIn, fingerprint, useTempDirs } from '../helpers/tmp';

const tmp = useTempDirs();
const now = () => T0;
const extra: Migration = { version: LATEST_VERSION + 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY) STRICT;' };

async function open(file: string, migrations?: readonly Migration[]) {
  const result = await openLibrary({ path: file, now, ...(migrations ? { migrations } : {}) });
  if (result.status !== 'ok') throw new Error(`${result.status}: ${result.message}`);
  return result;
}

/** A closed library file at the current schema, with one row so it is not trivially empty. */
async function libraryFile(dir: string, migrations?: readonly Migration[]): Promise<string> {
  const file = path.join(dir, 'galley.db');
  const { db } = await open(file, migrations);
  db.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
  closeLibrary(db);
  return file;
}

describe('openLibrary', () => {
  it('creates and migrates a new file with WAL, foreign keys and a busy timeout', async () => {
    const file = path.join(tmp.make(), 'galley.db');
    const result = await open(file);
    expect(result.created).toBe(true);
    expect(result.applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(result.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(result.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(result.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeLibrary(result.db);
    // A new library has nothing to protect: no pre-migration backup.
    expect(filesIn(path.dirname(file))).toEqual(['galley.db']);
  });

  it('creates the folder of a new library file', async () => {
    const file = path.join(tmp.make(), 'nested', 'deeper', 'galley.db');
    const result = await open(file);
    closeLibrary(result.db);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('sets foreign keys and the busy timeout in memory too', async () => {
    const result = await open(':memory:');
    expect(result.created).toBe(true);
    expect(result.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(result.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeLibrary(result.db);
  });

  it('reopens an up-to-date file without migrating or backing up', async () => {
    const file = await libraryFile(tmp.make());
    const result = await open(file);
    expect(result.created).toBe(false);
    expect(result.applied).toEqual([]);
    expect(result.db.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('1');
    closeLibrary(result.db);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('backs up an older file with db.backup() before migrating it', async () => {
    const dir = tmp.make();
    const file = await libraryFile(dir);
    const result = await open(file, [...MIGRATIONS, extra]);
    expect(result.applied).toEqual([LATEST_VERSION + 1]);
    closeLibrary(result.db);
    const backups = listBackups(path.join(dir, 'backups', 'galley'));
    expect(backups.map((b) => b.reason)).toEqual(['pre-migration']);
    expect(backups[0]!.createdAt).toBe(T0);
    // The backup is the library as it was before: schema 1, its data, no table of migration 2.
    const copy = new Database(path.join(dir, 'backups', 'galley', backups[0]!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('1');
    expect(copy.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'").pluck().get()).toBe(0);
    copy.close();
  });

  describe('a library from a newer Galley', () => {
    it.each([
      ['user_version 999', (db: Database.Database) => db.pragma('user_version = 999')],
      ['schema_migrations holding 999', (db: Database.Database) => db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x', ?)").run(T0)],
    ])('is refused as newer and left byte-for-byte unchanged (%s)', async (_label, bump) => {
      const dir = tmp.make();
      const file = await libraryFile(dir);
      const db = new Database(file);
      bump(db);
      db.close();
      const before = fingerprint(file);
      const listing = filesIn(dir);

      const result = await openLibrary({ path: file, now });
      expect(result.status).toBe('newer');
      expect(result.status !== 'ok' && result.message).toMatch(/newer version of Galley \(schema 999/);
      expect(fingerprint(file)).toEqual(before);
      // No WAL, shared-memory or backup file is left beside it.
      expect(filesIn(dir)).toEqual(listing);
    });
  });

  it('reports an edited migration history as an error and does not change the file', async () => {
    const file = await libraryFile(tmp.make());
    const before = fingerprint(file);
    const edited = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
    const result = await openLibrary({ path: file, now, migrations: edited });
    expect(result.status).toBe('error');
    expect(result.status !== 'ok' && result.message).toMatch(/Migration 0001 differs/);
    expect(fingerprint(file).sha256).toBe(before.sha256);
  });

  describe('a damaged file', () => {
    it('of garbage bytes is reported corrupt and left as it is', async () => {
      const dir = tmp.make();
      const file = path.join(dir, 'galley.db');
      fs.writeFileSync(file, Buffer.from(Array.from({ length: 16384 }, (_, i) => (i * 7919) % 251)));
      const before = fingerprint(file);
      const result = await openLibrary({ path: file, now });
      expect(result.status).toBe('corrupt');
      expect(fingerprint(file)).toEqual(before);
      expect(filesIn(dir)).toEqual(['galley.db']);
    });

    it('whose page was overwritten is reported corrupt and left as it is', async () => {
      const dir = tmp.make();
      const file = await libraryFile(dir);
      const bytes = fs.readFileSync(file);
      const pageSize = bytes.readUInt16BE(16);
      // Page 2 is the first table's b-tree root: scribble over it.
      bytes.fill(0x5a, pageSize, pageSize * 2);
      fs.writeFileSync(file, bytes);
      const before = fingerprint(file);
      const result = await openLibrary({ path: file, now });
      expect(result.status).toBe('corrupt');
      expect(fingerprint(file)).toEqual(before);
      expect(filesIn(dir)).toEqual(['galley.db']);
    });
  });
});
