import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/hosts/cli/run';
import { USAGE } from '../../../electron/hosts/cli/usage';
import { Release, ReleaseSummary } from '../../../shared/domain';
import { ROOT } from '../../helpers/boot';
import { filesIn, useTempDirs } from '../../helpers/tmp';
import { fakeIo } from './cliIo';

const tmp = useTempDirs();
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A folder with raw files to import, and a library path beside them. */
function workspace() {
  const dir = tmp.make();
  const at = (name: string) => path.join(dir, name);
  fs.writeFileSync(at('reintegration.txt'), 'Programme de réintégration à Genève\nLes migrants de retour reçoivent une aide.\n');
  fs.writeFileSync(at('health.md'), 'Mental health report\n\nThe report is on the table.\n');
  fs.writeFileSync(at('empty.txt'), '');
  return { dir, at, db: at('galley.db') };
}

async function cli(argv: string[], over: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo(over);
  const code = await runCli(argv, io.io);
  return { code, out: io.out, err: io.err };
}

describe('galley import', () => {
  it('reports imported, duplicate and failed per file, exit 1 when one failed', async () => {
    const w = workspace();
    const first = await cli(['import', w.at('reintegration.txt'), w.at('empty.txt'), w.at('health.md'), '--db', w.db]);
    expect(first.code).toBe(1);
    const lines = first.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^imported {3}reintegration\.txt → [\w-]+ {2}Programme de réintégration à Genève$/);
    expect(lines[1]).toBe('failed     empty.txt: empty (The file is empty (0 bytes))');
    expect(lines[2]).toMatch(/^imported {3}health\.md → [\w-]+ {2}Mental health report$/);

    const again = await cli(['import', w.at('reintegration.txt'), '--db', w.db]);
    expect(again.code).toBe(0);
    const id = /→ ([\w-]+)/.exec(lines[0]!)![1];
    expect(again.out).toBe(`duplicate  reintegration.txt (already imported as ${id})\n`);
  });

  it('refuses a 200 MB file by its size, without reading it, and imports the rest', async () => {
    const w = workspace();
    fs.writeFileSync(w.at('huge.txt'), '');
    fs.truncateSync(w.at('huge.txt'), 200 * 1024 * 1024);
    const r = await cli(['import', w.at('huge.txt'), w.at('health.md'), '--db', w.db]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(`failed     huge.txt: too_large (${200 * 1024 * 1024} bytes (limit ${20 * 1024 * 1024}))`);
    expect(r.out.split('\n')[1]).toMatch(/^imported {3}health\.md/);
  });

  it('exits 0 when every file imported', async () => {
    const w = workspace();
    const r = await cli(['import', w.at('health.md'), '--db', w.db]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});

describe('galley list and show', () => {
  async function imported() {
    const w = workspace();
    await cli(['import', w.at('reintegration.txt'), w.at('health.md'), '--db', w.db]);
    return w;
  }

  it('lists the library one release per line', async () => {
    const w = await imported();
    const r = await cli(['list', '--db', w.db]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => /^[\w-]+ {2} {10} {2}imported {2}fr {2}Programme de réintégration à Genève$/.test(l))).toBe(true);
  });

  it('searches without accents and prints JSON summaries', async () => {
    const w = await imported();
    const r = await cli(['list', '--search', 'reintegration', '--json', '--db', w.db]);
    expect(r.code).toBe(0);
    const items = z.array(ReleaseSummary).parse(JSON.parse(r.out));
    expect(items.map((i) => i.title)).toEqual(['Programme de réintégration à Genève']);
  });

  it('prints an empty JSON array for an empty library', async () => {
    const w = workspace();
    const r = await cli(['list', '--json', '--db', w.db]);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('shows one release as text or JSON', async () => {
    const w = await imported();
    const [summary] = z.array(ReleaseSummary).parse(JSON.parse((await cli(['list', '--search', 'geneve', '--json', '--db', w.db])).out));
    const text = await cli(['show', summary!.id, '--db', w.db]);
    expect(text.code).toBe(0);
    expect(text.out).toBe('Programme de réintégration à Genève\n\nLes migrants de retour reçoivent une aide.\n');
    const json = await cli(['show', summary!.id, '--json', '--db', w.db]);
    expect(Release.parse(JSON.parse(json.out))).toMatchObject({ id: summary!.id, language: 'fr', revision: 1 });
  });

  it('reports an unknown id', async () => {
    const w = await imported();
    const r = await cli(['show', 'no-such-id', '--db', w.db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^galley: not_found: /);
    expect(r.out).toBe('');
  });
});

describe('galley usage', () => {
  it.each([
    [[], USAGE],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['import'], 'import needs at least one file'],
    [['show'], 'show needs a release id'],
    [['list', '--nope'], "Unknown option '--nope'"],
    [['serve', '--port', 'eighty'], 'invalid port "eighty"'],
    [['serve', '--port', '70000'], 'invalid port "70000"'],
  ])('%j exits 2 with a message', async (argv, message) => {
    const w = workspace();
    const r = await cli([...argv, '--db', w.db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('prints help and version', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, out: USAGE, err: '' });
    expect(await cli(['-v'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it('exits 2 on a library it cannot use, leaving it alone', async () => {
    const w = workspace();
    fs.writeFileSync(w.db, Buffer.alloc(8192, 0x42));
    const r = await cli(['list', '--db', w.db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot be used \(corrupt\)/);
    expect(fs.readFileSync(w.db).equals(Buffer.alloc(8192, 0x42))).toBe(true);
  });
});

describe('backups from the command line', () => {
  it('backs up an existing library before importing into it, never for list or show', async () => {
    const w = workspace();
    await cli(['import', w.at('health.md'), '--db', w.db]);
    for (let i = 0; i < 3; i++) await cli(['list', '--db', w.db]);
    await cli(['show', 'anything', '--db', w.db]);
    expect(filesIn(path.join(w.dir, 'backups', 'galley'))).toEqual([]);
    await cli(['import', w.at('reintegration.txt'), '--db', w.db]);
    expect(filesIn(path.join(w.dir, 'backups', 'galley'))).toEqual([expect.stringMatching(/^galley-\d{8}T\d{9}Z-startup\.db$/)]);
  });
});

describe('choosing the library', () => {
  it('uses GALLEY_DB when there is no --db, and --db wins over it', async () => {
    const w = workspace();
    const fromEnv = path.join(w.dir, 'env', 'galley.db');
    const fromFlag = path.join(w.dir, 'flag', 'galley.db');
    const env = { GALLEY_DB: fromEnv };
    expect((await cli(['import', w.at('health.md')], { env })).code).toBe(0);
    expect(fs.existsSync(fromEnv)).toBe(true);
    expect(JSON.parse((await cli(['list', '--json'], { env })).out)).toHaveLength(1);
    expect(JSON.parse((await cli(['list', '--json', '--db', fromFlag], { env })).out)).toEqual([]);
    expect(fs.existsSync(fromFlag)).toBe(true);
    expect(filesIn(path.dirname(fromEnv))).toEqual(['galley.db']);
  });
});
