import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootServices } from '../services/boot';
import { headlessHost } from '../services/host';

/**
 * A fresh library in a new temporary folder with the two example releases (the seeds) already
 * imported, for `npm start -- --demo`. The user's own library is not touched. Returns its path.
 */
export async function prepareDemoLibrary(root: string, version: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-demo-'));
  const dbPath = path.join(dir, 'galley.db');
  const examplesDir = path.join(root, 'build', 'examples');
  const runtime = await bootServices({ dbPath, host: headlessHost('browser'), version, systemLocale: 'fr-FR', examplesDir, lexiconDir: path.join(root, 'dist', 'lexicon'), startupBackup: false });
  try {
    const files = fs.readdirSync(examplesDir).filter((n) => n.endsWith('.txt')).sort();
    await runtime.importPaths(files.map((n) => path.join(examplesDir, n)));
  } finally {
    await runtime.close();
  }
  return dbPath;
}
