import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../../shared/pipeline/themes';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { useTempDirs } from '../../helpers/tmp';
import { importText } from './fixtures';

const tmp = useTempDirs();
let s: TestServices;
afterEach(async () => s?.close());

const labels = (en: string, fr = `${en} FR`, es = `${en} ES`) => ({ fr, en, es });

describe('themes', () => {
  it('seeds the 25 default themes into a new library', async () => {
    s = await bootTestServices();
    const themes = await s.client.call('themes.list', {});
    expect(themes).toHaveLength(25);
    expect(themes.map((t) => t.id)).toEqual(defaultTaxonomy().map((t) => t.id));
    expect(themes[0]).toMatchObject({ id: 'counter-trafficking', labels: { fr: 'Traite des êtres humains' }, releaseCount: 0, parent: null });
  });

  it('seeds only once: themes a user deleted do not come back at the next start', async () => {
    const dbPath = path.join(tmp.make(), 'galley.db');
    s = await bootTestServices({ dbPath });
    for (const id of ['institutional', 'food-security', 'displacement']) await s.client.call('themes.delete', { id });
    await s.close();
    s = await bootTestServices({ dbPath });
    const ids = (await s.client.call('themes.list', {})).map((t) => t.id);
    expect(ids).toHaveLength(22);
    expect(ids).not.toContain('displacement');
  });

  it('makes the id from the English label, with a suffix when it is taken', async () => {
    s = await bootTestServices();
    const a = await s.client.call('themes.create', { labels: labels('Mental health', 'Santé mentale', 'Salud mental') });
    const b = await s.client.call('themes.create', { labels: labels('Mental  Health!') });
    const c = await s.client.call('themes.create', { labels: labels('mental health') });
    expect([a.id, b.id, c.id]).toEqual(['mental-health', 'mental-health-2', 'mental-health-3']);
    expect(a).toEqual({ id: 'mental-health', labels: { fr: 'Santé mentale', en: 'Mental health', es: 'Salud mental' }, scope: null, keywords: { fr: [], en: [], es: [] }, parent: null, releaseCount: 0 });
    // No usable English letters: the French label, then a plain fallback.
    expect((await s.client.call('themes.create', { labels: labels('…', 'Éducation') })).id).toBe('education');
    expect((await s.client.call('themes.create', { labels: labels('…', '…') })).id).toBe('theme');
  });

  it('keeps a suffixed id valid when the base is cut at a word boundary', async () => {
    s = await bootTestServices();
    const long = `${'a'.repeat(59)} ${'b'.repeat(10)}`;
    const first = await s.client.call('themes.create', { labels: labels(long) });
    const second = await s.client.call('themes.create', { labels: labels(long) });
    expect(first.id).toHaveLength(64);
    expect(second.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(second.id).not.toBe(first.id);
    expect(s.client.internalErrors).toEqual([]);
  });

  it('refuses an unknown parent and parent cycles', async () => {
    s = await bootTestServices();
    const root = await s.client.call('themes.create', { labels: labels('Root') });
    const child = await s.client.call('themes.create', { labels: labels('Child'), parent: root.id });
    const grandchild = await s.client.call('themes.create', { labels: labels('Grandchild'), parent: child.id });
    expect(grandchild.parent).toBe('child');
    await expect(s.client.call('themes.create', { labels: labels('Orphan'), parent: 'no-such' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(s.client.call('themes.update', { id: root.id, parent: grandchild.id })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(s.client.call('themes.update', { id: root.id, parent: root.id })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await s.client.call('themes.list', {})).find((t) => t.id === 'root')!.parent).toBeNull();
    // Moving a node elsewhere in the tree, and back to the top, is fine.
    expect((await s.client.call('themes.update', { id: grandchild.id, parent: root.id })).parent).toBe('root');
    expect((await s.client.call('themes.update', { id: grandchild.id, parent: null })).parent).toBeNull();
  });

  it('updates only the fields given', async () => {
    s = await bootTestServices();
    const t = await s.client.call('themes.create', { labels: labels('Health'), scope: 'Care', keywords: { fr: ['santé'], en: ['health'], es: [] } });
    const u = await s.client.call('themes.update', { id: t.id, labels: labels('Health care') });
    expect(u).toEqual({ ...t, labels: labels('Health care') });
    expect((await s.client.call('themes.update', { id: t.id, scope: null })).scope).toBeNull();
    await expect(s.client.call('themes.update', { id: 'no-such', scope: null })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('themes.create', { labels: labels('  ') })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('counts live releases and deletes a theme out of them', async () => {
    s = await bootTestServices();
    const tag = [{ id: 'migrant-health', source: 'manual' as const, score: null }];
    const a = await importText(s, 'A\nTexte.');
    const b = await importText(s, 'B\nTexte.');
    await s.client.call('releases.save', { id: a, baseRevision: 1, reason: 'save', patch: { themes: tag } });
    await s.client.call('releases.save', { id: b, baseRevision: 1, reason: 'save', patch: { themes: tag } });
    await s.client.call('releases.trash', { ids: [b] });
    const count = async () => (await s.client.call('themes.list', {})).find((t) => t.id === 'migrant-health')!.releaseCount;
    expect(await count()).toBe(1);
    expect(await s.client.call('themes.delete', { id: 'migrant-health' })).toEqual({ removedFrom: 2 });
    expect((await s.client.call('releases.get', { id: a })).themes).toEqual([]);
    await expect(s.client.call('themes.delete', { id: 'migrant-health' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
