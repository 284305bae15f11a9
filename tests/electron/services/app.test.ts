import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/api';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { bootTestServices, EXAMPLES_DIR, type TestServices } from '../../helpers/boot';
import { testHost } from '../../helpers/host';
import { useTempDirs } from '../../helpers/tmp';

const tmp = useTempDirs();
let s: TestServices;
afterEach(async () => s?.close());

describe('app.info', () => {
  it('describes the running services', async () => {
    s = await bootTestServices();
    expect(await s.client.call('app.info', {})).toEqual({
      version: '0.1.0-test',
      mode: 'test',
      platform: 'linux',
      systemLocale: 'fr-CH',
      database: { status: 'ok', path: null, message: null },
      capabilities: { nativeDialogs: false },
      limits: { maxImportBytes: MAX_IMPORT_BYTES },
      examplesAvailable: false,
    });
  });

  it('reports the library file, native dialogs and examples when there are', async () => {
    const dbPath = path.join(tmp.make(), 'galley.db');
    s = await bootTestServices({ dbPath, host: testHost().host, examplesDir: EXAMPLES_DIR });
    expect(await s.client.call('app.info', {})).toMatchObject({ database: { status: 'ok', path: dbPath }, capabilities: { nativeDialogs: true }, examplesAvailable: true });
  });

  it('has no examples when the folder is missing or holds none', async () => {
    s = await bootTestServices({ examplesDir: path.join(tmp.make(), 'missing') });
    expect((await s.client.call('app.info', {})).examplesAvailable).toBe(false);
    expect(await s.client.call('releases.importExamples', {})).toEqual({ items: [] });
  });
});

describe('releases.importExamples', () => {
  it('imports the two shipped seeds, then reports them as duplicates', async () => {
    s = await bootTestServices({ examplesDir: EXAMPLES_DIR });
    const first = await s.client.call('releases.importExamples', {});
    expect(first.items).toHaveLength(2);
    expect(first.items.map((i) => i.outcome)).toEqual(['imported', 'imported']);
    const second = await s.client.call('releases.importExamples', {});
    expect(second.items.map((i) => [i.outcome, i.releaseId])).toEqual(first.items.map((i) => ['duplicate', i.releaseId]));
    expect((await s.client.call('releases.list', {})).total).toBe(2);
  });
});

describe('settings', () => {
  it('starts from the defaults and stores partial updates', async () => {
    s = await bootTestServices();
    expect(await s.client.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    const next = await s.client.call('settings.update', { colorScheme: 'dark', lastView: { name: 'release', id: 'id-0002' } });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, colorScheme: 'dark', lastView: { name: 'release', id: 'id-0002' } });
    expect(await s.client.call('settings.get', {})).toEqual(next);
  });

  it('keeps settings across restarts of a file library', async () => {
    const dbPath = path.join(tmp.make(), 'galley.db');
    s = await bootTestServices({ dbPath });
    await s.client.call('settings.update', { uiLanguage: 'es', defaultReleaseLanguage: 'en' });
    await s.close();
    s = await bootTestServices({ dbPath });
    expect(await s.client.call('settings.get', {})).toMatchObject({ uiLanguage: 'es', defaultReleaseLanguage: 'en' });
  });

  it('falls back to the default for a bad stored value, keeping the good ones', async () => {
    s = await bootTestServices();
    const repo = s.runtime.library.repos().settings;
    repo.set('ui.colorScheme', 'purple');
    repo.set('ui.lastView', { name: 'nowhere' });
    repo.set('ui.uiLanguage', 'fr');
    expect(await s.client.call('settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' });
  });

  it.each([
    ['an unknown key', { fontSize: 12 }],
    ['a bad value', { colorScheme: 'purple' }],
    ['a bad view', { lastView: { name: 'release' } }],
  ])('refuses %s', async (_label, patch) => {
    s = await bootTestServices();
    await expect(s.client.call('settings.update', patch as never)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await s.client.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('uses the default release language for text that gives no clue', async () => {
    s = await bootTestServices();
    await s.client.call('settings.update', { defaultReleaseLanguage: 'es' });
    const report = await s.client.call('releases.import', { files: [{ name: 'x', text: 'OIM 2026\n12345' }] });
    expect((await s.client.call('releases.get', { id: report.items[0]!.releaseId! })).language).toBe('es');
  });

  it('keeps the main process’s private values out of the settings', async () => {
    s = await bootTestServices();
    s.runtime.internal.set('windowBounds', { x: 1, y: 2 });
    expect(s.runtime.internal.get('windowBounds')).toEqual({ x: 1, y: 2 });
    expect(await s.client.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
  });
});
