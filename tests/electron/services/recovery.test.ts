import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Method } from '../../../shared/api';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { createClock, sequentialIds } from '../../helpers/clock';
import { filesIn, fingerprint, useTempDirs } from '../../helpers/tmp';
import { importText } from './fixtures';

const tmp = useTempDirs();
let s: TestServices;
afterEach(async () => s?.close());

const garbage = () => Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256));

/** A library with one release and one manual backup; the library file is then damaged. */
async function damagedLibraryWithBackup() {
  const dir = tmp.make();
  const dbPath = path.join(dir, 'galley.db');
  const clock = createClock();
  s = await bootTestServices({ dbPath, clock });
  const id = await importText(s, 'Réintégration à Genève\nTexte sauvé.');
  const backup = await s.client.call('backups.create', {});
  await s.close();
  fs.writeFileSync(dbPath, garbage());
  clock.advance(60_000);
  return { dir, dbPath, clock, id, backup };
}

const DATA_METHODS: [Method, object][] = [
  ['releases.list', {}],
  ['releases.get', { id: 'x' }],
  ['releases.import', { files: [{ name: 'a', text: 'Titre\nTexte.' }] }],
  ['releases.importExamples', {}],
  ['themes.list', {}],
  ['settings.get', {}],
  ['revisions.list', { releaseId: 'x' }],
  ['backups.create', {}],
];

describe('a damaged library', () => {
  it('is reported by app.info, and data methods answer unavailable', async () => {
    const { dbPath } = await damagedLibraryWithBackup();
    const before = fingerprint(dbPath);
    s = await bootTestServices({ dbPath });
    const info = await s.client.call('app.info', {});
    expect(info.database).toMatchObject({ status: 'corrupt', path: dbPath, message: expect.any(String) });
    for (const [method, input] of DATA_METHODS) {
      await expect(s.client.call(method, input as never), method).rejects.toMatchObject({ code: 'unavailable' });
    }
    expect(s.client.internalErrors).toEqual([]);
    await s.close();
    expect(fingerprint(dbPath)).toEqual(before);
  });

  it('lists its backups and is replaced by one, the damaged file set aside unchanged', async () => {
    const { dir, dbPath, id, backup } = await damagedLibraryWithBackup();
    const damaged = fs.readFileSync(dbPath);
    s = await bootTestServices({ dbPath, clock: createClock('2026-11-23T11:00:00.000Z'), newId: sequentialIds('after') });
    expect((await s.client.call('backups.list', {})).map((b) => b.name)).toEqual([backup.name]);

    const result = await s.client.call('backups.restore', { name: backup.name });
    expect(result.restored).toEqual(backup);
    expect(result.setAside).toBe(`${dbPath}.set-aside-20261123T110000000Z`);
    expect(fs.readFileSync(result.setAside!).equals(damaged)).toBe(true);
    expect((await s.client.call('app.info', {})).database.status).toBe('ok');
    expect((await s.client.call('releases.get', { id })).meta.title).toBe('Réintégration à Genève');
    // The backup itself is still there, untouched.
    expect(filesIn(path.join(dir, 'backups', 'galley'))).toEqual([backup.name]);
    // And the restored library works for writing.
    expect((await s.client.call('releases.import', { files: [{ name: 'b', text: 'Autre\nTexte.' }] })).items[0]!.outcome).toBe('imported');
  });

  it('never overwrites a file set aside earlier', async () => {
    const { dbPath, backup } = await damagedLibraryWithBackup();
    s = await bootTestServices({ dbPath });
    const first = await s.client.call('backups.restore', { name: backup.name });
    const firstBytes = fs.readFileSync(first.setAside!);
    // Same instant (a fixed clock): the second restore must choose another name.
    const second = await s.client.call('backups.restore', { name: backup.name });
    expect(second.setAside).not.toBe(first.setAside);
    expect(fs.readFileSync(first.setAside!).equals(firstBytes)).toBe(true);
    expect(fs.existsSync(second.setAside!)).toBe(true);
  });

  it.each(['../galley.db', 'galley.db', 'galley-20200101T000000000Z-manual.db', '../backups/galley-20261123T100000000Z-manual.db', '/etc/passwd'])('refuses to restore %j', async (name) => {
    const { dbPath } = await damagedLibraryWithBackup();
    const before = fingerprint(dbPath);
    s = await bootTestServices({ dbPath });
    await expect(s.client.call('backups.restore', { name })).rejects.toMatchObject({ code: 'not_found' });
    expect(fingerprint(dbPath)).toEqual(before);
  });

  it('reports a newer library as newer and leaves it alone', async () => {
    const dir = tmp.make();
    const dbPath = path.join(dir, 'galley.db');
    s = await bootTestServices({ dbPath });
    await s.close();
    const db = new Database(dbPath);
    db.pragma('user_version = 999');
    db.close();
    const before = fingerprint(dbPath);
    s = await bootTestServices({ dbPath });
    expect((await s.client.call('app.info', {})).database).toMatchObject({ status: 'newer', path: dbPath });
    await expect(s.client.call('releases.list', {})).rejects.toMatchObject({ code: 'unavailable' });
    await s.close();
    expect(fingerprint(dbPath)).toEqual(before);
    expect(filesIn(dir)).toEqual(['galley.db']);
  });
});
