import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TYPOGRAPHY_SETTINGS, type Block, type ReleaseId } from '../../../shared/domain';
import { ignoreKey, suggestTypography } from '../../../shared/pipeline/typography';
import { writeSettings } from '../../../electron/services/settings';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { importText } from './fixtures';

let s: TestServices;
afterEach(async () => s?.close());

const NN = '\u202F';
const RULE = 'fr-nnbsp-before-double-punct';
const meta = (title: string) => ({ title, subtitle: '', dateline: '', date: null });

/** A release with exactly this title and body (imported, then saved once: revision 2). */
let made = 0;
async function release(title: string, blocks: Block[], language: 'fr' | 'en' = 'fr'): Promise<ReleaseId> {
  made += 1;
  const id = (await importText(s, `Titre\nTexte ${made}.`, `${made}.txt`)) as ReleaseId;
  await s.client.call('releases.save', { id, baseRevision: 1, reason: 'save', patch: { language, meta: meta(title), body: { blocks } } });
  return id;
}

const para = (...children: Block['children']): Block => ({ type: 'paragraph', children });

describe('typography services', () => {
  it('previews the safe suggestions per rule and per release, title and body together', async () => {
    s = await bootTestServices();
    const a = await release('Pourquoi partir?', [para({ text: 'Et maintenant ?' }), para({ text: 'Oui; non!' })]);
    const b = await release('Déjà correct', [para({ text: `Vraiment${NN}?` })]);
    const en = await release('Why leave?', [para({ text: 'Really? Yes!' })], 'en');
    const preview = await s.client.call('typography.preview', { ids: [a, b, en] });
    expect(preview.releases).toEqual([
      { id: a, title: 'Pourquoi partir?', counts: { [RULE]: 4 } },
      { id: b, title: 'Déjà correct', counts: {} },
      { id: en, title: 'Why leave?', counts: {} },
    ]);
    expect(preview.totals).toEqual({ [RULE]: 4 });
  });

  it('applies them as one typography revision per changed release, keeping formatting, and undo restores', async () => {
    s = await bootTestServices();
    const a = await release('Pourquoi partir?', [para({ text: 'Et ' }, { text: 'maintenant', bold: true }, { text: '?' }), { type: 'list-item', list: 'bullet', indent: 0, children: [{ text: 'Oui !' }] }]);
    const b = await release('Déjà correct', [para({ text: `Vraiment${NN}?` })]);
    s.clock.advance(1000);
    const result = await s.client.call('typography.applySafe', { ids: [a, b], rules: [RULE] });
    expect(result.releases).toEqual([
      { id: a, applied: 3, revision: 3 },
      { id: b, applied: 0, revision: 2 },
    ]);
    const after = await s.client.call('releases.get', { id: a });
    expect(after.meta.title).toBe(`Pourquoi partir${NN}?`);
    expect(after.body.blocks).toEqual([
      para({ text: 'Et ' }, { text: 'maintenant', bold: true }, { text: `${NN}?` }),
      { type: 'list-item', list: 'bullet', indent: 0, children: [{ text: `Oui${NN}!` }] },
    ]);
    expect(after.updatedAt).toBe(s.clock.now());
    const history = await s.client.call('revisions.list', { releaseId: a });
    expect(history.map((r) => [r.revision, r.reason])).toEqual([
      [3, 'typography'],
      [2, 'save'],
      [1, 'import'],
    ]);
    expect((await s.client.call('revisions.list', { releaseId: b })).map((r) => r.reason)).toEqual(['save', 'import']);
    // Applying again changes nothing (idempotent), and undo is a restore of the revision before.
    expect((await s.client.call('typography.applySafe', { ids: [a], rules: [RULE] })).releases).toEqual([{ id: a, applied: 0, revision: 3 }]);
    const undone = await s.client.call('revisions.restore', { releaseId: a, revision: 2, baseRevision: 3 });
    expect(undone.meta.title).toBe('Pourquoi partir?');
    expect(undone.body.blocks[0]).toEqual(para({ text: 'Et ' }, { text: 'maintenant', bold: true }, { text: '?' }));
  });

  it('applies only the chosen rules', async () => {
    s = await bootTestServices();
    const a = await release('Pourquoi partir?', []);
    expect((await s.client.call('typography.applySafe', { ids: [a], rules: ['fr-some-other-rule'] })).releases).toEqual([{ id: a, applied: 0, revision: 2 }]);
    expect((await s.client.call('releases.get', { id: a })).meta.title).toBe('Pourquoi partir?');
  });

  it('leaves ignored suggestions out of the preview and of the bulk application', async () => {
    s = await bootTestServices();
    const text = 'Oui? Non?';
    const a = await release('Titre', [para({ text })]);
    const [first] = suggestTypography(text, { lang: 'fr' });
    const key = ignoreKey(text, first!);
    expect(await s.client.call('typography.ignores', { releaseId: a })).toEqual([]);
    expect(await s.client.call('typography.ignore', { releaseId: a, keys: [key, key], ignored: true })).toEqual([key]);
    expect(await s.client.call('typography.ignores', { releaseId: a })).toEqual([key]);
    expect((await s.client.call('typography.preview', { ids: [a] })).totals).toEqual({ [RULE]: 1 });
    await s.client.call('typography.applySafe', { ids: [a], rules: [RULE] });
    expect((await s.client.call('releases.get', { id: a })).body.blocks[0]).toEqual(para({ text: `Oui? Non${NN}?` }));
    expect(await s.client.call('typography.ignore', { releaseId: a, keys: [key], ignored: false })).toEqual([]);
  });

  it('follows the settings: profile per language, wide no-break space, rules switched off', async () => {
    s = await bootTestServices();
    const a = await release('Titre', [para({ text: 'Pourquoi ?' })]);
    const typography = { ...DEFAULT_TYPOGRAPHY_SETTINGS, profiles: { ...DEFAULT_TYPOGRAPHY_SETTINGS.profiles, fr: 'fr-CA' } };
    await s.client.call('settings.update', { typography });
    // Québec: no space before ? (OQLF).
    expect((await s.client.call('typography.preview', { ids: [a] })).totals).toEqual({ [RULE]: 1 });
    await s.client.call('settings.update', { typography: { ...DEFAULT_TYPOGRAPHY_SETTINGS, wideNbsp: true } });
    await s.client.call('typography.applySafe', { ids: [a], rules: [RULE] });
    expect((await s.client.call('releases.get', { id: a })).body.blocks[0]).toEqual(para({ text: 'Pourquoi\u00A0?' }));
    await s.client.call('settings.update', { typography: { ...DEFAULT_TYPOGRAPHY_SETTINGS, disabledRules: [RULE] } });
    const b = await release('Titre', [para({ text: 'Pourquoi?' })]);
    expect((await s.client.call('typography.preview', { ids: [b] })).totals).toEqual({});
  });

  it('answers not_found for an unknown release, before changing anything', async () => {
    s = await bootTestServices();
    const a = await release('Pourquoi partir?', []);
    await expect(s.client.call('typography.preview', { ids: [a, 'nope'] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('typography.applySafe', { ids: [a, 'nope'], rules: [RULE] })).rejects.toMatchObject({ code: 'not_found' });
    expect((await s.client.call('releases.get', { id: a })).revision).toBe(2);
    await expect(s.client.call('typography.ignores', { releaseId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.client.call('typography.ignore', { releaseId: 'nope', keys: ['k'], ignored: true })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('typography settings', () => {
  it('a library from before typography settings reads the defaults; partial stored values are completed', async () => {
    s = await bootTestServices();
    const repo = s.runtime.library.repos().settings;
    repo.set('ui.uiLanguage', 'fr');
    expect((await s.client.call('settings.get', {})).typography).toEqual(DEFAULT_TYPOGRAPHY_SETTINGS);
    repo.set('ui.typography', { profiles: { fr: 'fr-CH' }, wideNbsp: true, disabledRules: ['Not An Id'] });
    expect((await s.client.call('settings.get', {})).typography).toEqual({
      ...DEFAULT_TYPOGRAPHY_SETTINGS,
      profiles: { ...DEFAULT_TYPOGRAPHY_SETTINGS.profiles, fr: 'fr-CH' },
      wideNbsp: true,
    });
    const saved = await s.client.call('settings.update', { typography: { ...DEFAULT_TYPOGRAPHY_SETTINGS, hyphenationExceptions: ['Ban-gui', 'OIM'] } });
    expect(saved.typography.hyphenationExceptions).toEqual(['Ban-gui', 'OIM']);
    expect(saved.uiLanguage).toBe('fr');
  });

  it('merges a typography patch over the stored fields (the service side of a partial update)', async () => {
    s = await bootTestServices();
    const repo = s.runtime.library.repos().settings;
    writeSettings(repo, { typography: { ...DEFAULT_TYPOGRAPHY_SETTINGS, wideNbsp: true, disabledRules: ['fr-apostrophe'] } });
    const after = writeSettings(repo, { typography: { hyphenationExceptions: ['Bangui'] } as never });
    expect(after.typography).toEqual({ ...DEFAULT_TYPOGRAPHY_SETTINGS, wideNbsp: true, disabledRules: ['fr-apostrophe'], hyphenationExceptions: ['Bangui'] });
  });
});
