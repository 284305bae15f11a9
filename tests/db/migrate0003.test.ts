import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeLibrary, configure, createRepositories, MIGRATIONS, migrate, openLibrary } from '../../db';
import { createReleaseRepo } from '../../db/repositories/releases';
import { createRevisionRepo } from '../../db/repositories/revisions';
import { ListQuery } from '../../shared/api';
import type { ReleaseId } from '../../shared/domain';
import { T0 } from '../helpers/clock';
import { draft } from '../helpers/db';
import { useTempDirs } from '../helpers/tmp';

const now = () => T0;
const AT_2 = MIGRATIONS.filter((m) => m.version <= 2);
const tmp = useTempDirs();

/** A library at schema 2 with two releases, their revisions (several reasons) and a theme link. */
function libraryAt2(db: Database.Database): void {
  configure(db);
  migrate(db, now, AT_2);
  const releases = createReleaseRepo(db);
  const revisions = createRevisionRepo(db);
  db.prepare("INSERT INTO themes (id, label_fr, label_en, label_es, created_at, updated_at) VALUES ('health', 'Santé', 'Health', 'Salud', ?, ?)").run(T0, T0);
  const a = releases.insert('a' as ReleaseId, null, draft({ title: 'Réintégration à Genève', paragraphs: ['Pourquoi partir ?'] }), T0);
  revisions.add(a, 'import');
  const a2 = releases.update(a.id, 1, draft({ title: 'Réintégration à Genève', paragraphs: ['Pourquoi rester ?'] }), '2026-11-23T11:00:00.000Z');
  if (!a2.ok) throw new Error('update failed');
  revisions.add(a2.release, 'save');
  const b = releases.insert('b' as ReleaseId, null, draft({ title: 'Deuxième' }), T0);
  revisions.add(b, 'review');
  db.prepare("INSERT INTO release_themes (release_id, theme_id, source, score) VALUES ('a', 'health', 'manual', NULL)").run();
}

function revisionRows(db: Database.Database) {
  return db.prepare('SELECT * FROM revisions ORDER BY id').all();
}

describe('migration 0003 (typography)', () => {
  it('keeps every revision of a library made at schema 2, and accepts the typography reason', () => {
    const db = new Database(':memory:');
    libraryAt2(db);
    const before = revisionRows(db);
    expect(before).toHaveLength(3);
    expect(migrate(db, now)).toEqual([3]);
    expect(revisionRows(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    const repos = createRepositories(db);
    const a = repos.releases.byId('a' as ReleaseId)!;
    const next = repos.releases.update(a.id, a.revision, { ...draft({ title: 'Réintégration à Genève', paragraphs: ['Pourquoi rester\u202F?'] }) }, '2026-11-23T12:00:00.000Z');
    if (!next.ok) throw new Error('update failed');
    repos.revisions.add(next.release, 'typography');
    expect(repos.revisions.list(a.id).map((r) => [r.revision, r.reason])).toEqual([
      [3, 'typography'],
      [2, 'save'],
      [1, 'import'],
    ]);
    expect(() => db.prepare("INSERT INTO revisions (release_id, revision, reason, created_at, group_started_at, title, words, snapshot) VALUES ('a', 9, 'bogus', ?, ?, '', 0, '{}')").run(T0, T0)).toThrow(/CHECK/);
    // The full-text index was not touched by the rebuild.
    expect(repos.releases.list(ListQuery.parse({ search: 'reintegration' })).total).toBe(1);
  });

  it('keeps the foreign keys: deleting a release still deletes its revisions and ignores', () => {
    const db = new Database(':memory:');
    libraryAt2(db);
    migrate(db, now);
    const repos = createRepositories(db);
    repos.ignores.set('a' as ReleaseId, ['k1', 'k2'], true, T0);
    expect(() => repos.ignores.set('zz' as ReleaseId, ['k'], true, T0)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM releases WHERE id = 'a'").run();
    expect(db.prepare("SELECT COUNT(*) FROM revisions WHERE release_id = 'a'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM typography_ignores').pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM revisions WHERE release_id = 'b'").pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('upgrades a library file at schema 2 when it is opened', async () => {
    const file = path.join(tmp.make(), 'library.db');
    const old = await openLibrary({ path: file, now, migrations: AT_2 });
    if (old.status !== 'ok') throw new Error(old.status);
    old.db.close();
    const db = new Database(file);
    libraryAt2Data(db);
    db.close();

    const opened = await openLibrary({ path: file, now });
    if (opened.status !== 'ok') throw new Error(`${opened.status}: ${opened.message}`);
    expect(opened.applied).toEqual([3]);
    const repos = createRepositories(opened.db);
    expect(repos.revisions.list('a' as ReleaseId).map((r) => r.reason)).toEqual(['save', 'import']);
    expect(repos.revisions.get('a' as ReleaseId, 2)?.body.blocks[0]).toEqual({ type: 'paragraph', children: [{ text: 'Pourquoi rester ?' }] });
    expect(opened.db.pragma('foreign_key_check')).toEqual([]);
    closeLibrary(opened.db);
  });
});

/** The data of libraryAt2 written into an already migrated file. */
function libraryAt2Data(db: Database.Database): void {
  configure(db);
  const releases = createReleaseRepo(db);
  const revisions = createRevisionRepo(db);
  const a = releases.insert('a' as ReleaseId, null, draft({ title: 'Réintégration', paragraphs: ['Pourquoi partir ?'] }), T0);
  revisions.add(a, 'import');
  const a2 = releases.update(a.id, 1, draft({ title: 'Réintégration', paragraphs: ['Pourquoi rester ?'] }), '2026-11-23T11:00:00.000Z');
  if (!a2.ok) throw new Error('update failed');
  revisions.add(a2.release, 'save');
}
