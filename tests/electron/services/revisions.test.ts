import { afterEach, describe, expect, it } from 'vitest';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { importText } from './fixtures';

let s: TestServices;
afterEach(async () => s?.close());

const meta = (title: string) => ({ title, subtitle: '', dateline: '', date: null });
const theme = (id: string) => ({ id, source: 'manual' as const, score: null });

describe('revisions', () => {
  it('restores an earlier text as a new revision, keeping the workflow status', async () => {
    s = await bootTestServices();
    const id = await importText(s, 'Réintégration à Genève\nPremier texte.');
    s.clock.advance(1000);
    await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { meta: meta('Tout autre chose'), status: 'ready', body: { blocks: [] } } });
    s.clock.advance(1000);
    const restored = await s.client.call('revisions.restore', { releaseId: id, revision: 1, baseRevision: 2 });
    expect(restored).toMatchObject({ revision: 3, status: 'ready', meta: meta('Réintégration à Genève'), updatedAt: s.clock.now() });
    expect(restored.body.blocks).toEqual([{ type: 'paragraph', children: [{ text: 'Premier texte.' }] }]);
    const history = await s.client.call('revisions.list', { releaseId: id });
    expect(history.map((r) => [r.revision, r.reason, r.restoredFrom])).toEqual([
      [3, 'restore', 1],
      [2, 'save', null],
      [1, 'import', null],
    ]);
    // Nothing was overwritten: revision 2 is still there as it was.
    expect((await s.client.call('revisions.get', { releaseId: id, revision: 2 })).meta.title).toBe('Tout autre chose');
    // The search index follows the restore.
    expect((await s.client.call('releases.list', { search: 'reintegration geneve' })).items.map((r) => r.id)).toEqual([id]);
    expect((await s.client.call('releases.list', { search: 'autre chose' })).total).toBe(0);
  });

  it('leaves out themes deleted from the taxonomy since the snapshot', async () => {
    s = await bootTestServices();
    const id = await importText(s, 'Titre\nTexte.');
    await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { themes: [theme('migrant-health'), theme('displacement')] } });
    await s.client.call('releases.save', { id, baseRevision: 2, reason: 'save', patch: { themes: [] } });
    await s.client.call('themes.delete', { id: 'displacement' });
    const restored = await s.client.call('revisions.restore', { releaseId: id, revision: 2, baseRevision: 3 });
    expect(restored.themes).toEqual([theme('migrant-health')]);
  });

  it('answers conflict when the release moved on, and not_found for a missing revision', async () => {
    s = await bootTestServices();
    const id = await importText(s, 'Titre\nTexte.');
    await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { meta: meta('Deux') } });
    await expect(s.client.call('revisions.restore', { releaseId: id, revision: 1, baseRevision: 1 })).rejects.toMatchObject({ code: 'conflict' });
    await expect(s.client.call('revisions.restore', { releaseId: id, revision: 7, baseRevision: 2 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('revisions.get', { releaseId: id, revision: 7 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('revisions.list', { releaseId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('revisions.restore', { releaseId: 'nope', revision: 1, baseRevision: 1 })).rejects.toMatchObject({ code: 'not_found' });
    expect((await s.client.call('releases.get', { id })).revision).toBe(2);
  });
});
