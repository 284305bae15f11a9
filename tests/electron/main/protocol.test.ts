import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/api/security';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppFile } from '../../../electron/main/protocol';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-protocol-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'font.woff2'), 'w');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'file name.svg'), '<svg/>');
  // A secret next to the renderer folder, which must never be reachable.
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'x.js'), 'evil');
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('CSP', () => {
  it('is exactly the policy of the architecture', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('is standard and secure, without CSP bypass or CORS opening', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
  });
});

describe('resolveAppFile', () => {
  it.each([
    ['app://galley/', 'index.html'],
    ['app://galley/index.html', 'index.html'],
    ['app://galley/assets/index-abc.js?v=1#x', 'assets/index-abc.js'],
    ['app://galley/assets/file%20name.svg', 'assets/file name.svg'],
    ['app://galley/assets/', 'assets/index.html'],
    // Dot segments are folded back inside the root, never above it.
    ['app://galley/../secret.txt', 'secret.txt'],
    ['app://galley/%2e%2e/secret.txt', 'secret.txt'],
    ['app://galley/assets/%2E%2E/%2E%2E/%2E%2E/secret.txt', 'secret.txt'],
    ['app://galley//etc/passwd', 'etc/passwd'],
  ])('%s → <root>/%s', (url, relative) => {
    expect(resolveAppFile(rendererDir, url)).toBe(path.join(rendererDir, relative));
  });

  it.each([
    'app://other/index.html',
    'https://galley/index.html',
    'file:///etc/passwd',
    'app://galley/%00.js',
    'app://galley/..%5c..%5csecret.txt',
    'app://galley/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(rendererDir, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the input', () => {
    const probes = ['..', '%2e%2e', '.%2e', '%2e.', '....', '.', '%2f..', '..%2f..', 'renderer-evil'];
    for (const a of probes) {
      for (const b of probes) {
        const file = resolveAppFile(rendererDir, `app://galley/${a}/${b}/secret.txt`);
        if (file !== null) expect(file.startsWith(rendererDir + path.sep)).toBe(true);
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.SVG', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler(rendererDir);

  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await handler()(new Request('app://galley/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toContain('<title>Galley</title>');
  });

  it('serves scripts and styles with their MIME types', async () => {
    const js = await handler()(new Request('app://galley/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await handler()(new Request('app://galley/assets/index-abc.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each(['app://galley/../secret.txt', 'app://galley/%2e%2e/secret.txt', 'app://galley/missing.js', 'app://evil/index.html', 'app://galley/..%5csecret.txt'])(
    '404 with the CSP for %s',
    async (url) => {
      const response = await handler()(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
      expect(await response.text()).not.toContain('top secret');
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handler()(new Request('app://galley/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handler()(new Request('app://galley/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it('reads through the injected reader (asar-aware fs in Electron)', async () => {
    const seen: string[] = [];
    const h = createAppProtocolHandler(rendererDir, async (file) => {
      seen.push(file);
      return new TextEncoder().encode('ok');
    });
    await h(new Request('app://galley/x.json'));
    expect(seen).toEqual([path.join(rendererDir, 'x.json')]);
  });
});
