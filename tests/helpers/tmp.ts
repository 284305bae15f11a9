import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Temporary folders under os.tmpdir(), removed after each test of the file that calls this.
 * Call once at the top level of a test file; `make()` inside tests.
 */
export function useTempDirs(prefix = 'galley-test-'): { make(): string } {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    make() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
  };
}

/** SHA-256, size and mtime of a file, to prove that something left it exactly as it was. */
export function fingerprint(file: string): { sha256: string; mtimeMs: number; size: number } {
  const stat = fs.statSync(file);
  return { sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtimeMs: stat.mtimeMs, size: stat.size };
}

/** Names in a folder, sorted (empty when the folder does not exist). */
export function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
