import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestListener } from '../../../electron/hosts/http';
import { CONTENT_SECURITY_POLICY, MAX_REQUEST_BYTES } from '../../../shared/api';
import { bootTestServices, type TestServices } from '../../helpers/boot';
import { request } from './request';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz012345';
const SMALL_CAP = 4096;

let services: TestServices;
let rendererDir: string;
const servers: http.Server[] = [];

/** A browser-mode server on 127.0.0.1 (port 0) over the test services. */
async function start(maxBodyBytes?: number): Promise<number> {
  let port = 0;
  const server = http.createServer(
    createRequestListener({ handlers: services.runtime.handlers, rendererDir, token: TOKEN, port: () => port, ...(maxBodyBytes ? { maxBodyBytes } : {}) }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  servers.push(server);
  return port;
}

let port: number;
let bigPort: number;
beforeAll(async () => {
  services = await bootTestServices();
  rendererDir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'galley-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(rendererDir, '.hidden'), 'secret');
  port = await start(SMALL_CAP);
  bigPort = await start();
});
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  await services.close();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

const host = () => `127.0.0.1:${port}`;
const api = (method: string, over: { headers?: Record<string, string | number>; body?: string | Buffer; chunks?: Buffer[]; verb?: string; port?: number } = {}) => {
  const p = over.port ?? port;
  return request({
    port: p,
    method: over.verb ?? 'POST',
    path: `/api/${method}`,
    headers: { Host: `127.0.0.1:${p}`, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...over.headers },
    ...(over.chunks ? { chunks: over.chunks } : { body: over.body ?? '{}' }),
  });
};

describe('browser-mode API', () => {
  it('answers POST /api/releases.list with the token', async () => {
    const res = await api('releases.list');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { items: [], total: 0, offset: 0 } });
  });

  it('accepts the same-origin Origin header and localhost', async () => {
    expect((await api('releases.list', { headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
    expect((await api('releases.list', { headers: { Host: `localhost:${port}`, Origin: `http://localhost:${port}` } })).status).toBe(200);
  });

  it('routes every method of the contract (camel-case names included) to dispatch', async () => {
    const { METHODS } = await import('../../../shared/api');
    for (const method of METHODS) {
      const r = await api(method, { port: bigPort, headers: { Host: `127.0.0.1:${bigPort}` } });
      expect(r.status, method).toBe(200);
      expect(JSON.parse(r.body), method).toHaveProperty('ok');
    }
  });

  it('reports service errors as values, with status 200', async () => {
    expect(JSON.parse((await api('releases.get', { body: '{"id":"nope"}' })).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.parse((await api('releases.drop')).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.parse((await api('releases.list', { body: '{"limit":"x"}' })).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('treats an empty body as {}', async () => {
    expect(JSON.parse((await api('app.info', { body: '' })).body)).toMatchObject({ ok: true, value: { mode: 'test' } });
  });

  // null removes the header; PORT is replaced by the server's port.
  it.each<[string, Record<string, string | null>]>([
    ['no token', { Authorization: '' }],
    ['no Authorization header at all', { Authorization: null }],
    ['a wrong token', { Authorization: `Bearer ${TOKEN.slice(0, -1)}x` }],
    ['a token of another length', { Authorization: `Bearer ${TOKEN}0` }],
    ['the token without Bearer', { Authorization: TOKEN }],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['an Origin on another port', { Origin: 'http://127.0.0.1:1' }],
    ['the null Origin', { Origin: 'null' }],
    ['a foreign Host', { Host: 'evil.example' }],
    ['a rebinding Host with the right port', { Host: 'evil.example:PORT' }],
    ['a Host on another port', { Host: '127.0.0.1:1' }],
    ['a Host without port', { Host: '127.0.0.1' }],
  ])('refuses %s with 403', async (_label, over) => {
    const headers: Record<string, string> = { Host: host(), 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` };
    for (const [k, v] of Object.entries(over)) {
      if (v === null) delete headers[k];
      else headers[k] = v.replace('PORT', String(port));
    }
    const res = await request({ port, method: 'POST', path: '/api/releases.list', headers, body: '{}' });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('"ok"');
  });

  it('refuses GET on the API with 405', async () => {
    const res = await api('releases.list', { verb: 'GET', body: '' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])('refuses Content-Type %j with 415', async (type) => {
    expect((await api('releases.list', { headers: { 'Content-Type': type } })).status).toBe(415);
  });

  it.each(['{', 'not json', '{"a":}', '\u0000'])('refuses invalid JSON %j with 400', async (body) => {
    expect((await api('releases.list', { body })).status).toBe(400);
  });

  it('refuses a body over the cap by its Content-Length with 413', async () => {
    const res = await api('releases.import', { body: `{"files":[{"name":"a","text":"${'x'.repeat(SMALL_CAP)}"}]}` });
    expect(res.status).toBe(413);
  });

  it('refuses a chunked body that grows over the cap with 413', async () => {
    const chunks = Array.from({ length: 8 }, () => Buffer.from('x'.repeat(1024)));
    const res = await api('releases.import', { chunks, headers: { 'Transfer-Encoding': 'chunked' } });
    expect(res.status).toBe(413);
  });

  it('accepts a body just under the cap', async () => {
    const text = 'Titre\n' + 'x'.repeat(SMALL_CAP - 100);
    const body = JSON.stringify({ files: [{ name: 'a', text }] });
    expect(body.length).toBeLessThanOrEqual(SMALL_CAP);
    const res = await api('releases.import', { body });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { items: [{ outcome: 'imported' }] } });
  });

  it(`refuses a declared Content-Length over the default cap (${MAX_REQUEST_BYTES} bytes) without reading it`, async () => {
    const res = await request({
      port: bigPort,
      method: 'POST',
      path: '/api/releases.import',
      headers: { Host: `127.0.0.1:${bigPort}`, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'Content-Length': MAX_REQUEST_BYTES + 1 },
      chunks: [Buffer.from('{"files":')],
    });
    expect(res.status).toBe(413);
  });
});

describe('browser-mode static files', () => {
  const get = (p: string, headers: Record<string, string> = {}) => request({ port, path: p, headers: { Host: host(), ...headers } });

  it('serves index.html at / with the security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toBe('<!doctype html><title>Galley</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their type, and ignores the query string', async () => {
    const res = await get('/assets/app.js?v=1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/.hidden',
    '/%2ehidden',
    '/assets/..%5c..%5cpackage.json',
    '/assets\\app.js',
    '/index.html%00.js',
    '/%00',
    '/%',
    '/nothing-here.js',
    '/assets',
    '/api/../index.html',
  ])('answers 404 for %s', async (p) => {
    const res = await get(p);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('"name"');
  });

  it.each(['evil.example', `evil.example:PORT`, '127.0.0.1:1', `localhost.evil.example:PORT`])('refuses Host %j with 403 for static files too', async (h) => {
    const res = await get('/', { Host: h.replace('PORT', String(port)) });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('Galley');
  });

  it('answers 405 to other methods', async () => {
    const res = await request({ port, method: 'POST', path: '/', headers: { Host: host() }, body: 'x' });
    expect(res.status).toBe(405);
  });
});
