// Bundles the Node/Electron side into dist/electron with esbuild: the Electron main process, the
// sandboxed preload (one self-contained file), the `galley` CLI and the `npm start` launcher.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  // Native and Electron modules stay outside the bundle.
  external: ['electron', 'better-sqlite3'],
  // SQL migrations are imported as text.
  loader: { '.sql': 'text' },
};

const bundles = {
  main: { entryPoints: ['electron/main/main.ts'], outfile: path.join(out, 'main.cjs') },
  // A sandboxed preload may only require('electron'): everything else is bundled in.
  preload: { entryPoints: ['electron/preload/preload.ts'], outfile: path.join(out, 'preload.cjs'), sourcemap: false },
  cli: { entryPoints: ['electron/hosts/cli.ts'], outfile: path.join(out, 'cli.cjs'), banner: { js: '#!/usr/bin/env node' } },
  start: { entryPoints: ['electron/hosts/start.ts'], outfile: path.join(out, 'start.cjs') },
  // Benchmarks: built on demand by `npm run bench`, never part of the app.
  bench: { entryPoints: ['bench/library.bench.ts'], outfile: path.join(root, 'dist/bench/library.cjs'), external: [...common.external, 'playwright-core'] },
  'bench-split': { entryPoints: ['bench/split.bench.ts'], outfile: path.join(root, 'dist/bench/split.cjs'), external: [...common.external] },
  'bench-typography': { entryPoints: ['bench/typography.bench.ts'], outfile: path.join(root, 'dist/bench/typography.cjs'), external: [...common.external] },
  'bench-keystroke': { entryPoints: ['bench/keystroke.bench.ts'], outfile: path.join(root, 'dist/bench/keystroke.cjs'), external: [...common.external, 'playwright-core'] },
  'bench-scaling': { entryPoints: ['bench/scaling.bench.ts'], outfile: path.join(root, 'dist/bench/scaling.cjs'), external: [...common.external] },
  'bench-hyphenation': { entryPoints: ['bench/hyphenation.bench.ts'], outfile: path.join(root, 'dist/bench/hyphenation.cjs'), external: [...common.external] },
};
const defaults = ['main', 'preload', 'cli', 'start'];

// `node build/bundle.mjs cli` builds only the CLI (what `npm run galley` needs).
const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : defaults;
await Promise.all(names.map((name) => build({ ...common, ...bundles[name] })));
