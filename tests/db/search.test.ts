import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../shared/api';
import type { ReleaseDraft, ReleaseId } from '../../shared/domain';
import { contact, draft, memoryLibrary } from '../helpers/db';
import { T0 } from '../helpers/clock';

const rid = (n: number) => `rel-${n}` as ReleaseId;

const RELEASES: [number, ReleaseDraft][] = [
  [1, draft({ title: 'Programme de réintégration à Genève', paragraphs: ['Les migrants de retour reçoivent une aide.'] })],
  [2, draft({ title: 'Santé mentale', paragraphs: ['Un rapport sur la santé des travailleurs à Nairobi.'] })],
  [3, { ...draft({ title: 'Communiqué', paragraphs: ['Rien à signaler.'] }), contacts: [contact({ name: 'Paul Dillon', email: 'pdillon@iom.int', phone: '+41 79 636 98 74' })] }],
  [4, draft({ title: 'Return and reintegration', language: 'en', paragraphs: ['Returnees in Geneva and Nairobi.'] })],
  // Decomposed accents (NFD), as some Mac files and pastes carry them.
  [5, draft({ title: 'Dossier de\u0301cembre', paragraphs: ['Une e\u0301tude sur la mobilite\u0301 humaine.'] })],
];

function library() {
  const lib = memoryLibrary();
  for (const [n, d] of RELEASES) lib.repos.releases.insert(rid(n), null, d, T0);
  return lib;
}

function query(search: string, over: Partial<ListQuery> = {}): ListQuery {
  return { search, status: null, language: null, theme: null, trash: false, sort: 'title', direction: 'asc', offset: 0, limit: 200, ...over };
}

function found(repos: ReturnType<typeof library>['repos'], search: string, over: Partial<ListQuery> = {}): number[] {
  return repos.releases
    .list(query(search, over))
    .items.map((r) => Number(r.id.slice(4)))
    .sort();
}

describe('full-text search', () => {
  it.each([
    ['reintegration', [1, 4]],
    ['réintégration', [1, 4]],
    ['REINTEGRATION', [1, 4]],
    ['geneve', [1]],
    ['Genève', [1]],
    ['réint', [1, 4]],
    ['rei', [1, 4]],
    ['nairobi', [2, 4]],
    ['santé nairobi', [2]],
    ['nairobi geneva', [4]],
    ['retour aide', [1]],
    ['dillon', [3]],
    ['pdillon', [3]],
    ['iom.int', [3]],
    ['636', [3]],
    ['décembre', [5]],
    ['decembre', [5]],
    ['etude mobilité', [5]],
    ['introuvable', []],
    ['', [1, 2, 3, 4, 5]],
    ['   ', [1, 2, 3, 4, 5]],
  ])('%j finds %j', (search, expected) => {
    const { repos } = library();
    expect(found(repos, search)).toEqual(expected);
  });

  it.each([
    '"',
    '"réintégration',
    'réint*',
    '*',
    'AND',
    'genève AND',
    'OR nairobi',
    'NOT',
    '-genève',
    'title:genève',
    ':',
    '(',
    ')',
    'NEAR(a b)',
    '^genève',
    "l'OIM",
    '{}[]',
    '\u0000',
    '✓ 🙂',
  ])('operators typed by the user never throw: %j', (search) => {
    const { repos } = library();
    expect(() => repos.releases.list(query(search))).not.toThrow();
  });

  it('treats typed operators as words', () => {
    const { repos } = library();
    expect(found(repos, 'title:genève')).toEqual([]);
    expect(found(repos, '"genève"')).toEqual([1]);
    expect(found(repos, 'genève*')).toEqual([1]);
    // AND is the word “and” (in release 4's title), not an operator: Genève's release lacks it.
    expect(found(repos, 'return AND reintegration')).toEqual([4]);
    expect(found(repos, 'genève AND')).toEqual([]);
    expect(found(repos, 'genève OR santé')).toEqual([]);
    expect(found(repos, '-genève')).toEqual([1]);
  });

  it('follows updates: old words are gone, new ones found', () => {
    const { repos } = library();
    const r = repos.releases.update(rid(2), 1, draft({ title: 'Travail décent', paragraphs: ['À Lomé.'] }), T0);
    expect(r.ok).toBe(true);
    expect(found(repos, 'santé')).toEqual([]);
    expect(found(repos, 'lome')).toEqual([2]);
    expect(found(repos, 'travail decent')).toEqual([2]);
  });

  it('searches the trash apart from the library', () => {
    const { repos } = library();
    repos.releases.setTrashed([rid(1)], T0);
    expect(found(repos, 'reintegration')).toEqual([4]);
    expect(found(repos, 'reintegration', { trash: true })).toEqual([1]);
    expect(repos.releases.list(query('reintegration')).total).toBe(1);
    repos.releases.setTrashed([rid(1)], null);
    expect(found(repos, 'reintegration')).toEqual([1, 4]);
  });

  it('combines a search with filters and counts only the matches', () => {
    const { repos } = library();
    expect(found(repos, 'reintegration', { language: 'en' })).toEqual([4]);
    const page = repos.releases.list(query('nairobi', { limit: 1 }));
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(2);
  });

  it('finds a release again after its text is brought back to an earlier state', () => {
    const { repos } = library();
    const old = repos.releases.byId(rid(1))!;
    const edited = repos.releases.update(rid(1), 1, draft({ title: 'Autre chose' }), T0);
    expect(edited.ok).toBe(true);
    expect(found(repos, 'genève')).toEqual([]);
    repos.releases.update(rid(1), 2, { status: old.status, language: old.language, meta: old.meta, contacts: old.contacts, quotes: old.quotes, body: old.body, themes: old.themes }, T0);
    expect(found(repos, 'genève')).toEqual([1]);
    expect(found(repos, 'autre')).toEqual([]);
  });

  it('keeps the index consistent with the table (FTS integrity check)', () => {
    const { repos, db } = library();
    repos.releases.update(rid(2), 1, draft({ title: 'Nouveau' }), T0);
    repos.releases.setTrashed([rid(3)], T0);
    db.prepare('DELETE FROM releases WHERE id = ?').run(rid(4));
    expect(() => db.prepare("INSERT INTO releases_fts (releases_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(found(repos, 'returnees')).toEqual([]);
  });
});
