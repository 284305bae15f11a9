import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch, type Handlers, type Input, type Method, type Output } from '../../../shared/api';
import { releaseToText } from '../../../shared/pipeline/export';
import { bootServices, type Runtime } from '../../services/boot';
import { headlessHost } from '../../services/host';
import { resolveLibraryPath } from '../paths';
import { serveBrowserMode } from '../serve';
import { importLine, listLine } from './format';
import { runSplit } from './split';
import { runUnwrap } from './unwrap';
import { runFix } from './fix';
import { runCheck } from './check';
import { runHyphenate } from './hyphenate';
import { createLexiconProvider } from '../../services/lexicon';
import { EXIT, type CliIo } from './io';
import { USAGE } from './usage';

class CliError extends Error {}

const lexiconDir = (io: CliIo) => path.join(io.root, 'dist', 'lexicon');

/** Calls a service through dispatch, as every transport does; a failure becomes a CliError. */
async function call<M extends Method>(handlers: Handlers, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new CliError(`${result.error.code}: ${result.error.message}`);
  return result.value as Output<M>;
}

function version(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Opens the library for one command; `writes` is false for commands that only read it (no start-up backup). */
async function withLibrary<T>(dbPath: string, io: CliIo, writes: boolean, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await bootServices({
    dbPath,
    startupBackup: writes,
    host: headlessHost('browser'),
    version: version(io.root),
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    examplesDir: path.join(io.root, 'build', 'examples'),
    lexiconDir: lexiconDir(io),
    log: (line) => io.err(`galley: ${line}\n`),
  });
  try {
    const state = runtime.library.state();
    if (state.status !== 'ok') throw new CliError(`the library ${dbPath} cannot be used (${state.status}): ${state.message ?? ''}`);
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

const OPTIONS = {
  db: { type: 'string' },
  search: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Runs one CLI invocation; resolves with the exit code. Never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // The text commands take their own options and never open a library.
  if (argv[0] === 'split') return runSplit(argv.slice(1), io, createLexiconProvider(lexiconDir(io), { log: (l) => io.err(`galley: ${l}\n`) }));
  if (argv[0] === 'unwrap') return runUnwrap(argv.slice(1), io);
  if (argv[0] === 'fix') return runFix(argv.slice(1), io);
  if (argv[0] === 'check') return runCheck(argv.slice(1), io);
  if (argv[0] === 'hyphenate') return runHyphenate(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`galley: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) return io.out(`${version(io.root)}\n`), EXIT.ok;
  if (values.help) return io.out(USAGE), EXIT.ok;
  if (!command) return io.err(USAGE), EXIT.usage;
  const dbPath = resolveLibraryPath(values.db, io.env);
  try {
    switch (command) {
      case 'import': {
        if (rest.length === 0) throw new CliError('import needs at least one file');
        const report = await withLibrary(dbPath, io, true, async (rt) => rt.importPaths(rest));
        for (const item of report.items) io.out(`${importLine(item)}\n`);
        return report.items.some((i) => i.outcome === 'failed') ? EXIT.failed : EXIT.ok;
      }
      case 'list': {
        const items = await withLibrary(dbPath, io, false, async (rt) => {
          const all = [];
          for (let offset = 0; ; ) {
            const page = await call(rt.handlers, 'releases.list', { search: values.search ?? '', offset, limit: 1000 });
            all.push(...page.items);
            offset += page.items.length;
            if (page.items.length === 0 || offset >= page.total) break;
          }
          return all;
        });
        if (values.json) io.out(`${JSON.stringify(items, null, 2)}\n`);
        else for (const r of items) io.out(`${listLine(r)}\n`);
        return EXIT.ok;
      }
      case 'show': {
        const [id] = rest;
        if (!id) throw new CliError('show needs a release id (see `galley list`)');
        const release = await withLibrary(dbPath, io, false, (rt) => call(rt.handlers, 'releases.get', { id }));
        io.out(values.json ? `${JSON.stringify(release, null, 2)}\n` : releaseToText(release));
        return EXIT.ok;
      }
      case 'serve':
        return await serve(io, dbPath, values.port);
      default:
        throw new CliError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`galley: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function serve(io: CliIo, dbPath: string, portFlag: string | undefined): Promise<number> {
  const port = portFlag === undefined ? 0 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`invalid port "${portFlag}"`);
  const server = await serveBrowserMode({
    dbPath,
    port,
    rendererDir: path.join(io.root, 'dist', 'renderer'),
    examplesDir: path.join(io.root, 'build', 'examples'),
    version: version(io.root),
    log: (line) => io.err(`galley: ${line}\n`),
  }).catch((error: unknown) => {
    throw new CliError((error as Error).message);
  });
  io.out(`Galley: ${server.url}\n`);
  await io.stopSignal();
  await server.close();
  return EXIT.ok;
}
