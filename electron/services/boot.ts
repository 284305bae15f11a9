import type { Handlers } from '../../shared/api';
import type { Host } from './host';

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
  now?: () => string;
  newId?: () => string;
  log?: (line: string) => void;
}

/** Services opened on a library: the contract's handlers plus what only the main process uses. */
export interface Runtime {
  readonly handlers: Handlers;
  /** Private key/value store of the main process (window bounds); not exposed to the renderer. */
  readonly internal: {
    get(key: string): unknown;
    set(key: string, value: unknown): void;
  };
  /** Closes the database (after a final WAL checkpoint). Idempotent. */
  close(): void;
}

export declare function bootServices(options: BootOptions): Runtime;
