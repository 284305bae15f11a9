// `npm run dist [-- --linux|--win|--mac]`: builds the installers with electron-builder into
// release/. Without a flag, for the platform this runs on. `npm run dist` builds the bundles first.
//
// electron-builder's `npmRebuild` rebuilds better-sqlite3 for Electron *in place*
// (node_modules/better-sqlite3/build), which would leave the tests and the CLI with a binary Node
// cannot load. The Node build is therefore copied aside before and put back afterwards.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const FLAGS = { '--linux': 'LINUX', '--win': 'WINDOWS', '--mac': 'MAC' };
const HOST = { linux: 'LINUX', win32: 'WINDOWS', darwin: 'MAC' };

/** The electron-builder platforms named on the command line, or the host's. */
export function platformsFromArgs(argv, hostPlatform = process.platform) {
  const unknown = argv.filter((a) => !(a in FLAGS));
  if (unknown.length > 0) throw new Error(`Unknown option(s): ${unknown.join(' ')} (expected --linux, --win, --mac)`);
  const named = argv.map((a) => FLAGS[a]);
  if (named.length > 0) return [...new Set(named)];
  const host = HOST[hostPlatform];
  if (!host) throw new Error(`No installer target for platform ${hostPlatform}`);
  return [host];
}

function protectNodeBuild() {
  const buildDir = path.join(root, 'node_modules', 'better-sqlite3', 'build');
  if (!fs.existsSync(buildDir)) return () => undefined;
  const backup = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-sqlite-node-'));
  fs.cpSync(buildDir, backup, { recursive: true });
  return () => {
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.cpSync(backup, buildDir, { recursive: true });
    fs.rmSync(backup, { recursive: true, force: true });
  };
}

async function main() {
  const platformNames = platformsFromArgs(process.argv.slice(2));
  for (const required of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, required))) throw new Error(`${required} is missing: run "npm run build" first`);
  }
  const { build, Platform } = await import('electron-builder');
  const config = require('./electron-builder.config.cjs');
  const targets = new Map();
  for (const name of platformNames) {
    for (const [platform, archs] of Platform[name].createTarget()) targets.set(platform, archs);
  }
  const restore = protectNodeBuild();
  try {
    const artifacts = await build({ projectDir: root, targets, config, publish: 'never' });
    for (const file of artifacts) console.log(`Galley: ${path.relative(root, file)}`);
  } finally {
    restore();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`Galley dist: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
