import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/hosts/cli/run';
import { ROOT } from '../../helpers/boot';
import { useTempDirs } from '../../helpers/tmp';
import { fakeIo } from './cliIo';
import { canConnect } from './request';

const tmp = useTempDirs();
const BUILT_CLI = path.join(ROOT, 'dist', 'electron', 'cli.cjs');

/** The repository root when the renderer is built; otherwise a stand-in root with a minimal one. */
function rootWithRenderer(): string {
  if (fs.existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))) return ROOT;
  const root = tmp.make();
  fs.mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Galley</title>');
  return root;
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('galley serve', () => {
  it('prints one line with the URL once ready, and stops on the stop signal', async () => {
    const io = fakeIo({ root: rootWithRenderer() });
    const db = path.join(tmp.make(), 'galley.db');
    const running = runCli(['serve', '--port', '0', '--db', db], io.io);
    await until(() => io.out.includes('\n'));
    const lines = io.out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Galley: http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
    const url = lines[0]!.slice('Galley: '.length);
    // Ready when printed: the page and the API answer at once.
    expect((await fetch(url)).status).toBe(200);
    const token = new URL(url).searchParams.get('token')!;
    const api = await fetch(new URL('/api/releases.list', url), { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(await api.json()).toEqual({ ok: true, value: { items: [], total: 0, offset: 0 } });

    io.stop();
    expect(await running).toBe(0);
    expect(await canConnect('127.0.0.1', Number(new URL(url).port))).toBe(false);
    expect(io.out.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('exits 2 with a message when the renderer is not built', async () => {
    const io = fakeIo({ root: tmp.make() });
    const code = await runCli(['serve', '--port', '0', '--db', path.join(tmp.make(), 'galley.db')], io.io);
    expect(code).toBe(2);
    expect(io.err).toMatch(/not built/);
    expect(io.out).toBe('');
  });
});

describe('the bundled CLI', () => {
  it.runIf(fs.existsSync(BUILT_CLI))('runs as a child process: list --json on a new library prints []', async () => {
    const db = path.join(tmp.make(), 'galley.db');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BUILT_CLI, 'list', '--json', '--db', db], { env: { PATH: process.env.PATH ?? '' } });
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toBe('');
    expect(fs.existsSync(db)).toBe(true);
  });

  it.runIf(fs.existsSync(BUILT_CLI))('exits 2 on unknown commands', async () => {
    const error = await promisify(execFile)(process.execPath, [BUILT_CLI, 'frobnicate'], { env: { PATH: process.env.PATH ?? '' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2 });
  });
});
