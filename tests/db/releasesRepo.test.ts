import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../shared/api';
import type { ReleaseDraft, ReleaseId, SourceId } from '../../shared/domain';
import { contact, draft, manual, memoryLibrary, newTheme } from '../helpers/db';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute)).toISOString();
const id = (n: number) => `rel-${n}` as ReleaseId;

function query(over: Partial<ListQuery> = {}): ListQuery {
  return { search: '', status: null, language: null, theme: null, trash: false, sort: 'updated', direction: 'desc', offset: 0, limit: 200, ...over };
}

/** Five releases with distinct status, language, date, title, themes and update time. */
function library() {
  const lib = memoryLibrary();
  const { repos } = lib;
  for (const t of ['health', 'return-reintegration']) repos.themes.insert(newTheme(t), at(0));
  const rows: [number, Partial<ReleaseDraft> & { title: string }][] = [
    [1, { title: 'Bravo', status: 'imported', language: 'fr', themes: manual('health') }],
    [2, { title: 'alpha', status: 'reviewed', language: 'en', themes: manual('health', 'return-reintegration') }],
    [3, { title: 'Écoles', status: 'ready', language: 'es', themes: [] }],
    [4, { title: 'Delta', status: 'imported', language: 'fr', themes: manual('return-reintegration') }],
    [5, { title: 'charlie', status: 'exported', language: 'en', themes: [] }],
  ];
  const dates: Record<number, string | null> = { 1: '2021-03-01', 2: null, 3: '2020-01-15', 4: '2022-07-30', 5: null };
  for (const [n, over] of rows) {
    const d = draft(over);
    repos.releases.insert(id(n), null, { ...d, meta: { ...d.meta, date: dates[n]! } }, at(n));
  }
  return lib;
}

const ids = (page: { items: { id: string }[] }) => page.items.map((r) => r.id);

describe('release repository', () => {
  it('inserts at revision 1 and reads back every field', () => {
    const { repos } = memoryLibrary();
    repos.themes.insert(newTheme('health'), at(0));
    repos.sources.insert({ id: 'src-1' as SourceId, sha256: 'a'.repeat(64), fileName: 'a.txt', mediaType: 'text/plain', encoding: 'utf-8', size: 1, bytes: new Uint8Array([65]), importedAt: at(0) });
    const d: ReleaseDraft = {
      status: 'reviewed',
      language: 'fr',
      meta: { title: 'Réintégration à Genève', subtitle: 'Sous-titre', dateline: 'GENÈVE', date: '2021-02-03' },
      contacts: [contact({ name: 'Paul Dillon', email: 'pdillon@iom.int', phone: '+41 79 636 98 74' })],
      quotes: [{ text: '« Une citation »', speaker: 'A. Vitorino' }],
      body: {
        blocks: [
          { type: 'heading', level: 2, children: [{ text: 'Intertitre' }] },
          { type: 'paragraph', children: [{ text: 'Gras', bold: true }, { text: ' et ' }, { text: 'lien', href: 'https://www.iom.int/fr' }] },
          { type: 'list-item', list: 'number', indent: 1, children: [{ text: 'Point\u202F!' }] },
          { type: 'quote', children: [{ text: 'Cité', italic: true }] },
        ],
      },
      themes: [{ id: 'health' as never, source: 'auto', score: 0.75 }],
    };
    const created = repos.releases.insert(id(1), 'src-1' as SourceId, d, at(1));
    expect(created).toEqual({ id: id(1), sourceId: 'src-1', ...d, revision: 1, createdAt: at(1), updatedAt: at(1), trashedAt: null });
    expect(repos.releases.byId(id(1))).toEqual(created);
    expect(repos.releases.byId(id(9))).toBeNull();
    expect(repos.releases.idBySource('src-1' as SourceId)).toBe(id(1));
    expect(repos.releases.idBySource('src-9' as SourceId)).toBeNull();
    expect(repos.releases.count()).toBe(1);
  });

  it('saves optimistically: the base revision must be current', () => {
    const { repos } = library();
    const next = draft({ title: 'Bravo 2', themes: manual('return-reintegration') });
    const ok = repos.releases.update(id(1), 1, next, at(30));
    expect(ok.ok && ok.release).toMatchObject({ revision: 2, updatedAt: at(30), createdAt: at(1), meta: { title: 'Bravo 2' }, themes: manual('return-reintegration') });
    // A second writer still at revision 1 gets a conflict, and nothing of theirs is written.
    expect(repos.releases.update(id(1), 1, draft({ title: 'Stale' }), at(31))).toEqual({ ok: false, reason: 'conflict', current: 2 });
    expect(repos.releases.byId(id(1))!.meta.title).toBe('Bravo 2');
    expect(repos.releases.update(id(99), 1, next, at(31))).toEqual({ ok: false, reason: 'not_found', current: null });
  });

  it.each([
    ['status', { status: 'imported' as const }, [4, 1]],
    ['language', { language: 'en' as const }, [5, 2]],
    ['theme', { theme: 'return-reintegration' as never }, [4, 2]],
    ['status and language', { status: 'imported' as const, language: 'es' as const }, []],
  ])('filters by %s', (_label, over, expected) => {
    const { repos } = library();
    const page = repos.releases.list(query(over));
    expect(ids(page)).toEqual(expected.map(id));
    expect(page.total).toBe(expected.length);
  });

  it.each([
    ['updated', 'desc', [5, 4, 3, 2, 1]],
    ['updated', 'asc', [1, 2, 3, 4, 5]],
    // Releases without a date come last in both directions.
    ['date', 'desc', [4, 1, 3, 5, 2]],
    ['date', 'asc', [3, 1, 4, 2, 5]],
    // Titles sort without case or accents: alpha, Bravo, charlie, Delta, Écoles.
    ['title', 'asc', [2, 1, 5, 4, 3]],
    ['title', 'desc', [3, 4, 5, 1, 2]],
  ] as const)('sorts by %s %s', (sort, direction, expected) => {
    const { repos } = library();
    expect(ids(repos.releases.list(query({ sort, direction })))).toEqual(expected.map(id));
  });

  it('pages with offset and limit, the total counting every match', () => {
    const { repos } = library();
    const q = { sort: 'updated' as const, direction: 'asc' as const, limit: 2 };
    expect(repos.releases.list(query({ ...q, offset: 0 }))).toMatchObject({ total: 5 });
    expect(ids(repos.releases.list(query({ ...q, offset: 0 })))).toEqual([id(1), id(2)]);
    expect(ids(repos.releases.list(query({ ...q, offset: 2 })))).toEqual([id(3), id(4)]);
    expect(ids(repos.releases.list(query({ ...q, offset: 4 })))).toEqual([id(5)]);
    expect(repos.releases.list(query({ ...q, offset: 10 }))).toEqual({ items: [], total: 5 });
  });

  it('lists summaries with their themes', () => {
    const { repos } = library();
    const page = repos.releases.list(query({ theme: 'health' as never, sort: 'updated', direction: 'asc' }));
    expect(page.items).toEqual([
      { id: id(1), title: 'Bravo', dateline: '', date: '2021-03-01', status: 'imported', language: 'fr', themes: ['health'], updatedAt: at(1), trashedAt: null },
      { id: id(2), title: 'alpha', dateline: '', date: null, status: 'reviewed', language: 'en', themes: ['health', 'return-reintegration'], updatedAt: at(2), trashedAt: null },
    ]);
  });

  it('moves releases to the trash and back, counting only real changes', () => {
    const { repos } = library();
    expect(repos.releases.setTrashed([id(1), id(2), id(99)], at(40))).toBe(2);
    expect(repos.releases.setTrashed([id(1)], at(41))).toBe(0);
    expect(ids(repos.releases.list(query()))).toEqual([5, 4, 3].map(id));
    const trash = repos.releases.list(query({ trash: true }));
    expect(ids(trash)).toEqual([2, 1].map(id));
    expect(trash.items[0]!.trashedAt).toBe(at(40));
    expect(repos.releases.byId(id(1))!.trashedAt).toBe(at(40));
    expect(repos.releases.setTrashed([id(1), id(3)], null)).toBe(1);
    expect(repos.releases.byId(id(1))!.trashedAt).toBeNull();
    expect(repos.releases.list(query()).total).toBe(4);
  });
});
