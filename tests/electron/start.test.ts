import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decideLaunch,
  electronSpawnPlan,
  ensureElectronSqlite,
  fallbackLine,
  parseStartArgs,
  probeElectron,
  sqliteBindingPath,
  type ElectronProbe,
  type LaunchFacts,
} from '../../electron/hosts/start';

const withBinary: ElectronProbe = { version: '45.4.1', dir: '/p/node_modules/electron', binary: '/p/node_modules/electron/dist/electron' };
const noBinary: ElectronProbe = { ...withBinary, binary: null };
const facts = (over: Partial<LaunchFacts> = {}): LaunchFacts => ({
  args: { browser: false, demo: false },
  platform: 'linux',
  env: { DISPLAY: ':0' },
  electron: withBinary,
  installTried: false,
  ...over,
});

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('parseStartArgs', () => {
  it.each<[string[], object]>([
    [[], { browser: false, demo: false }],
    [['--browser'], { browser: true, demo: false }],
    [['--db', '/tmp/x.db'], { browser: false, demo: false, db: '/tmp/x.db' }],
    [['--db=/tmp/x.db', '--port=4870'], { browser: false, demo: false, db: '/tmp/x.db', port: 4870 }],
    [['--port', '0', '--browser'], { browser: true, demo: false, port: 0 }],
    [['--demo'], { browser: false, demo: true }],
  ])('%j', (argv, expected) => {
    expect(parseStartArgs(argv)).toEqual(expected);
  });
  it.each([['--port', 'abc'], ['--port', '70000'], ['--db'], ['--verbose'], ['serve'], ['--demo', '--db', 'x.db']])('refuses %j', (...argv) => {
    expect(() => parseStartArgs(argv)).toThrow();
  });
});

describe('decideLaunch', () => {
  it('spawns Electron when its binary is there and a display is available', () => {
    expect(decideLaunch(facts())).toEqual({ mode: 'electron', electron: withBinary });
    expect(decideLaunch(facts({ env: { WAYLAND_DISPLAY: 'wayland-0' } })).mode).toBe('electron');
    // No DISPLAY needed on Windows or macOS.
    expect(decideLaunch(facts({ platform: 'win32', env: {} })).mode).toBe('electron');
    expect(decideLaunch(facts({ platform: 'darwin', env: {} })).mode).toBe('electron');
  });

  it('fetches the binary once when it is missing', () => {
    expect(decideLaunch(facts({ electron: noBinary }))).toEqual({ mode: 'install', electron: noBinary });
  });

  it('falls back to browser mode with one line when the binary is still missing', () => {
    expect(decideLaunch(facts({ electron: noBinary, installTried: true }))).toEqual({
      mode: 'browser',
      line: 'Galley: Electron is not available on this machine (the Electron 45.4.1 binary could not be downloaded); serving the same workbench in browser mode.',
    });
  });

  it('falls back without trying to download when there is no display on Linux', () => {
    const decision = decideLaunch(facts({ env: {}, electron: noBinary }));
    expect(decision).toEqual({ mode: 'browser', line: fallbackLine('no display: neither DISPLAY nor WAYLAND_DISPLAY is set') });
  });

  it('falls back when the electron package is not installed', () => {
    expect(decideLaunch(facts({ electron: null }))).toEqual({ mode: 'browser', line: fallbackLine('the electron package is not installed') });
  });

  it('serves browser mode when asked to, even with Electron available', () => {
    const decision = decideLaunch(facts({ args: { browser: true, demo: false } }));
    expect(decision.mode).toBe('browser');
    expect(decision.mode === 'browser' && decision.line).toMatch(/^Galley: .*browser mode/);
  });

  it('every fallback is a single line', () => {
    for (const f of [facts({ env: {} }), facts({ electron: null }), facts({ electron: noBinary, installTried: true }), facts({ args: { browser: true, demo: false } })]) {
      const d = decideLaunch(f);
      expect(d.mode).toBe('browser');
      if (d.mode === 'browser') expect(d.line).not.toContain('\n');
    }
  });
});

describe('electronSpawnPlan', () => {
  it('runs the binary on the project root with the Electron SQLite build', () => {
    const plan = electronSpawnPlan('/e/electron', '/src/galley', '/cache/b.node', { browser: false, demo: false }, { PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' });
    expect(plan.command).toBe('/e/electron');
    expect(plan.args).toEqual(['/src/galley']);
    expect(plan.env).toEqual({ PATH: '/bin', GALLEY_SQLITE_BINDING: '/cache/b.node' });
  });

  it('passes --db to the app as GALLEY_DB (absolute)', () => {
    const plan = electronSpawnPlan('/e/electron', '/src/galley', '/cache/b.node', { browser: false, demo: false, db: 'my.db' }, {});
    expect(plan.env.GALLEY_DB).toBe(path.resolve('my.db'));
  });
});

describe('probeElectron', () => {
  function project(withElectronBinary: boolean) {
    const root = tempDir('galley-start-');
    fs.writeFileSync(path.join(root, 'package.json'), '{"name":"x"}');
    const dir = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","version":"45.4.1"}');
    if (withElectronBinary) {
      fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
      fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    }
    return { root, dir };
  }

  it('finds the version and the binary through path.txt, without loading electron', () => {
    const { root, dir } = project(true);
    expect(probeElectron(root, {})).toEqual({ version: '45.4.1', dir: fs.realpathSync(dir), binary: path.join(fs.realpathSync(dir), 'dist', 'electron') });
  });

  it('reports a missing binary (never downloaded)', () => {
    const { root } = project(false);
    expect(probeElectron(root, {})?.binary).toBeNull();
  });

  it('reports no package at all', () => {
    const root = tempDir('galley-start-');
    fs.writeFileSync(path.join(root, 'package.json'), '{"name":"x"}');
    expect(probeElectron(root, {})).toBeNull();
  });

  it('matches this checkout: electron 45.4.1 installed, its binary absent', () => {
    const probe = probeElectron(path.resolve(__dirname, '../..'), {});
    expect(probe?.version).toBe('45.4.1');
  });
});

describe('ensureElectronSqlite', () => {
  function project() {
    const root = tempDir('galley-sqlite-');
    fs.writeFileSync(path.join(root, 'package.json'), '{"name":"x"}');
    const pkg = path.join(root, 'node_modules', 'better-sqlite3');
    fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
    fs.mkdirSync(path.join(pkg, 'src'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.9.0"}');
    fs.writeFileSync(path.join(pkg, 'binding.gyp'), '{}');
    fs.writeFileSync(path.join(pkg, 'src', 'better_sqlite3.cpp'), '//');
    fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'NODE-ABI');
    const gyp = path.join(root, 'node_modules', 'node-gyp', 'bin');
    fs.mkdirSync(gyp, { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', 'node-gyp', 'package.json'), '{"name":"node-gyp","version":"1.0.0"}');
    fs.writeFileSync(path.join(gyp, 'node-gyp.js'), '');
    return { root, nodeBuild: path.join(pkg, 'build', 'Release', 'better_sqlite3.node') };
  }

  it('builds a copy for Electron once, leaving the Node build alone, then reuses it', () => {
    const { root, nodeBuild } = project();
    const run = vi.fn((_command: string, args: readonly string[], options: { cwd: string }) => {
      // The copy has no build/ of its own: node-gyp creates it.
      expect(fs.existsSync(path.join(options.cwd, 'build'))).toBe(false);
      expect(fs.existsSync(path.join(options.cwd, 'src', 'better_sqlite3.cpp'))).toBe(true);
      expect(args).toEqual(expect.arrayContaining(['rebuild', '--target=45.4.1', '--dist-url=https://electronjs.org/headers', '--runtime=electron']));
      fs.mkdirSync(path.join(options.cwd, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(sqliteBindingPath(options.cwd), 'ELECTRON-ABI');
      return true;
    });
    const binding = ensureElectronSqlite(root, '45.4.1', run);
    expect(binding.startsWith(path.join(root, 'node_modules', '.cache', 'galley-electron') + path.sep)).toBe(true);
    expect(binding).toContain('better-sqlite3-12.9.0-electron-45.4.1');
    expect(fs.readFileSync(binding, 'utf8')).toBe('ELECTRON-ABI');
    expect(fs.readFileSync(nodeBuild, 'utf8')).toBe('NODE-ABI');
    expect(ensureElectronSqlite(root, '45.4.1', run)).toBe(binding);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('throws and leaves no half-built cache when the build fails', () => {
    const { root } = project();
    expect(() => ensureElectronSqlite(root, '45.4.1', () => false)).toThrow(/could not be built for Electron 45\.4\.1/);
    expect(fs.readdirSync(path.join(root, 'node_modules', '.cache', 'galley-electron'))).toEqual([]);
  });
});
