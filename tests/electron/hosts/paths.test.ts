import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryPath, userDataDir } from '../../../electron/hosts/paths';

const home = os.homedir();

describe('userDataDir', () => {
  it.each<[NodeJS.Platform, NodeJS.ProcessEnv, string]>([
    ['linux', {}, path.join(home, '.config', 'Galley')],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, path.join('/xdg', 'Galley')],
    ['darwin', {}, path.join(home, 'Library', 'Application Support', 'Galley')],
    ['win32', { APPDATA: '/appdata' }, path.join('/appdata', 'Galley')],
    ['win32', {}, path.join(home, 'AppData', 'Roaming', 'Galley')],
  ])('%s with %j', (platform, env, expected) => {
    expect(userDataDir(env, platform)).toBe(expected);
  });
});

describe('resolveLibraryPath', () => {
  it('prefers --db, then GALLEY_DB, then the per-user file', () => {
    expect(resolveLibraryPath('/a/flag.db', { GALLEY_DB: '/b/env.db' })).toBe('/a/flag.db');
    expect(resolveLibraryPath(undefined, { GALLEY_DB: '/b/env.db' })).toBe('/b/env.db');
    expect(resolveLibraryPath(undefined, { XDG_CONFIG_HOME: '/xdg' })).toBe(path.join(userDataDir({ XDG_CONFIG_HOME: '/xdg' }), 'galley.db'));
  });

  it('makes relative paths absolute', () => {
    expect(resolveLibraryPath('lib.db', {})).toBe(path.resolve('lib.db'));
    expect(resolveLibraryPath(undefined, { GALLEY_DB: 'env.db' })).toBe(path.resolve('env.db'));
  });
});
