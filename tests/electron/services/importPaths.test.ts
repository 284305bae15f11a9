import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/api';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { testHost } from '../../helpers/host';
import { useTempDirs } from '../../helpers/tmp';

const tmp = useTempDirs();
let s: TestServices;
afterEach(async () => {
  vi.restoreAllMocks();
  await s?.close();
});

describe('importing files from disk (CLI, dialog)', () => {
  it('imports what it can and reports each path it cannot read, in order', async () => {
    s = await bootTestServices();
    const dir = tmp.make();
    const at = (name: string) => path.join(dir, name);
    fs.writeFileSync(at('bon.txt'), 'Bon titre\nCorps.');
    fs.mkdirSync(at('dossier.txt'));
    fs.symlinkSync(at('absent.txt'), at('lien.txt'));
    // The start of a real spreadsheet: a ZIP whose first entry is not a Word document.
    fs.writeFileSync(at('tableur.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), Buffer.alloc(20), Buffer.from('[Content_Types].xml')]));
    fs.writeFileSync(at('vide.md'), '');
    fs.writeFileSync(at('photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    // 200 MB, sparse: it must be refused from its size alone, never read.
    fs.writeFileSync(at('enorme.txt'), '');
    fs.truncateSync(at('enorme.txt'), 200 * 1024 * 1024);
    fs.writeFileSync(at('autre.md'), 'Autre titre\n\nCorps.');
    const read = vi.spyOn(fs, 'readFileSync');

    const paths = ['bon.txt', 'dossier.txt', 'lien.txt', 'manquant.txt', 'tableur.xlsx', 'vide.md', 'photo.txt', 'enorme.txt', 'autre.md'].map(at);
    const report = await s.runtime.importPaths(paths);
    expect(report.items.map((i) => [i.name, i.outcome, i.failure])).toEqual([
      ['bon.txt', 'imported', null],
      ['dossier.txt', 'failed', 'unreadable'],
      ['lien.txt', 'failed', 'unreadable'],
      ['manquant.txt', 'failed', 'unreadable'],
      ['tableur.xlsx', 'failed', 'unsupported_format'],
      ['vide.md', 'failed', 'empty'],
      ['photo.txt', 'failed', 'unsupported_format'],
      ['enorme.txt', 'failed', 'too_large'],
      ['autre.md', 'imported', null],
    ]);
    expect(report.items[7]!.detail).toBe(`${200 * 1024 * 1024} bytes (limit ${MAX_IMPORT_BYTES})`);
    expect(read.mock.calls.map((c) => c[0])).toContain(at('bon.txt'));
    expect(read.mock.calls.map((c) => c[0])).not.toContain(at('enorme.txt'));
    expect(read.mock.calls.map((c) => c[0])).not.toContain(at('dossier.txt'));
    expect((await s.client.call('releases.list', {})).total).toBe(2);
  });

  it('accepts a file of exactly the size limit and refuses one byte more', async () => {
    s = await bootTestServices();
    const dir = tmp.make();
    const big = path.join(dir, 'limite.txt');
    fs.writeFileSync(big, 'x'.repeat(MAX_IMPORT_BYTES + 1));
    expect((await s.runtime.importPaths([big])).items[0]).toMatchObject({ outcome: 'failed', failure: 'too_large' });
    fs.truncateSync(big, MAX_IMPORT_BYTES);
    expect((await s.runtime.importPaths([big])).items[0]).toMatchObject({ outcome: 'imported' });
  });

  it('imports the files picked in the host dialog, and nothing when it is cancelled', async () => {
    const dir = tmp.make();
    const a = path.join(dir, 'a.txt');
    fs.writeFileSync(a, 'Choisi\nCorps.');
    const { host } = testHost({ importPaths: [[a], null] });
    s = await bootTestServices({ host });
    expect((await s.client.call('releases.importFromDialog', {})).items).toMatchObject([{ name: 'a.txt', outcome: 'imported', title: 'Choisi' }]);
    expect(await s.client.call('releases.importFromDialog', {})).toEqual({ items: [] });
  });
});
