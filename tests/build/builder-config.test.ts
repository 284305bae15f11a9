// The installers cannot be built on CI or here (no Electron download, no NSIS/dmg tooling), so the
// electron-builder configuration is checked against electron-builder's own schema and for the
// points the product depends on.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const config = require('./build/electron-builder.config.cjs') as Configuration;
const pkg = require('./package.json') as { main: string; devDependencies: Record<string, string> };

type Validate = (config: unknown, debugLogger: { isEnabled: boolean; add(): void }) => Promise<void>;
// electron-builder's own validation (the function its build runs first), from app-builder-lib.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration: Validate };
const validate = (c: unknown) => validateConfiguration(structuredClone(c), { isEnabled: false, add: () => undefined });

describe('electron-builder configuration', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('the validation really runs (a wrong option is refused)', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachine: 'sometimes' } })).rejects.toThrow(/nsis/);
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).rejects.toThrow(/runAsNode/);
    await expect(validate({ ...config, notAnOption: true })).rejects.toThrow(/notAnOption|should NOT have additional properties|must NOT have additional properties/);
  });

  it('identifies the app and writes to release/', () => {
    expect(config.appId).toBe('org.galley.workbench');
    expect(config.productName).toBe('Galley');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('pins electronVersion to the exact devDependency', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
  });

  it('ships the bundles, the renderer and package.json, without sourcemaps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('packs into an asar, with the better-sqlite3 binary unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringMatching(/better-sqlite3.*\.node$/)]));
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the example releases as the examples resource', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'build/examples', to: 'examples' })]);
    const examples = fs.readdirSync(path.join(root, 'build', 'examples'));
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it('builds AppImage and deb on Linux (Office, with a maintainer)', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/\S+ <\S+@\S+>/);
  });

  it('builds an NSIS installer offering per-user or per-machine install on Windows', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, allowToChangeInstallationDirectory: true });
  });

  it('builds a hardened dmg on macOS', () => {
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', hardenedRuntime: true });
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('icons', () => {
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (file: string) => {
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  it.each([256, 512, 1024].map((n) => [n, n]))('build/icons/%ix%i.png is a square PNG of that size', (size) => {
    expect(pngSize(path.join(root, 'build', 'icons', `${size}x${size}.png`))).toEqual([size, size]);
  });

  it('the configured icons exist', () => {
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(icon).toBeTruthy();
      expect(fs.existsSync(path.join(root, icon!))).toBe(true);
    }
  });
});

describe('build/dist.mjs', () => {
  const load = async () => (await import(pathToFileURL(path.join(root, 'build', 'dist.mjs')).href)) as { platformsFromArgs(argv: string[], host?: string): string[] };

  it('builds for the host platform by default, or for the named ones', async () => {
    const { platformsFromArgs } = await load();
    expect(platformsFromArgs([], 'linux')).toEqual(['LINUX']);
    expect(platformsFromArgs([], 'win32')).toEqual(['WINDOWS']);
    expect(platformsFromArgs([], 'darwin')).toEqual(['MAC']);
    expect(platformsFromArgs(['--win', '--mac', '--win'], 'linux')).toEqual(['WINDOWS', 'MAC']);
    expect(() => platformsFromArgs(['--android'], 'linux')).toThrow(/Unknown option/);
  });
});
