import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveBrowserMode, type BrowserModeServer } from '../../../electron/hosts/serve';
import { useTempDirs } from '../../helpers/tmp';
import { canConnect } from './request';

const tmp = useTempDirs();
let server: BrowserModeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function fakeRenderer(): string {
  const dir = path.join(tmp.make(), 'renderer');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Galley</title>');
  return dir;
}

const options = (over: Partial<Parameters<typeof serveBrowserMode>[0]> = {}) => ({
  dbPath: path.join(tmp.make(), 'galley.db'),
  rendererDir: fakeRenderer(),
  examplesDir: null,
  version: '0.1.0-test',
  ...over,
});

/** An address of this machine that is not loopback, if it has one. */
function externalAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (!a.internal && a.family === 'IPv4') return a.address;
  }
  return null;
}

describe('serveBrowserMode', () => {
  it('serves on 127.0.0.1 with a per-run token in the URL', async () => {
    server = await serveBrowserMode(options());
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${new URL(server.url).searchParams.get('token')}`);
    expect(new URL(server.url).searchParams.get('token')!.length).toBeGreaterThanOrEqual(32);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Galley');
  });

  it('answers the API with the token from the URL, and not without it', async () => {
    server = await serveBrowserMode(options());
    const token = new URL(server.url).searchParams.get('token')!;
    const call = (auth: string) =>
      fetch(new URL('/api/app.info', server!.url), { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: '{}' });
    const ok = await call(`Bearer ${token}`);
    expect(await ok.json()).toMatchObject({ ok: true, value: { mode: 'browser', version: '0.1.0-test', database: { status: 'ok' } } });
    expect((await call('Bearer wrong')).status).toBe(403);
  });

  it('uses a new token on each run', async () => {
    const opts = options();
    server = await serveBrowserMode(opts);
    const first = server.url;
    await server.close();
    server = await serveBrowserMode({ ...opts, rendererDir: fakeRenderer() });
    expect(new URL(server.url).searchParams.get('token')).not.toBe(new URL(first).searchParams.get('token'));
  });

  it('listens on loopback IPv4 only', async () => {
    server = await serveBrowserMode(options());
    expect(await canConnect('127.0.0.1', server.port)).toBe(true);
    expect(await canConnect('::1', server.port)).toBe(false);
    const external = externalAddress();
    if (external) expect(await canConnect(external, server.port)).toBe(false);
  });

  it('stops listening and releases the library when closed', async () => {
    const opts = options();
    server = await serveBrowserMode(opts);
    const { port } = server;
    await server.close();
    server = null;
    expect(await canConnect('127.0.0.1', port)).toBe(false);
    // The WAL was folded back: only the library file is left.
    expect(fs.readdirSync(path.dirname(opts.dbPath))).toEqual(['galley.db']);
  });

  it('refuses to start without a built renderer', async () => {
    const rendererDir = path.join(tmp.make(), 'empty');
    await expect(serveBrowserMode(options({ rendererDir }))).rejects.toThrow(/not built .*npm run build/);
  });

  it('fails on a port in use and closes the library it opened', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const opts = options({ port });
    await expect(serveBrowserMode(opts)).rejects.toThrow(/EADDRINUSE/);
    await new Promise((r) => blocker.close(r));
    expect(fs.readdirSync(path.dirname(opts.dbPath))).toEqual(['galley.db']);
    server = await serveBrowserMode(opts);
    expect(server.port).toBe(port);
  });
});
