import { describe, expect, it } from 'vitest';
import type { ReleaseId, ThemeId } from '../../shared/domain';
import { draft, manual, memoryLibrary, newTheme } from '../helpers/db';
import { T0 } from '../helpers/clock';

const rid = (n: number) => `rel-${n}` as ReleaseId;
const tid = (s: string) => s as ThemeId;

describe('theme repository', () => {
  it('inserts, reads, updates and lists in insertion order', () => {
    const { repos } = memoryLibrary();
    repos.themes.insert(newTheme('zebra', 'Zebra'), T0);
    repos.themes.insert(newTheme('apple', 'Apple'), T0);
    const child = repos.themes.insert({ ...newTheme('apple-pie', 'Apple pie', 'apple'), keywords: { fr: ['tarte'], en: ['pie'], es: [] }, scope: 'Desserts' }, T0);
    expect(child).toEqual({
      id: 'apple-pie',
      labels: { fr: 'Apple pie (fr)', en: 'Apple pie', es: 'Apple pie (es)' },
      scope: 'Desserts',
      keywords: { fr: ['tarte'], en: ['pie'], es: [] },
      parent: 'apple',
      releaseCount: 0,
    });
    expect(repos.themes.list().map((t) => t.id)).toEqual(['zebra', 'apple', 'apple-pie']);
    const updated = repos.themes.update({ ...newTheme('apple-pie', 'Tart'), parent: null }, T0);
    expect(updated).toMatchObject({ labels: { en: 'Tart' }, parent: null, scope: null, keywords: { fr: [], en: [], es: [] } });
    expect(repos.themes.byId(tid('nope'))).toBeNull();
    expect(repos.themes.count()).toBe(3);
  });

  it('counts live releases only, not those in the trash', () => {
    const { repos } = memoryLibrary();
    repos.themes.insert(newTheme('health'), T0);
    repos.themes.insert(newTheme('labour'), T0);
    repos.releases.insert(rid(1), null, draft({ themes: manual('health') }), T0);
    repos.releases.insert(rid(2), null, draft({ themes: manual('health', 'labour') }), T0);
    repos.releases.insert(rid(3), null, draft({ themes: manual('health') }), T0);
    repos.releases.setTrashed([rid(3)], T0);
    expect(Object.fromEntries(repos.themes.list().map((t) => [t.id, t.releaseCount]))).toEqual({ health: 2, labour: 1 });
    expect(repos.themes.byId(tid('health'))!.releaseCount).toBe(2);
  });

  it('deletes a theme out of every release that had it, trashed ones included', () => {
    const { repos } = memoryLibrary();
    repos.themes.insert(newTheme('health'), T0);
    repos.themes.insert(newTheme('labour'), T0);
    repos.releases.insert(rid(1), null, draft({ themes: manual('health', 'labour') }), T0);
    repos.releases.insert(rid(2), null, draft({ themes: manual('health') }), T0);
    repos.releases.setTrashed([rid(2)], T0);
    expect(repos.themes.delete(tid('health'))).toBe(2);
    expect(repos.themes.byId(tid('health'))).toBeNull();
    expect(repos.releases.byId(rid(1))!.themes).toEqual(manual('labour'));
    expect(repos.releases.byId(rid(2))!.themes).toEqual([]);
    expect(repos.themes.delete(tid('health'))).toBe(0);
  });

  it('deleting a parent leaves its children at the top level', () => {
    const { repos } = memoryLibrary();
    repos.themes.insert(newTheme('parent'), T0);
    repos.themes.insert(newTheme('child', 'child', 'parent'), T0);
    repos.themes.delete(tid('parent'));
    expect(repos.themes.byId(tid('child'))!.parent).toBeNull();
  });

  it('refuses a release theme that is not in the taxonomy (foreign key)', () => {
    const { repos } = memoryLibrary();
    expect(() => repos.releases.insert(rid(1), null, draft({ themes: manual('ghost') }), T0)).toThrow(/FOREIGN KEY/);
  });
});
