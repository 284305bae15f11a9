/** Where a CLI run writes and what it knows of its environment (real process or a test). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Project root (package.json, dist/renderer, build/examples). */
  root: string;
  /** Resolves when the user asks to stop a long-running command (Ctrl+C). */
  stopSignal(): Promise<void>;
  /** The bytes of standard input, as they come (`-` or no file argument). */
  stdin(): AsyncIterable<Uint8Array>;
}

/** Exit codes: 0 success, 1 some work failed, 2 wrong usage or library unavailable. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
