import os from 'node:os';
import path from 'node:path';

/** Folder name of Galley's per-user data, the same as Electron's `app.getPath('userData')`. */
export const APP_DIR_NAME = 'Galley';
export const LIBRARY_FILE = 'galley.db';

/** The per-user app data folder, as Electron computes it on each platform. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/** The library to open: `--db` wins, then GALLEY_DB, then the per-user default. */
export function resolveLibraryPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.GALLEY_DB) return path.resolve(env.GALLEY_DB);
  return path.join(userDataDir(env), LIBRARY_FILE);
}
