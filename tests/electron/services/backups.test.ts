import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_PER_GROUP, listBackups } from '../../../db';
import { SAVES_PER_BACKUP } from '../../../electron/services/backups';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { createClock } from '../../helpers/clock';
import { useTempDirs } from '../../helpers/tmp';
import { importText } from './fixtures';

const tmp = useTempDirs();
let s: TestServices;
afterEach(async () => s?.close());

const reasons = (dir: string) => listBackups(path.join(dir, 'backups', 'galley')).map((b) => b.reason);

describe('automatic and manual backups', () => {
  it('takes no start-up backup of a new library, and one at each later start', async () => {
    const dir = tmp.make();
    const dbPath = path.join(dir, 'galley.db');
    const clock = createClock();
    s = await bootTestServices({ dbPath, clock });
    await s.close();
    expect(reasons(dir)).toEqual([]);
    clock.advance(60_000);
    s = await bootTestServices({ dbPath, clock });
    await s.close();
    expect(reasons(dir)).toEqual(['startup']);
    expect(listBackups(path.join(dir, 'backups', 'galley'))[0]!.createdAt).toBe(clock.now());
  });

  it('takes no start-up backup when asked not to (read-only commands)', async () => {
    const dir = tmp.make();
    const dbPath = path.join(dir, 'galley.db');
    s = await bootTestServices({ dbPath });
    await s.close();
    s = await bootTestServices({ dbPath, startupBackup: false });
    await s.close();
    expect(reasons(dir)).toEqual([]);
  });

  it(`takes a periodic backup every ${SAVES_PER_BACKUP} saves`, async () => {
    const dir = tmp.make();
    s = await bootTestServices({ dbPath: path.join(dir, 'galley.db') });
    const id = await importText(s, 'Titre\nTexte.');
    let revision = 1;
    for (let i = 1; i <= SAVES_PER_BACKUP * 2 + 1; i++) {
      s.clock.advance(1000);
      const meta = { title: `Titre ${i}`, subtitle: '', dateline: '', date: null };
      revision = (await s.client.call('releases.save', { id, baseRevision: revision, reason: i % 2 ? 'save' : 'autosave', patch: { meta } })).revision;
    }
    await s.close();
    expect(reasons(dir)).toEqual(['periodic', 'periodic']);
  });

  it('does not count saves that change nothing', async () => {
    const dir = tmp.make();
    s = await bootTestServices({ dbPath: path.join(dir, 'galley.db') });
    const id = await importText(s, 'Titre\nTexte.');
    for (let i = 0; i < SAVES_PER_BACKUP; i++) await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: {} });
    await s.close();
    expect(reasons(dir)).toEqual([]);
  });

  it('takes a manual backup on request and lists it, newest first', async () => {
    const dir = tmp.make();
    s = await bootTestServices({ dbPath: path.join(dir, 'galley.db') });
    const first = await s.client.call('backups.create', {});
    s.clock.advance(1000);
    const second = await s.client.call('backups.create', {});
    expect(first).toMatchObject({ reason: 'manual', createdAt: '2026-11-23T10:00:00.000Z', name: 'galley-20261123T100000000Z-manual.db' });
    expect((await s.client.call('backups.list', {})).map((b) => b.name)).toEqual([second.name, first.name]);
  });

  it(`keeps the last ${KEEP_PER_GROUP} manual backups`, async () => {
    const dir = tmp.make();
    s = await bootTestServices({ dbPath: path.join(dir, 'galley.db') });
    const made = [];
    for (let i = 0; i < KEEP_PER_GROUP + 3; i++) {
      s.clock.advance(1000);
      made.push((await s.client.call('backups.create', {})).name);
    }
    expect((await s.client.call('backups.list', {})).map((b) => b.name)).toEqual(made.slice(3).reverse());
  });

  it('never overwrites a backup taken in the same millisecond', async () => {
    const dir = tmp.make();
    s = await bootTestServices({ dbPath: path.join(dir, 'galley.db') });
    const a = await s.client.call('backups.create', {});
    const b = await s.client.call('backups.create', {});
    expect(b.name).not.toBe(a.name);
    expect(await s.client.call('backups.list', {})).toHaveLength(2);
  });

  it('has no backups for a library in memory', async () => {
    s = await bootTestServices();
    expect(await s.client.call('backups.list', {})).toEqual([]);
    await expect(s.client.call('backups.create', {})).rejects.toMatchObject({ code: 'unavailable' });
    await expect(s.client.call('backups.restore', { name: 'galley-20261123T100000000Z-manual.db' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
