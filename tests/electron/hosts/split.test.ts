// `galley split`: the split of one input as JSON, or of many JSON lines, without a library.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/hosts/cli/run';
import { useTempDirs } from '../../helpers/tmp';
import { fakeIo } from './cliIo';

const tmp = useTempDirs();
const KEYS = ['title', 'subtitle', 'dateline', 'date', 'language', 'paragraphs', 'quotes', 'contacts', 'dropped'];
const RELEASE = 'Un centre d’accueil ouvre à Genève\n\nGENÈVE, 3 février 2021 – Le centre accueillera 200 personnes.\n';

async function cli(argv: string[], input?: string | Uint8Array) {
  const io = fakeIo(input === undefined ? {} : { input });
  const code = await runCli(argv, io.io);
  return { code, out: io.out, err: io.err };
}

describe('galley split', () => {
  it('prints the split of a file as JSON with exactly the documented keys', async () => {
    const file = path.join(tmp.make(), 'communique.txt');
    fs.writeFileSync(file, RELEASE);
    const r = await cli(['split', file]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(KEYS);
    expect(json.language).toBe('fr');
    expect(Array.isArray(json.paragraphs)).toBe(true);
  });

  it('reads standard input with - or no file', async () => {
    const a = await cli(['split', '-'], RELEASE);
    const b = await cli(['split'], RELEASE);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out)).toEqual(JSON.parse(b.out));
  });

  it('refuses binary input with its reason and exit code 1', async () => {
    const r = await cli(['split'], new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused: (binary|unsupported_format)/);
  });

  it('--jsonl: one output line per input line, in order, text or base64, errors reported in place', async () => {
    const lines = [
      JSON.stringify({ id: 'a', input: RELEASE }),
      'not json',
      JSON.stringify({ id: 'b', input_base64: Buffer.from(RELEASE.replace('’', "'"), 'latin1').toString('base64') }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', input: RELEASE, lang: 'xx' }),
    ];
    const r = await cli(['split', '--jsonl'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; output?: Record<string, unknown>; error?: string });
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(Object.keys(out[0]!.output!)).toEqual(KEYS);
    expect(out[1]!.error).toMatch(/JSON/);
    expect(out[2]!.output).toBeDefined();
    expect(out[3]!.error).toMatch(/input/);
    expect(out[4]!.error).toMatch(/lang/);
  });

  it('refuses an unknown language option', async () => {
    await expect(cli(['split', '--lang', 'de'], RELEASE)).resolves.toMatchObject({ code: 2 });
  });
});
