import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch, MAX_REQUEST_BYTES, SECURITY_HEADERS, type Handlers } from '../../shared/api';
import { mimeType, resolveStatic } from './static';

export interface HttpHostOptions {
  handlers: Handlers;
  /** Built renderer (dist/renderer). */
  rendererDir: string;
  /** Random per run; required on every API call as `Authorization: Bearer <token>`. */
  token: string;
  /** The port the server listens on (known once listening): Host and Origin are checked against it. */
  port: () => number;
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only the loopback names of this very port: a DNS-rebinding page has another Host. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** Reads a request body up to `limit` bytes; null when it is larger (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, opts: HttpHostOptions): Promise<void> {
  const port = opts.port();
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin)) return send(res, 403, 'Forbidden origin');
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!token || !sameToken(token, opts.token)) return send(res, 403, 'Missing or wrong token');
  if (req.method !== 'POST') return send(res, 405, 'Use POST', undefined, { Allow: 'POST' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'JSON expected');
  const limit = opts.maxBodyBytes ?? MAX_REQUEST_BYTES;
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    send(res, 413, 'Request too large', undefined, { Connection: 'close' });
    req.destroy();
    return;
  }
  const body = await readBody(req, limit);
  if (body === null) {
    send(res, 413, 'Request too large', undefined, { Connection: 'close' });
    req.destroy();
    return;
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return send(res, 400, 'Invalid JSON');
  }
  const result = await dispatch(opts.handlers, method, input, {
    onInternalError: (m, error) => opts.log?.(`${m}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
}

function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string, opts: HttpHostOptions): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', undefined, { Allow: 'GET, HEAD' });
  const file = resolveStatic(opts.rendererDir, pathname);
  if (!file) return send(res, 404, 'Not found');
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(file),
    'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

/**
 * The browser-mode request handler: the built renderer as static files, and `POST /api/<method>`
 * through the same dispatch as IPC. Host is checked on every request (DNS rebinding); API calls
 * also need the run's token, a same-origin Origin (when sent), JSON, and a body under the cap.
 */
export function createRequestListener(opts: HttpHostOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts(opts.port()).has(host)) return send(res, 403, 'Forbidden host');
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/.exec(pathname);
    const work = api ? handleApi(req, res, api[1]!, opts) : Promise.resolve(handleStatic(req, res, pathname, opts));
    work.catch((error: unknown) => {
      opts.log?.(`request failed: ${String(error)}`);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  };
}
