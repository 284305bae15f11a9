// `galley unwrap`: the unwrap stage alone, on a file, standard input or JSON lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runUnwrap } from '../../../electron/hosts/cli/unwrap';
import type { Language } from '../../../shared/domain';
import { formatWordList, wordListLexicon } from '../../../shared/pipeline/unwrap';
import { useTempDirs } from '../../helpers/tmp';
import { fakeIo } from './cliIo';

const tmp = useTempDirs();

/** Small word lists: the real ones are tested in tests/electron/services/lexicon.test.ts. */
const WORDS: Record<Language, string[]> = { fr: ['coordination', 'porte-parole'], en: ['increasingly'], es: ['metodología'] };
const asked: Language[] = [];
const lexicon = (lang: Language) => {
  asked.push(lang);
  return wordListLexicon(new TextEncoder().encode(formatWordList({ lang, source: 'test', words: WORDS[lang] })));
};

const FR = 'Le porte-\nparole de la coordi-\nnation régionale a parlé\navec les équipes.\n\nLes équipes sont\nparties.\n';
const FR_OUT = 'Le porte-parole de la coordination régionale a parlé avec les équipes.\n\nLes équipes sont parties.\n';

async function unwrap(argv: string[], input?: string | Uint8Array, withLexicon = true) {
  const io = fakeIo(input === undefined ? {} : { input });
  const code = await runUnwrap(argv, io.io, withLexicon ? lexicon : undefined);
  return { code, out: io.out, err: io.err };
}

describe('galley unwrap', () => {
  it('unwraps a file', async () => {
    const file = path.join(tmp.make(), 'texte.txt');
    fs.writeFileSync(file, FR);
    expect(await unwrap(['--lang', 'fr', file])).toEqual({ code: 0, out: FR_OUT, err: '' });
  });

  it('reads standard input with - or without a file, and detects the language', async () => {
    asked.length = 0;
    expect((await unwrap(['-'], FR)).out).toBe(FR_OUT);
    expect((await unwrap([], 'The network increas-\ningly recruits online and\nthe routes change.\n')).out).toBe('The network increasingly recruits online and the routes change.\n');
    expect(asked).toEqual(['fr', 'en']);
  });

  it('decodes bytes as the import does (Latin-1, CRLF)', async () => {
    const latin1 = new Uint8Array([...'La metodo-\r\nlog'].map((c) => c.charCodeAt(0)).concat([0xed, 0x61, 0x20, 0x66, 0x75, 0x65, 0x20, 0x61, 0x63, 0x6f, 0x72, 0x64, 0x61, 0x64, 0x61, 0x2e, 0x0d, 0x0a]));
    expect((await unwrap(['--lang', 'es'], latin1)).out).toBe('La metodología fue acordada.\n');
  });

  it('prints nothing for an empty input', async () => {
    expect(await unwrap(['--lang', 'fr'], '')).toEqual({ code: 0, out: '', err: '' });
  });

  it('refuses binary input with its reason and exit code 1', async () => {
    const r = await unwrap([], new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^galley unwrap: standard input refused: /);
    expect(r.out).toBe('');
  });

  it('reports wrong usage with exit code 2', async () => {
    expect((await unwrap(['--lang', 'de'], FR)).code).toBe(2);
    expect((await unwrap(['--nope'], FR)).code).toBe(2);
    expect((await unwrap(['a.txt', 'b.txt'])).code).toBe(2);
    expect((await unwrap(['--jsonl', 'a.txt'])).code).toBe(2);
    const help = await unwrap(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: galley unwrap/);
  });

  it('a missing file is exit code 1 with its reason', async () => {
    const r = await unwrap([path.join(tmp.make(), 'absent.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read/);
  });
});

describe('galley unwrap --jsonl', () => {
  it('answers each line in order, text or bytes, with its own language, and goes on after a bad line', async () => {
    const lines = [
      { id: 1, input: FR },
      { id: 'b', input_base64: Buffer.from('The network increas-\ningly recruits.').toString('base64'), lang: 'en' },
      { id: 3, lang: 'de', input: 'x' },
      { id: 4 },
      { id: 5, input: 'La metodo-\nlogía', lang: 'es' },
    ].map((l) => JSON.stringify(l));
    const r = await unwrap(['--jsonl', '--lang', 'fr'], `${lines.join('\n')}\nnot json\n\n`);
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 1, output: FR_OUT.trimEnd() },
      { id: 'b', output: 'The network increasingly recruits.' },
      { id: 3, error: expect.stringMatching(/unknown lang/) },
      { id: 4, error: expect.stringMatching(/input/) },
      { id: 5, output: 'La metodología' },
      { id: null, error: 'not a JSON object' },
    ]);
  });

  it('refused bytes give an error line, not a stop', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString('base64');
    const r = await unwrap(['--jsonl'], `${JSON.stringify({ id: 'png', input_base64: png })}\n${JSON.stringify({ id: 'ok', input: 'a\nb' })}\n`);
    const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; output?: string });
    expect(out.map((o) => o.id)).toEqual(['png', 'ok']);
    expect(out[0]!.error).toBeTruthy();
    expect(out[1]!.output).toBe('a b');
  });

  it('uses the checkout’s word lists by default', async () => {
    const r = await unwrap(['--lang', 'fr'], 'le porte-\nparole et la coordi-\nnation', false);
    expect(r.out).toBe('le porte-parole et la coordination\n');
  }, 30_000);
});
