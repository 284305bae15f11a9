// `npm start`: opens Galley in Electron when this machine can run it, and otherwise serves the
// same workbench in browser mode with one clear line saying why. A plain Node script: it never
// imports `electron` (whose index.js would try to download the binary), it only looks for it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { prepareDemoLibrary } from './demo';
import { resolveLibraryPath } from './paths';
import { serveBrowserMode } from './serve';

export interface StartArgs {
  db?: string;
  port?: number;
  browser: boolean;
  /** A throwaway library with the two example releases, instead of the user's library. */
  demo: boolean;
}

/** Parses `--db <path>`, `--port <n>` (also `--db=…`), `--browser`, `--demo`. Throws on anything else. */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  const args: StartArgs = { browser: false, demo: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--browser') args.browser = true;
    else if (flag === '--demo') args.demo = true;
    else if (flag === '--db') args.db = value();
    else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error('--port must be an integer from 0 to 65535');
      args.port = port;
    } else throw new Error(`Unknown option: ${flag} (expected --db <path>, --port <n>, --browser, --demo)`);
  }
  if (args.demo && args.db) throw new Error('--demo opens its own library: leave out --db');
  return args;
}

/** What was found of the `electron` package. */
export interface ElectronProbe {
  version: string;
  /** node_modules/electron */
  dir: string;
  /** The executable, or null when it was never downloaded. */
  binary: string | null;
}

export interface LaunchFacts {
  args: StartArgs;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** null: the electron package itself is not installed. */
  electron: ElectronProbe | null;
  /** True once `install.js` has been tried in this run. */
  installTried: boolean;
}

export type LaunchDecision =
  | { mode: 'electron'; electron: ElectronProbe & { binary: string } }
  | { mode: 'install'; electron: ElectronProbe }
  | { mode: 'browser'; line: string };

/** The single line printed before falling back to browser mode. */
export const fallbackLine = (reason: string): string =>
  `Galley: Electron is not available on this machine (${reason}); serving the same workbench in browser mode.`;

/**
 * Decides how to open Galley, from facts gathered by the caller. Pure. Order: an explicit
 * --browser; no display on Linux (nothing could show a window); no electron package; binary
 * missing → fetch it once, and if it is still missing → browser mode.
 */
export function decideLaunch(facts: LaunchFacts): LaunchDecision {
  if (facts.args.browser) return { mode: 'browser', line: 'Galley: serving the workbench in browser mode (--browser).' };
  if (facts.platform === 'linux' && !facts.env.DISPLAY && !facts.env.WAYLAND_DISPLAY) {
    return { mode: 'browser', line: fallbackLine('no display: neither DISPLAY nor WAYLAND_DISPLAY is set') };
  }
  if (!facts.electron) return { mode: 'browser', line: fallbackLine('the electron package is not installed') };
  const { binary } = facts.electron;
  if (binary) return { mode: 'electron', electron: { ...facts.electron, binary } };
  if (!facts.installTried) return { mode: 'install', electron: facts.electron };
  return { mode: 'browser', line: fallbackLine(`the Electron ${facts.electron.version} binary could not be downloaded`) };
}

/** Finds the electron package from `root` without loading it; null when not installed. */
export function probeElectron(root: string, env: NodeJS.ProcessEnv = process.env): ElectronProbe | null {
  let pkgPath: string;
  try {
    pkgPath = createRequire(path.join(root, 'package.json')).resolve('electron/package.json');
  } catch {
    return null;
  }
  const dir = path.dirname(pkgPath);
  const version = (JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  // Same lookup as electron/index.js, minus its automatic download.
  let relative: string | null;
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = null;
  }
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : relative
      ? path.join(dir, 'dist', relative)
      : null;
  return { version, dir, binary: candidate && fs.existsSync(candidate) ? candidate : null };
}

/** Runs a command to completion; true when it exited with 0. Output is discarded. */
export type Runner = (command: string, args: readonly string[], options: { cwd: string; timeoutMs: number }) => boolean;

const runQuietly: Runner = (command, args, options) =>
  spawnSync(command, args, { cwd: options.cwd, timeout: options.timeoutMs, stdio: 'ignore', windowsHide: true }).status === 0;

/** The better-sqlite3 binary built for Electron's ABI, inside `cacheDir`. */
export const sqliteBindingPath = (cacheDir: string): string => path.join(cacheDir, 'build', 'Release', 'better_sqlite3.node');

/**
 * Returns a better-sqlite3 binary for Electron `electronVersion`, building it once into
 * node_modules/.cache/galley-electron/ from a copy of the package: node_modules/better-sqlite3/build
 * keeps the Node build the tests and the CLI use. Throws when the build fails.
 */
export function ensureElectronSqlite(root: string, electronVersion: string, run: Runner = runQuietly, say: (line: string) => void = () => undefined): string {
  const localRequire = createRequire(path.join(root, 'package.json'));
  const source = path.dirname(localRequire.resolve('better-sqlite3/package.json'));
  const sqliteVersion = (JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string }).version;
  const key = `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.platform}-${process.arch}`;
  const cacheDir = path.join(root, 'node_modules', '.cache', 'galley-electron', key);
  const binding = sqliteBindingPath(cacheDir);
  if (fs.existsSync(binding)) return binding;

  say(`Galley: building the SQLite module for Electron ${electronVersion} (first start only)…`);
  const work = `${cacheDir}.tmp-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(source, work, { recursive: true, filter: (from) => path.relative(source, from).split(path.sep)[0] !== 'build' });
  const gyp = localRequire.resolve('node-gyp/bin/node-gyp.js');
  const ok = run(process.execPath, [gyp, 'rebuild', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'], {
    cwd: work,
    timeoutMs: 10 * 60_000,
  });
  if (!ok || !fs.existsSync(sqliteBindingPath(work))) {
    fs.rmSync(work, { recursive: true, force: true });
    throw new Error(`better-sqlite3 could not be built for Electron ${electronVersion}`);
  }
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.renameSync(work, cacheDir);
  return binding;
}

/** How to spawn Electron on the project: its binary, the root (main = package.json "main"), env. Pure. */
export function electronSpawnPlan(binary: string, root: string, binding: string, args: StartArgs, env: NodeJS.ProcessEnv): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const childEnv: NodeJS.ProcessEnv = { ...env, GALLEY_SQLITE_BINDING: binding };
  // Set in the parent (e.g. by a tool that runs scripts with Electron), it would turn the app into Node.
  delete childEnv.ELECTRON_RUN_AS_NODE;
  if (args.db) childEnv.GALLEY_DB = resolveLibraryPath(args.db, env);
  return { command: binary, args: [root], env: childEnv };
}

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'build', 'examples'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

async function serveInBrowser(root: string, args: StartArgs, line: string): Promise<void> {
  console.log(line);
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const server = await serveBrowserMode({
    dbPath: resolveLibraryPath(args.db),
    port: args.port ?? 0,
    rendererDir: path.join(root, 'dist', 'renderer'),
    examplesDir: path.join(root, 'build', 'examples'),
    version,
    log: (l) => console.error(l),
  });
  console.log(`Galley: ${server.url}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function runElectron(plan: ReturnType<typeof electronSpawnPlan>): void {
  const child = spawn(plan.command, plan.args, { stdio: 'inherit', env: plan.env, windowsHide: false });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Gathers the facts, decides, and either spawns Electron or serves browser mode. */
export async function main(argv: readonly string[], root: string): Promise<void> {
  const args = parseStartArgs(argv);
  if (args.demo) {
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    args.db = await prepareDemoLibrary(root, version);
    console.log(`Galley: demo library with the two example releases at ${args.db}`);
  }
  const facts: LaunchFacts = { args, platform: process.platform, env: process.env, electron: probeElectron(root), installTried: false };
  let decision = decideLaunch(facts);
  if (decision.mode === 'install') {
    console.error(`Galley: fetching Electron ${decision.electron.version}…`);
    runQuietly(process.execPath, [path.join(decision.electron.dir, 'install.js')], { cwd: root, timeoutMs: 90_000 });
    decision = decideLaunch({ ...facts, electron: probeElectron(root), installTried: true });
  }
  if (decision.mode === 'electron') {
    let binding: string;
    try {
      binding = ensureElectronSqlite(root, decision.electron.version, runQuietly, (l) => console.error(l));
    } catch (error) {
      await serveInBrowser(root, args, fallbackLine(error instanceof Error ? error.message : String(error)));
      return;
    }
    runElectron(electronSpawnPlan(decision.electron.binary, root, binding, args, process.env));
    return;
  }
  if (decision.mode === 'browser') await serveInBrowser(root, args, decision.line);
}

// Runs when bundled as dist/electron/start.cjs and executed; importing it (tests) does nothing.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main(process.argv.slice(2), findRoot(__dirname)).catch((error: unknown) => {
    console.error(`Galley: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
