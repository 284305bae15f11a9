import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { bootServices } from '../services/boot';
import { headlessHost } from '../services/host';
import { createRequestListener } from './http';

export interface BrowserModeOptions {
  dbPath: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Built renderer folder (dist/renderer). */
  rendererDir: string;
  examplesDir: string | null;
  /** Built word lists (dist/lexicon) for the import's dehyphenation. */
  lexiconDir?: string;
  version: string;
  log?: (line: string) => void;
}

export interface BrowserModeServer {
  /** `http://127.0.0.1:<port>/?token=<token>` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Opens the library and serves the workbench on loopback only (browser mode). */
export async function serveBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  if (!fs.existsSync(path.join(options.rendererDir, 'index.html'))) {
    throw new Error(`The workbench is not built (${options.rendererDir} has no index.html); run \`npm run build\` first.`);
  }
  const runtime = await bootServices({
    dbPath: options.dbPath,
    host: headlessHost('browser'),
    version: options.version,
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    examplesDir: options.examplesDir,
    lexiconDir: options.lexiconDir ?? path.join(options.rendererDir, '..', 'lexicon'),
    ...(options.log ? { log: options.log } : {}),
  });
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer(
    createRequestListener({ handlers: runtime.handlers, rendererDir: options.rendererDir, token, port: () => port, ...(options.log ? { log: options.log } : {}) }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.close();
    },
  };
}
