// The review services: the stored split, live re-splits with overrides, confirm, re-run, line
// rules and the recurrence counts that teach the boilerplate stage.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseId } from '../../../shared/domain';
import { bootTestServices, type TestServices } from '../../helpers/boot';

let s: TestServices | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const RAW = [
  'Accueil > Actualités',
  'Un nouveau centre d’accueil ouvre à Genève',
  '',
  'GENÈVE, 3 février 2021 – Le centre accueillera 200 personnes dès le mois prochain.',
  '',
  'Les travaux ont duré six mois et ont été financés par des partenaires.',
].join('\n');

async function importText(text: string, name = 'communique.txt'): Promise<ReleaseId> {
  const report = await s!.client.call('releases.import', { files: [{ name, text }] });
  expect(report.items[0]).toMatchObject({ outcome: 'imported' });
  return report.items[0]!.releaseId!;
}

describe('review.get', () => {
  it('returns the decoded lines, a map covering every non-blank line, and the stored split', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    const review = await s.client.call('review.get', { id });
    expect(review.lines).toEqual(RAW.split('\n'));
    const covered = new Set(review.map.segments.map((seg) => seg.line));
    RAW.split('\n').forEach((line, i) => expect(covered.has(i), `line ${i}`).toBe(line.trim() !== ''));
    expect(review).toMatchObject({ releaseId: id, revision: 1, status: 'imported', editedSinceImport: false, sourceName: 'communique.txt', overrides: {}, pipelineCurrent: true });
    const release = await s.client.call('releases.get', { id });
    expect(review.split.title ?? '').toBe(release.meta.title);
  });

  it('says when the release was edited after its import', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    await s.client.call('releases.save', { id, baseRevision: 1, patch: { meta: { title: 'Autre titre', subtitle: '', dateline: '', date: null } }, reason: 'save' });
    await expect(s.client.call('review.get', { id })).resolves.toMatchObject({ editedSinceImport: true, revision: 2 });
  });
});

describe('review.resplit and review.confirm', () => {
  it('forces a line where the user puts it, without storing anything', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    const { map, split } = await s.client.call('review.resplit', { id, overrides: { '5': 'dropped' } });
    expect(map.segments.filter((seg) => seg.line === 5)).toEqual([expect.objectContaining({ dest: 'dropped', forced: true })]);
    expect(split.paragraphs.join(' ')).not.toContain('Les travaux ont duré');
    expect(split.dropped).toContain('Les travaux ont duré six mois et ont été financés par des partenaires.');
    await expect(s.client.call('review.get', { id })).resolves.toMatchObject({ overrides: {} });
  });

  it('confirms: fields as edited, body from the split, status reviewed, a review revision, overrides kept', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    const fields = { title: 'Titre revu', subtitle: '', dateline: 'GENÈVE', date: '2021-02-03', language: 'fr' as const, contacts: [] };
    const release = await s.client.call('review.confirm', { id, baseRevision: 1, overrides: { '5': 'dropped' }, fields });
    expect(release).toMatchObject({ status: 'reviewed', revision: 2, meta: { title: 'Titre revu', dateline: 'GENÈVE', date: '2021-02-03' } });
    expect(JSON.stringify(release.body)).not.toContain('Les travaux');
    const revisions = await s.client.call('revisions.list', { releaseId: id });
    expect(revisions[0]).toMatchObject({ revision: 2, reason: 'review' });
    // The confirmed split is now what the body holds: nothing edited since.
    await expect(s.client.call('review.get', { id })).resolves.toMatchObject({ overrides: { '5': 'dropped' }, revision: 2, editedSinceImport: false });
  });

  it('refuses a confirm on a stale revision', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    await s.client.call('releases.save', { id, baseRevision: 1, patch: { status: 'ready' }, reason: 'save' });
    const fields = { title: 'x', subtitle: '', dateline: '', date: null, language: 'fr' as const, contacts: [] };
    await expect(s.client.call('review.confirm', { id, baseRevision: 1, overrides: {}, fields })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('review.rerun', () => {
  it('lists nothing for a release as imported, and the title after it was edited', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    await expect(s.client.call('review.rerun', { id })).resolves.toMatchObject({ changes: [] });
    const before = await s.client.call('releases.get', { id });
    await s.client.call('releases.save', { id, baseRevision: 1, patch: { meta: { ...before.meta, title: 'Titre modifié' } }, reason: 'save' });
    const { changes } = await s.client.call('review.rerun', { id });
    expect(changes).toEqual([{ field: 'title', before: 'Titre modifié', after: before.meta.title }]);
  });
});

describe('line rules and recurrence', () => {
  it('sets, lists and forgets a rule; review marks the lines it applies to', async () => {
    s = await bootTestServices();
    const id = await importText(RAW);
    await s.client.call('lineRules.set', { text: '  Accueil >  Actualités ', rule: 'always-drop' });
    await expect(s.client.call('lineRules.list', {})).resolves.toEqual([{ text: 'Accueil >  Actualités', rule: 'always-drop', createdAt: s.clock.now() }]);
    await expect(s.client.call('review.get', { id })).resolves.toMatchObject({ lineRules: { '0': 'always-drop' } });
    await s.client.call('lineRules.set', { text: 'accueil > actualités', rule: null });
    await expect(s.client.call('lineRules.list', {})).resolves.toEqual([]);
    await expect(s.client.call('lineRules.set', { text: '   ', rule: 'never-drop' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('an "always drop" rule applies to later imports', async () => {
    s = await bootTestServices();
    await s.client.call('lineRules.set', { text: 'Les travaux ont duré six mois et ont été financés par des partenaires.', rule: 'always-drop' });
    const id = await importText(RAW);
    const review = await s.client.call('review.get', { id });
    expect(review.map.segments.find((seg) => seg.line === 5)).toMatchObject({ dest: 'dropped' });
  });

  it('counts in how many sources each line appears', async () => {
    s = await bootTestServices();
    for (let i = 0; i < 3; i++) await importText(`Menu du site\nTitre ${i}\n\nTexte numéro ${i} du communiqué.`, `c${i}.txt`);
    const db = s.runtime.library.db();
    expect(db.prepare("SELECT sources FROM line_stats WHERE key = 'menu du site'").pluck().get()).toBe(3);
    expect(db.prepare("SELECT sources FROM line_stats WHERE key = 'titre 1'").pluck().get()).toBe(1);
  });
});
