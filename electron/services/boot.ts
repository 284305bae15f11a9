import { randomUUID } from 'node:crypto';
import type { Handlers, ImportReport } from '../../shared/api';
import { appHandlers } from './app';
import { createBackupService } from './backups';
import type { ServiceContext } from './context';
import type { Host } from './host';
import { importHandlers, importPaths } from './importing';
import { Library } from './library';
import { releaseHandlers } from './releases';
import { reviewHandlers } from './review';
import { revisionHandlers } from './revisions';
import { createLexiconProvider } from './lexicon';
import { backfillLineStats, type LexiconProvider } from './splitting';
import { seedDefaultThemes, themeHandlers } from './themes';
import { typographyHandlers } from './typography';

export interface BootOptions {
  /** Library file, or ':memory:' for tests. */
  dbPath: string;
  host: Host;
  version: string;
  systemLocale: string;
  platform?: string;
  /** Folder holding the example releases shipped with the app (the two seeds), if any. */
  examplesDir: string | null;
  /** better-sqlite3 binary to load instead of the default (the Electron build in the desktop app). */
  nativeBinding?: string;
  /**
   * Folder of the built word lists (dist/lexicon) for undoing line-end hyphens, loaded on first
   * use; or a provider (tests). Neither: the dehyphenation cascade's fallbacks only.
   */
  lexiconDir?: string;
  lexicon?: LexiconProvider;
  now?: () => string;
  newId?: () => string;
  log?: (line: string) => void;
  /**
   * Back up an existing library at start-up (default true). A read-only CLI command (list,
   * show) says false: it would copy the whole library, and churn the automatic backups it keeps.
   */
  startupBackup?: boolean;
}

/** Services opened on a library: the contract's handlers plus what only the main process uses. */
export interface Runtime {
  readonly handlers: Handlers;
  /** The library's state after opening (ok, corrupt, newer, error). */
  readonly library: Library;
  /** Imports files from disk (the CLI's `import`), one report item per path. */
  importPaths(paths: readonly string[]): Promise<ImportReport>;
  /** Private key/value store of the main process (window bounds); not exposed to the renderer. */
  readonly internal: {
    get(key: string): unknown;
    set(key: string, value: unknown): void;
  };
  /** Waits for running backups, then closes the database (after a WAL checkpoint). Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens the library and builds every handler of the contract on it. A damaged or newer library
 * does not throw: `app.info` reports it and the data handlers answer `unavailable`, so the UI can
 * offer a backup instead.
 */
export async function bootServices(options: BootOptions): Promise<Runtime> {
  const now = options.now ?? (() => new Date().toISOString());
  const log = options.log ?? (() => undefined);
  const library = new Library(options.dbPath, now, options.nativeBinding);
  await library.open();
  const base = {
    library,
    host: options.host,
    now,
    newId: options.newId ?? randomUUID,
    version: options.version,
    systemLocale: options.systemLocale,
    platform: options.platform ?? process.platform,
    examplesDir: options.examplesDir,
    lexicon: options.lexicon ?? (options.lexiconDir ? createLexiconProvider(options.lexiconDir, { log }) : () => null),
    log,
  };
  const backups = createBackupService(base);
  const ctx: ServiceContext = { ...base, afterSave: () => backups.afterSave() };
  if (library.state().status === 'ok') {
    seedDefaultThemes(library.repos(), now());
    await backfillLineStats(library.repos());
    if (options.startupBackup !== false) backups.atStartup();
  } else {
    log(`library ${options.dbPath} not opened: ${library.state().message ?? ''}`);
  }
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...releaseHandlers(ctx),
    ...importHandlers(ctx),
    ...revisionHandlers(ctx),
    ...reviewHandlers(ctx),
    ...themeHandlers(ctx),
    ...typographyHandlers(ctx),
    ...backups.handlers,
  };
  let closed = false;
  return {
    handlers,
    library,
    importPaths: (paths) => importPaths(ctx, paths),
    internal: {
      get: (key) => library.repos().settings.get(`internal.${key}`),
      set: (key, value) => library.repos().settings.set(`internal.${key}`, value),
    },
    async close() {
      if (closed) return;
      closed = true;
      await backups.idle();
      library.close();
    },
  };
}
