import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '../../shared/api';
import { bootServices, type BootOptions, type Runtime } from '../../electron/services/boot';
import { headlessHost } from '../../electron/services/host';
import { inProcessClient } from './client';
import { createClock, sequentialIds, type TestClock } from './clock';

/** The repository root (build/examples, dist/…). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const EXAMPLES_DIR = path.join(ROOT, 'build', 'examples');

export interface TestServices {
  runtime: Runtime;
  client: Client & { internalErrors: unknown[] };
  clock: TestClock;
  logs: string[];
  close(): Promise<void>;
}

/**
 * Boots the real services on ':memory:' (or `dbPath`) with a hand-moved clock and sequential ids,
 * and a client that goes through dispatch with a JSON round trip.
 */
export async function bootTestServices(options: Partial<BootOptions> & { clock?: TestClock } = {}): Promise<TestServices> {
  const clock = options.clock ?? createClock();
  const logs: string[] = [];
  const runtime = await bootServices({
    dbPath: ':memory:',
    host: headlessHost('test'),
    version: '0.1.0-test',
    systemLocale: 'fr-CH',
    platform: 'linux',
    examplesDir: null,
    newId: sequentialIds(),
    log: (line) => logs.push(line),
    ...options,
    now: clock.now,
  });
  return { runtime, client: inProcessClient(runtime.handlers), clock, logs, close: () => runtime.close() };
}
