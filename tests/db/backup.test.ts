import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFileName, createBackup, isBackupName, KEEP_PER_GROUP, listBackups, pruneBackups, type BackupReason } from '../../db';
import { memoryLibrary } from '../helpers/db';
import { filesIn, useTempDirs } from '../helpers/tmp';

const tmp = useTempDirs();

/** An empty file with a backup name, `n` minutes after a fixed instant. */
function touchBackup(dir: string, reason: BackupReason, minute: number): string {
  const at = new Date(Date.UTC(2026, 10, 23, 10, minute)).toISOString();
  const name = backupFileName(reason, at);
  fs.writeFileSync(path.join(dir, name), 'x');
  return name;
}

describe('backup names', () => {
  it.each([
    ['startup', '2026-11-23T10:15:00.123Z', 'galley-20261123T101500123Z-startup.db'],
    ['periodic', '2026-11-23T10:15:00.123456Z', 'galley-20261123T101500123Z-periodic.db'],
    ['manual', '2026-11-23T10:15:00Z', 'galley-20261123T101500000Z-manual.db'],
    ['pre-migration', '2026-01-02T03:04:05.006Z', 'galley-20260102T030405006Z-pre-migration.db'],
  ] as const)('%s at %s', (reason, now, name) => {
    expect(backupFileName(reason, now)).toBe(name);
    expect(isBackupName(name)).toBe(true);
  });

  it('parse back to their reason and creation time', () => {
    const dir = tmp.make();
    fs.writeFileSync(path.join(dir, 'galley-20261123T101500123Z-startup.db'), 'abc');
    expect(listBackups(dir)).toEqual([{ name: 'galley-20261123T101500123Z-startup.db', createdAt: '2026-11-23T10:15:00.123Z', size: 3, reason: 'startup' }]);
  });

  it.each([
    '../galley-20261123T101500123Z-startup.db',
    'sub/galley-20261123T101500123Z-startup.db',
    'galley-20261123T101500123Z-startup.db.partial',
    'galley-20261123T101500123Z-unknown.db',
    'galley.db',
    '',
  ])('%j is not a backup name', (name) => {
    expect(isBackupName(name)).toBe(false);
  });

  it('lists newest first, ignores other files, and a missing folder has none', () => {
    const dir = tmp.make();
    const a = touchBackup(dir, 'manual', 1);
    const b = touchBackup(dir, 'startup', 2);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    fs.writeFileSync(path.join(dir, `${b}.partial`), 'x');
    expect(listBackups(dir).map((x) => x.name)).toEqual([b, a]);
    expect(listBackups(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('pruneBackups', () => {
  it(`keeps the newest ${KEEP_PER_GROUP} of each group (startup and periodic share one)`, () => {
    const dir = tmp.make();
    const auto = Array.from({ length: 14 }, (_, i) => touchBackup(dir, i % 2 === 0 ? 'startup' : 'periodic', i));
    const manual = Array.from({ length: 12 }, (_, i) => touchBackup(dir, 'manual', 20 + i));
    const migration = Array.from({ length: 3 }, (_, i) => touchBackup(dir, 'pre-migration', 40 + i));
    fs.writeFileSync(path.join(dir, 'keep-me.txt'), 'x');
    pruneBackups(dir);
    const left = filesIn(dir);
    expect(left).toEqual([...auto.slice(4), ...manual.slice(2), ...migration, 'keep-me.txt'].sort());
  });
});

describe('createBackup', () => {
  it('writes a consistent copy named for its reason, with no partial file left', async () => {
    const { db, repos } = memoryLibrary();
    repos.settings.set('k', { a: 1 });
    const dir = path.join(tmp.make(), 'backups');
    const info = await createBackup(db, dir, 'manual', '2026-11-23T10:15:00.123Z');
    expect(info).toEqual({ name: 'galley-20261123T101500123Z-manual.db', reason: 'manual', createdAt: '2026-11-23T10:15:00.123Z', size: expect.any(Number) });
    expect(filesIn(dir)).toEqual([info.name]);
    expect(info.size).toBe(fs.statSync(path.join(dir, info.name)).size);
    const copy = new Database(path.join(dir, info.name), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('{"a":1}');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    db.close();
  });

  it('prunes after writing', async () => {
    const { db } = memoryLibrary();
    const dir = tmp.make();
    for (let i = 0; i < KEEP_PER_GROUP; i++) touchBackup(dir, 'manual', i);
    const info = await createBackup(db, dir, 'manual', '2026-11-23T11:00:00.000Z');
    const names = listBackups(dir).map((b) => b.name);
    expect(names).toHaveLength(KEEP_PER_GROUP);
    expect(names[0]).toBe(info.name);
    db.close();
  });
});
