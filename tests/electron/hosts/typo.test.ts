// `galley fix`, `check` and `hyphenate`: the typography engine and hyphenation on plain text,
// without a library.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHyphenate } from '../../../electron/hosts/cli/hyphenate';
import { runCli } from '../../../electron/hosts/cli/run';
import { USAGE } from '../../../electron/hosts/cli/usage';
import type { Language } from '../../../shared/domain';
import { ruleById } from '../../../shared/pipeline/typography';
import { formatWordList, wordListLexicon } from '../../../shared/pipeline/unwrap';
import { useTempDirs } from '../../helpers/tmp';
import { fakeIo } from './cliIo';

const tmp = useTempDirs();
const NN = '\u202F';
const SHY = '\u00AD';
const RULE = 'fr-nnbsp-before-double-punct';
/** The rule's explanations (worded by the rule writers; read here, not copied). */
const MSG = ruleById(RULE)!.message;

async function cli(argv: string[], input?: string | Uint8Array) {
  const io = fakeIo(input === undefined ? { env: { GALLEY_DB: '/nonexistent/dir/never.db' } } : { input, env: { GALLEY_DB: '/nonexistent/dir/never.db' } });
  const code = await runCli(argv, io.io);
  return { code, out: io.out, err: io.err };
}

function file(name: string, text: string | Uint8Array): string {
  const at = path.join(tmp.make(), name);
  fs.writeFileSync(at, text);
  return at;
}

const jsonLines = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('galley fix', () => {
  it('applies every suggestion line by line, keeping blank lines and line ends exactly', async () => {
    const text = 'Pourquoi partir?\r\n\n\nEt maintenant !\nhttps://iom.int/?a=1';
    const r = await cli(['fix', '--lang', 'fr', file('t.txt', text)]);
    expect(r).toEqual({ code: 0, out: `Pourquoi partir${NN}?\r\n\n\nEt maintenant${NN}!\nhttps://iom.int/?a=1`, err: '' });
  });

  it('reads standard input (with - or without a file) and follows the profile and options', async () => {
    expect((await cli(['fix', '--lang', 'fr', '-'], 'Oui?\n')).out).toBe(`Oui${NN}?\n`);
    expect((await cli(['fix', '--lang', 'fr'], 'Oui?\n')).out).toBe(`Oui${NN}?\n`);
    expect((await cli(['fix', '--lang', 'fr', '--profile', 'fr-CA'], 'Oui ?\n')).out).toBe('Oui?\n');
    expect((await cli(['fix', '--lang', 'fr', '--wide-nbsp'], 'Oui?\n')).out).toBe('Oui\u00A0?\n');
    expect((await cli(['fix', '--lang', 'fr', '--disable', RULE], 'Oui?\n')).out).toBe('Oui?\n');
    expect(await cli(['fix', '--lang', 'fr'], '')).toEqual({ code: 0, out: '', err: '' });
  });

  it('answers JSON lines in order; a bad line gives an error and the run goes on (exit 1)', async () => {
    const input = [
      JSON.stringify({ id: 'a', lang: 'fr', input: 'Oui?\nNon!' }),
      'not json',
      JSON.stringify({ id: 'b', input: 'Oui?' }),
      '',
      JSON.stringify({ id: 'c', lang: 'fr', profile: 'fr-CA', input: 'Oui ?' }),
      JSON.stringify({ id: 'd', lang: 'de', input: 'Ja?' }),
    ].join('\n');
    const r = await cli(['fix', '--jsonl'], input);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)).toEqual([
      { id: 'a', output: `Oui${NN}?\nNon${NN}!` },
      { id: null, error: 'not a JSON object' },
      { id: 'b', error: 'needs "lang" (fr, en or es) or --lang' },
      { id: 'c', output: 'Oui?' },
      { id: 'd', error: 'unknown lang "de" (fr, en or es)' },
    ]);
    // --lang is the default language of the lines.
    expect(jsonLines((await cli(['fix', '--jsonl', '--lang', 'fr'], JSON.stringify({ id: 1, input: 'Oui?' }))).out)).toEqual([{ id: 1, output: `Oui${NN}?` }]);
    expect((await cli(['fix', '--jsonl', '--lang', 'fr'], JSON.stringify({ id: 1, input: 'Oui?' }))).code).toBe(0);
  });
});

describe('galley check', () => {
  it('prints line:col rule-id message per suggestion and exits 1, columns in characters', async () => {
    const r = await cli(['check', '--lang', 'fr', file('t.txt', 'Tout va bien.\n\n«\u{1F600} Oui? Non!\n')]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    // The emoji is one character, two UTF-16 code units: the column counts it once.
    expect(lines).toContain(`3:7 ${RULE} ${MSG.en}`);
    expect(lines).toContain(`3:12 ${RULE} ${MSG.en}`);
    expect(r.err).toBe('');
  });

  it('exits 0 and prints nothing when the text is correct', async () => {
    expect(await cli(['check', '--lang', 'fr'], `Oui${NN}? Non${NN}!\n`)).toEqual({ code: 0, out: '', err: '' });
  });

  it('words the messages in the UI language', async () => {
    const r = await cli(['check', '--lang', 'fr', '--ui', 'fr'], 'Oui?');
    expect(r.out).toBe(`1:4 ${RULE} ${MSG.fr}\n`);
  });

  it('gives the suggestions with offsets as JSON lines', async () => {
    const r = await cli(['check', '--jsonl', '--lang', 'fr'], [JSON.stringify({ id: 1, input: 'A\nOui?' }), JSON.stringify({ id: 2, input: `Oui${NN}?` })].join('\n'));
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)).toEqual([
      { id: 1, suggestions: [{ line: 2, col: 4, ruleId: RULE, message: MSG.en, start: 5, end: 5, replacement: NN }] },
      { id: 2, suggestions: [] },
    ]);
    expect((await cli(['check', '--jsonl', '--lang', 'fr'], JSON.stringify({ id: 2, input: `Oui${NN}?` }))).code).toBe(0);
  });
});

describe('galley hyphenate', () => {
  const lexicon = (lang: Language) => wordListLexicon(new TextEncoder().encode(formatWordList({ lang, source: 'test', words: ['organisation'] })));
  const run = async (argv: string[], input?: string) => {
    const io = fakeIo(input === undefined ? {} : { input });
    const code = await runHyphenate(argv, io.io, lexicon);
    return { code, out: io.out, err: io.err };
  };

  it('inserts soft hyphens and changes nothing else', async () => {
    const r = await run(['--lang', 'fr'], 'Une organisation internationale.\n\nVoir https://iom.int/organisation\n');
    expect(r.code).toBe(0);
    expect(r.out.replaceAll(SHY, '')).toBe('Une organisation internationale.\n\nVoir https://iom.int/organisation\n');
    expect(r.out).toContain(SHY);
    expect(r.out.split('\n')[2]).toBe('Voir https://iom.int/organisation');
  });

  it('keeps the words of the exception list whole, or breaks them only where given', async () => {
    const list = file('exceptions.txt', '# house list\norganisation\nin-ternationale\n');
    const r = await run(['--lang', 'fr', '--exceptions', list], 'Une organisation internationale.');
    expect(r.out).toBe(`Une organisation in${SHY}ternationale.`);
    expect((await run(['--lang', 'fr', '--exceptions', '/nonexistent/list.txt'], 'x')).code).toBe(2);
  });

  it('answers JSON lines', async () => {
    const r = await run(['--jsonl'], JSON.stringify({ id: 7, lang: 'fr', input: 'internationale' }));
    expect(jsonLines(r.out.replaceAll(SHY, '-'))).toEqual([{ id: 7, output: expect.stringMatching(/^in.*-.*ale$/) as unknown }]);
    expect(r.code).toBe(0);
  });
});

describe('text commands: usage', () => {
  it('reports wrong usage with exit code 2, and never opens a library', async () => {
    for (const argv of [
      ['fix'],
      ['check', '--lang', 'de'],
      ['fix', '--lang', 'fr', '--profile', 'en-AP'],
      ['check', '--lang', 'fr', '--ui', 'it'],
      ['fix', '--lang', 'fr', 'a.txt', 'b.txt'],
      ['fix', '--lang', 'fr', '--exceptions', 'x'],
      ['hyphenate', '--lang', 'fr', '--profile', 'fr-FR'],
      ['check', '--jsonl', 'file.txt'],
    ]) {
      const r = await cli(argv, '');
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(/^galley (fix|check|hyphenate): .+\n\nUsage: galley /);
      expect(r.out).toBe('');
    }
    const missing = await cli(['check', '--lang', 'fr', '/nonexistent/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^galley check: cannot read \/nonexistent\/file\.txt: /);
    const binary = await cli(['fix', '--lang', 'fr'], new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(binary.code).toBe(2);
    expect(binary.out).toBe('');
    expect(binary.err).toMatch(/^galley fix: standard input is not text \(Not text: binary content/);
  });

  it('reads text in a legacy encoding as the import does', async () => {
    // windows-1252 (é is 0xE9), CRLF line ends kept.
    const bytes = new Uint8Array([...Buffer.from('Le caf', 'latin1'), 0xe9, ...Buffer.from(' "ouvert"?\r\nOui.\r\n', 'latin1')]);
    const r = await cli(['fix', '--lang', 'fr'], bytes);
    expect(r).toEqual({ code: 0, out: 'Le café «\u202Fouvert\u202F»\u202F?\r\nOui.\r\n', err: '' });
  });

  it('prints each command’s help, and the general usage names them', async () => {
    for (const command of ['fix', 'check', 'hyphenate']) {
      const r = await cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: galley ${command} --lang fr\\|en\\|es`));
    }
    expect((await cli(['check', '--help'])).out).toContain('fr-FR (default), fr-CA, fr-CH');
    for (const command of ['fix --lang', 'check --lang', 'hyphenate --lang']) expect(USAGE).toContain(command);
  });
});
