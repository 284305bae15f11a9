import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { testHost } from '../../helpers/host';
import { useTempDirs } from '../../helpers/tmp';
import { importText } from './fixtures';

const tmp = useTempDirs();
let s: TestServices;
afterEach(async () => s?.close());

async function release(services: TestServices): Promise<string> {
  const id = await importText(services, 'Les officiers chinois formés\nPremier paragraphe.\nSecond paragraphe.');
  await services.client.call('releases.save', {
    id,
    baseRevision: 1,
    reason: 'save',
    patch: { meta: { title: 'Les officiers chinois formés', subtitle: '', dateline: 'GENÈVE', date: '2021-02-03' } },
  });
  return id;
}

describe('releases.export', () => {
  it('returns plain text with a file name from the date and title', async () => {
    s = await bootTestServices();
    const id = await release(s);
    const out = await s.client.call('releases.export', { id, format: 'txt', destination: 'return' });
    expect(out).toEqual({
      fileName: '2021-02-03-les-officiers-chinois-formes.txt',
      mediaType: 'text/plain;charset=utf-8',
      content: 'Les officiers chinois formés\n\nGENÈVE, 3 février 2021\n\nPremier paragraphe.\n\nSecond paragraphe.\n',
      savedPath: null,
      cancelled: false,
    });
  });

  it('returns Markdown with front matter', async () => {
    s = await bootTestServices();
    const id = await release(s);
    const out = await s.client.call('releases.export', { id, format: 'md', destination: 'return' });
    expect(out.fileName).toBe('2021-02-03-les-officiers-chinois-formes.md');
    expect(out.mediaType).toBe('text/markdown;charset=utf-8');
    expect(out.content).toMatch(/^---\ntitle: Les officiers chinois formés\ndateline: GENÈVE\ndate: 2021-02-03\nlanguage: fr\nstatus: imported\n---\n\n# Les officiers chinois formés\n/);
  });

  it('writes the file where the host dialog says', async () => {
    const target = path.join(tmp.make(), 'choisi.md');
    const { host, asked } = testHost({ savePaths: [target] });
    s = await bootTestServices({ host });
    const id = await release(s);
    const out = await s.client.call('releases.export', { id, format: 'md', destination: 'dialog' });
    expect(asked).toEqual([{ suggestedName: '2021-02-03-les-officiers-chinois-formes.md', extensions: ['md'] }]);
    expect(out).toMatchObject({ savedPath: target, cancelled: false });
    expect(fs.readFileSync(target, 'utf8')).toBe(out.content);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const dir = tmp.make();
    const { host, asked } = testHost({ savePaths: [null] });
    s = await bootTestServices({ host });
    const id = await release(s);
    const out = await s.client.call('releases.export', { id, format: 'txt', destination: 'dialog' });
    expect(asked[0]!.extensions).toEqual(['txt']);
    expect(out).toMatchObject({ savedPath: null, cancelled: true });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a path it cannot write as an error with the path, not a crash', async () => {
    const target = path.join(tmp.make(), 'missing-folder', 'x.txt');
    const { host } = testHost({ savePaths: [target] });
    s = await bootTestServices({ host });
    const id = await release(s);
    await expect(s.client.call('releases.export', { id, format: 'txt', destination: 'dialog' })).rejects.toMatchObject({ code: 'internal', params: { path: target } });
    await expect(s.client.call('releases.export', { id: 'nope', format: 'txt', destination: 'return' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
