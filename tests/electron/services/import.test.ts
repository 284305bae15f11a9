import { afterEach, describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../shared/api';
import type { ReleaseId } from '../../../shared/domain';
import { bootTestServices, type TestServices } from '../../helpers/boot';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89]);

const file = (name: string, content: string | Uint8Array): ImportFile => ({
  name,
  dataBase64: Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64'),
});

let s: TestServices;
afterEach(async () => s?.close());

function count(table: 'sources' | 'releases' | 'revisions'): number {
  return s.runtime.library.db().prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
}

describe('releases.import', () => {
  it('imports text and Markdown files: source, release and first revision', async () => {
    s = await bootTestServices();
    const report = await s.client.call('releases.import', {
      files: [file('communique.txt', 'Réintégration à Genève\n\nLes migrants de retour reçoivent une aide.\n'), file('note.md', '# Titre Markdown\n\nThe report is on the table.\n')],
    });
    expect(report.items).toEqual([
      { name: 'communique.txt', outcome: 'imported', releaseId: 'id-0002', title: 'Réintégration à Genève', failure: null, detail: null },
      { name: 'note.md', outcome: 'imported', releaseId: 'id-0004', title: 'Titre Markdown', failure: null, detail: null },
    ]);
    const release = await s.client.call('releases.get', { id: 'id-0002' });
    expect(release).toMatchObject({ status: 'imported', language: 'fr', revision: 1, sourceId: 'id-0001', createdAt: s.clock.now() });
    expect(release.body.blocks).toEqual([{ type: 'paragraph', children: [{ text: 'Les migrants de retour reçoivent une aide.' }] }]);
    expect(await s.client.call('revisions.list', { releaseId: 'id-0002' })).toMatchObject([{ revision: 1, reason: 'import' }]);
    const source = await s.client.call('releases.source', { id: 'id-0004' });
    // The document the split saw (and review shows): Markdown heading markers are formatting, not text.
    expect(source).toMatchObject({ fileName: 'note.md', mediaType: 'text/markdown', encoding: 'utf-8', text: 'Titre Markdown\n\nThe report is on the table.\n' });
    expect([count('sources'), count('releases'), count('revisions')]).toEqual([2, 2, 2]);
    expect(s.client.internalErrors).toEqual([]);
  });

  it.each([
    ['a name without extension', 'Sans titre'],
    ['a name ending in a date', 'Texte collé 23.11.2026'],
    ['a name ending in a time', 'Texte collé 2025-03-12 14:32'],
  ])('imports pasted text with %s', async (_label, name) => {
    s = await bootTestServices();
    const report = await s.client.call('releases.import', { files: [{ name, text: 'Titre collé\nCorps du texte collé.' }] });
    expect(report.items[0]).toMatchObject({ name, outcome: 'imported', title: 'Titre collé' });
    const source = await s.client.call('releases.source', { id: report.items[0]!.releaseId! });
    expect(source.mediaType).toBe('text/plain');
  });

  it('imports a file named like a date as text, not as an unknown “.2026” type', async () => {
    s = await bootTestServices();
    const report = await s.client.call('releases.import', { files: [file('Communiqué 23.11.2026', 'Titre\nCorps.')] });
    expect(report.items[0]).toMatchObject({ outcome: 'imported', title: 'Titre' });
  });

  it('reports the same bytes twice as a duplicate of the first release, stored once', async () => {
    s = await bootTestServices();
    const bytes = 'Titre\nCorps du communiqué.';
    const first = await s.client.call('releases.import', { files: [file('a.txt', bytes)] });
    const again = await s.client.call('releases.import', { files: [file('copie.txt', bytes), { name: 'collé', text: bytes }] });
    const id = first.items[0]!.releaseId;
    expect(again.items).toEqual([
      { name: 'copie.txt', outcome: 'duplicate', releaseId: id, title: 'Titre', failure: null, detail: 'Same bytes as a.txt' },
      { name: 'collé', outcome: 'duplicate', releaseId: id, title: 'Titre', failure: null, detail: 'Same bytes as a.txt' },
    ]);
    expect([count('sources'), count('releases')]).toEqual([1, 1]);
  });

  it('reports a duplicate of a release in the trash, with its id', async () => {
    s = await bootTestServices();
    const first = await s.client.call('releases.import', { files: [file('a.txt', 'Titre\nCorps.')] });
    const id = first.items[0]!.releaseId!;
    await s.client.call('releases.trash', { ids: [id] });
    const again = await s.client.call('releases.import', { files: [file('a.txt', 'Titre\nCorps.')] });
    expect(again.items[0]).toMatchObject({ outcome: 'duplicate', releaseId: id });
  });

  it('imports the good files of a batch and reports each bad one with its reason', async () => {
    s = await bootTestServices();
    const report = await s.client.call('releases.import', {
      files: [
        file('premier.txt', 'Premier\nCorps.'),
        file('vide.txt', ''),
        file('blancs.txt', ' \n\t\r\n  '),
        file('image.txt', PNG),
        file('document.pdf', '%PDF-1.7'),
        file('dernier.txt', 'Dernier\nCorps.'),
      ],
    });
    expect(report.items.map((i) => [i.name, i.outcome, i.failure])).toEqual([
      ['premier.txt', 'imported', null],
      ['vide.txt', 'failed', 'empty'],
      ['blancs.txt', 'failed', 'empty'],
      // Recognised by its signature: a PNG image, whatever its name says.
      ['image.txt', 'failed', 'unsupported_format'],
      ['document.pdf', 'failed', 'unsupported_format'],
      ['dernier.txt', 'imported', null],
    ]);
    for (const item of report.items.filter((i) => i.outcome === 'failed')) expect(item).toMatchObject({ releaseId: null, title: null, detail: expect.any(String) });
    expect([count('sources'), count('releases'), count('revisions')]).toEqual([2, 2, 2]);
  });

  it.each([
    ['the release insert', (t: TestServices) => (t.runtime.library.repos().releases.insert = () => { throw new Error('disk full'); })],
    ['the first revision', (t: TestServices) => (t.runtime.library.repos().revisions.add = () => { throw new Error('disk full'); })],
  ])('writes nothing when %s fails, and the next file still imports', async (_label, breakIt) => {
    s = await bootTestServices();
    const repos = s.runtime.library.repos();
    const saved = { insert: repos.releases.insert, add: repos.revisions.add };
    breakIt(s);
    const report = await s.client.call('releases.import', { files: [file('a.txt', 'Titre\nCorps.')] });
    expect(report.items[0]).toMatchObject({ outcome: 'failed', failure: 'internal', detail: 'disk full' });
    expect([count('sources'), count('releases'), count('revisions')]).toEqual([0, 0, 0]);
    expect(s.logs.join('\n')).toMatch(/import of a\.txt failed/);
    Object.assign(repos.releases, { insert: saved.insert });
    Object.assign(repos.revisions, { add: saved.add });
    // The same bytes are not taken for a duplicate of the failed attempt.
    const retry = await s.client.call('releases.import', { files: [file('a.txt', 'Titre\nCorps.')] });
    expect(retry.items[0]).toMatchObject({ outcome: 'imported' });
  });

  it('refuses an empty batch and a file with an empty name at the edge', async () => {
    s = await bootTestServices();
    await expect(s.client.call('releases.import', { files: [] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(s.client.call('releases.import', { files: [{ name: '', text: 'x' }] })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('lists what it imported', async () => {
    s = await bootTestServices();
    await s.client.call('releases.import', { files: [file('a.txt', 'Alpha\nCorps.'), file('b.txt', 'Beta\nBody.')] });
    const page = await s.client.call('releases.list', { sort: 'title', direction: 'asc' });
    expect(page).toMatchObject({ total: 2, offset: 0 });
    expect(page.items.map((r) => r.title)).toEqual(['Alpha', 'Beta']);
    expect(page.items[0]!.id).toBe('id-0002' as ReleaseId);
  });
});
