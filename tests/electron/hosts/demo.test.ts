import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDemoLibrary } from '../../../electron/hosts/demo';
import { bootServices } from '../../../electron/services/boot';
import { headlessHost } from '../../../electron/services/host';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let made: string | null = null;
afterEach(() => {
  if (made) fs.rmSync(path.dirname(made), { recursive: true, force: true });
  made = null;
});

describe('npm start -- --demo', () => {
  it('makes a fresh library holding the two example releases', async () => {
    made = await prepareDemoLibrary(ROOT, 'test');
    expect(made).not.toContain(path.join('.config', 'Galley'));
    const runtime = await bootServices({ dbPath: made, host: headlessHost('test'), version: 'test', systemLocale: 'fr', examplesDir: null, startupBackup: false });
    try {
      const page = await runtime.handlers['releases.list']({ search: '', status: null, language: null, theme: null, trash: false, sort: 'updated', direction: 'desc', offset: 0, limit: 10 });
      expect(page.total).toBe(2);
    } finally {
      await runtime.close();
    }
  });
});
