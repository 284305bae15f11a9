import { afterEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_COALESCE_MS } from '../../../electron/services/releases';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { importText } from './fixtures';

let s: TestServices;
afterEach(async () => s?.close());

async function setup() {
  s = await bootTestServices();
  const id = await importText(s, 'Titre initial\nPremier paragraphe.');
  const meta = (title: string) => ({ title, subtitle: '', dateline: 'GENÈVE', date: '2021-02-03' });
  const history = async () => (await s.client.call('revisions.list', { releaseId: id })).map((r) => [r.revision, r.reason, r.title]);
  return { id, meta, history };
}

describe('releases.save', () => {
  it('applies a patch on top of the base revision and records a revision', async () => {
    const { id, meta, history } = await setup();
    s.clock.advance(1000);
    const saved = await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { meta: meta('Nouveau titre'), status: 'reviewed' } });
    expect(saved).toMatchObject({ id, revision: 2, status: 'reviewed', meta: meta('Nouveau titre'), updatedAt: s.clock.now() });
    // Fields the patch does not name are kept.
    expect(saved.body.blocks).toEqual([{ type: 'paragraph', children: [{ text: 'Premier paragraphe.' }] }]);
    expect(await s.client.call('releases.get', { id })).toEqual(saved);
    expect(await history()).toEqual([
      [2, 'save', 'Nouveau titre'],
      [1, 'import', 'Titre initial'],
    ]);
    expect(await s.client.call('revisions.get', { releaseId: id, revision: 2 })).toEqual(saved);
    expect((await s.client.call('releases.list', {})).items[0]).toMatchObject({ title: 'Nouveau titre', status: 'reviewed', date: '2021-02-03', dateline: 'GENÈVE' });
  });

  it('coalesces autosaves within the window, and an explicit save stands apart', async () => {
    const { id, meta, history } = await setup();
    let rev = 1;
    for (const title of ['a', 'ab', 'abc']) {
      s.clock.advance(10_000);
      rev = (await s.client.call('releases.save', { id, baseRevision: rev, reason: 'autosave', patch: { meta: meta(title) } })).revision;
    }
    expect(rev).toBe(4);
    expect(await history()).toEqual([
      [4, 'autosave', 'abc'],
      [1, 'import', 'Titre initial'],
    ]);
    s.clock.advance(AUTOSAVE_COALESCE_MS);
    rev = (await s.client.call('releases.save', { id, baseRevision: rev, reason: 'autosave', patch: { meta: meta('abcd') } })).revision;
    s.clock.advance(1000);
    expect((await s.client.call('releases.save', { id, baseRevision: rev, reason: 'save', patch: { meta: meta('final') } })).revision).toBe(6);
    expect(await history()).toEqual([
      [6, 'save', 'final'],
      [5, 'autosave', 'abcd'],
      [4, 'autosave', 'abc'],
      [1, 'import', 'Titre initial'],
    ]);
  });

  it('returns the release unchanged for a save that changes nothing', async () => {
    const { id, history } = await setup();
    const before = await s.client.call('releases.get', { id });
    s.clock.advance(1000);
    const same = await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { meta: before.meta, body: before.body, status: before.status } });
    expect(same).toEqual(before);
    expect(await history()).toEqual([[1, 'import', 'Titre initial']]);
  });

  it('pins the last autosave when an explicit save changes nothing more', async () => {
    const { id, meta, history } = await setup();
    s.clock.advance(1000);
    const auto = await s.client.call('releases.save', { id, baseRevision: 1, reason: 'autosave', patch: { meta: meta('brouillon') } });
    await s.client.call('releases.save', { id, baseRevision: auto.revision, reason: 'save', patch: {} });
    s.clock.advance(1000);
    await s.client.call('releases.save', { id, baseRevision: auto.revision, reason: 'autosave', patch: { meta: meta('suite') } });
    expect(await history()).toEqual([
      [3, 'autosave', 'suite'],
      [2, 'save', 'brouillon'],
      [1, 'import', 'Titre initial'],
    ]);
  });

  it('answers conflict to a save based on a stale revision, writing nothing', async () => {
    const { id, meta } = await setup();
    await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { meta: meta('Premier écrivain') } });
    const stale = s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { meta: meta('Second écrivain') } });
    await expect(stale).rejects.toMatchObject({ code: 'conflict', params: { current: '2' } });
    expect((await s.client.call('releases.get', { id })).meta.title).toBe('Premier écrivain');
    await expect(s.client.call('releases.save', { id, baseRevision: 9, reason: 'save', patch: {} })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses themes that are not in the taxonomy, or listed twice', async () => {
    const { id } = await setup();
    const theme = (tid: string) => ({ id: tid, source: 'manual' as const, score: null });
    await expect(s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { themes: [theme('no-such-theme')] } })).rejects.toMatchObject({ code: 'invalid_input', message: 'Unknown themes: no-such-theme' });
    await expect(s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { themes: [theme('migrant-health'), theme('migrant-health')] } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { themes: [theme('Not Kebab')] } })).rejects.toMatchObject({ code: 'invalid_input' });
    const ok = await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { themes: [theme('migrant-health')] } });
    expect(ok.themes).toEqual([theme('migrant-health')]);
    expect((await s.client.call('releases.list', { theme: 'migrant-health' })).total).toBe(1);
  });

  it('answers not_found for an unknown release', async () => {
    await setup();
    await expect(s.client.call('releases.save', { id: 'nope', baseRevision: 1, reason: 'save', patch: {} })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('releases.get', { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('moves releases to the trash and back, with counts', async () => {
    const { id } = await setup();
    const other = await importText(s, 'Autre\nCorps.');
    expect(await s.client.call('releases.trash', { ids: [id, other, 'nope'] })).toEqual({ count: 2 });
    expect(await s.client.call('releases.trash', { ids: [id] })).toEqual({ count: 0 });
    expect((await s.client.call('releases.list', {})).total).toBe(0);
    expect((await s.client.call('releases.list', { trash: true })).items.map((r) => r.trashedAt)).toEqual([s.clock.now(), s.clock.now()]);
    expect(await s.client.call('releases.restore', { ids: [id] })).toEqual({ count: 1 });
    expect((await s.client.call('releases.list', {})).items.map((r) => r.id)).toEqual([id]);
  });
});
