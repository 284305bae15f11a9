// The app:// protocol: serves the built renderer (dist/renderer) to the window, never anything
// outside that folder, always with the CSP and the other security headers.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { SECURITY_HEADERS } from '../../shared/api/security';
import { mimeType } from '../hosts/static';

export const APP_SCHEME = 'app';
export const APP_HOST = 'galley';
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`. `standard` gives relative URLs, localStorage and a real origin;
 * `secure` makes it a secure context; `supportFetchAPI` lets module scripts load. `corsEnabled`
 * stays off so no other origin can read app:// resources; `bypassCSP` stays off.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** MIME type for a file name: the same table as the browser-mode host. */
export { mimeType as mimeTypeFor } from '../hosts/static';

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL must not be served: another
 * host, an undecodable path, a NUL byte or backslash, or any path that would leave `rootDir` once
 * resolved (`..`, encoded `%2e%2e`, absolute paths). `/` maps to index.html. Pure.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return file.startsWith(root + path.sep) ? file : null;
}

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' } });
}

/**
 * The `protocol.handle('app', …)` handler for `rootDir`: GET/HEAD only; 404 for anything outside
 * the folder or missing; every response (errors too) carries the security headers.
 */
export function createAppProtocolHandler(
  rootDir: string,
  read: (file: string) => Promise<Uint8Array> = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    let bytes: Uint8Array;
    try {
      bytes = await read(file);
    } catch {
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return respond(200, body, mimeType(file));
  };
}
