// A damaged library: Galley says so, never overwrites it, and offers the latest automatic backup.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootServices } from '../../electron/services/boot';
import { headlessHost } from '../../electron/services/host';
import { openSession, seedFiles, type Session } from './harness';

let s: Session;
let damaged: Buffer;

/** A library with one release, opened twice (so a start-up backup exists), then damaged. */
async function prepare(dbPath: string): Promise<void> {
  const boot = () => bootServices({ dbPath, host: headlessHost('test'), version: 'e2e', systemLocale: 'fr-FR', examplesDir: null });
  const first = await boot();
  expect((await first.importPaths([seedFiles()[1]!])).items[0]!.outcome).toBe('imported');
  await first.close();
  await (await boot()).close();
  damaged = Buffer.alloc(64 * 1024, 0x5a);
  fs.writeFileSync(dbPath, damaged);
}

beforeAll(async () => {
  s = await openSession({ locale: 'fr-FR', prepare });
});
afterAll(async () => {
  await s?.close();
});

describe('a damaged library', () => {
  it('is reported in French, untouched, with the latest backup offered', async () => {
    const screen = s.page.locator('[data-testid="recovery"][data-status="corrupt"]');
    await screen.waitFor();
    await expect(screen.innerText()).resolves.toMatch(/endommagé/);
    await expect(s.page.getByTestId('recovery-path').innerText()).resolves.toBe(s.dbPath);
    expect(fs.readFileSync(s.dbPath).equals(damaged)).toBe(true);
    await s.shot('12-recovery');
  });

  it('restores the latest backup, setting the damaged file aside', async () => {
    await s.page.getByTestId('recovery-restore').click();
    await expect.poll(() => s.page.getByTestId('release-row').count()).toBe(1);
    const aside = fs.readdirSync(path.dirname(s.dbPath)).filter((n) => n.startsWith('library.db.set-aside-') && !/-(wal|shm)$/.test(n));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(s.dbPath), aside[0]!)).equals(damaged)).toBe(true);
  });
});
