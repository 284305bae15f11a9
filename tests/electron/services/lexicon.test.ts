// The Node loader of the word lists: built lists in dist/lexicon, the in-memory fallback from
// the Hunspell packages, caching, and what the real fr/en/es lists know.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createLexiconProvider, LexiconUnavailable, loadLexicon, type LexiconLoad } from '../../../electron/services/lexicon';
import { formatWordList, NO_LEXICON } from '../../../shared/pipeline/unwrap';
import { ROOT } from '../../helpers/boot';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-lexicon-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function dir(name: string): string {
  const d = path.join(tmp, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

describe('loadLexicon', () => {
  it('reads a built list, gzipped or plain', () => {
    const d = dir('built');
    fs.writeFileSync(path.join(d, 'fr.txt.gz'), gzipSync(formatWordList({ lang: 'fr', source: 'test', words: ['coordination', "main-d'œuvre"] })));
    fs.writeFileSync(path.join(d, 'en.txt'), formatWordList({ lang: 'en', source: 'test', words: ['increasingly'] }));
    const loads: LexiconLoad[] = [];
    const fr = loadLexicon('fr', d, { onLoad: (l) => loads.push(l) });
    expect([fr.has('coordination'), fr.has('main-d’œuvre'), fr.has('coordinations')]).toEqual([true, true, false]);
    expect(loadLexicon('en', d).has('Increasingly')).toBe(true);
    expect(loads).toMatchObject([{ lang: 'fr', words: 2, from: 'dist' }]);
    expect(loads[0]!.bytes).toBeGreaterThan(0);
  });

  it('builds the list from the Hunspell packages when the built one is missing', () => {
    const modules = dir('modules');
    fs.mkdirSync(path.join(modules, 'dictionary-es'));
    fs.writeFileSync(path.join(modules, 'dictionary-es', 'index.aff'), 'SET UTF-8\nFLAG UTF-8\nSFX S Y 1\nSFX S 0 es ón\n');
    fs.writeFileSync(path.join(modules, 'dictionary-es', 'index.dic'), '1\nmigración/S\n');
    const loads: LexiconLoad[] = [];
    const es = loadLexicon('es', dir('empty'), { modulesDir: modules, onLoad: (l) => loads.push(l) });
    expect([es.has('migración'), es.has('migraciónes'), es.has('migracion')]).toEqual([true, true, false]);
    expect(loads).toMatchObject([{ lang: 'es', words: 2, from: 'dictionary' }]);
  });

  it('throws LexiconUnavailable when there is neither', () => {
    expect(() => loadLexicon('en', dir('nothing'), { modulesDir: dir('no-modules') })).toThrow(LexiconUnavailable);
  });
});

describe('createLexiconProvider', () => {
  it('loads each language once, on first use', () => {
    const d = dir('provider');
    fs.writeFileSync(path.join(d, 'fr.txt'), formatWordList({ lang: 'fr', source: 'test', words: ['porte-parole'] }));
    const loads: LexiconLoad[] = [];
    const provider = createLexiconProvider(d, { onLoad: (l) => loads.push(l) });
    expect(loads).toEqual([]);
    const a = provider('fr');
    expect(provider('fr')).toBe(a);
    expect(a.has('porte-parole')).toBe(true);
    expect(loads).toHaveLength(1);
  });

  it('a language without a list gets a lexicon that knows no word, reported once', () => {
    const log: string[] = [];
    const provider = createLexiconProvider(dir('none'), { modulesDir: dir('none-modules'), log: (l) => log.push(l) });
    expect(provider('es')).toBe(NO_LEXICON);
    expect(provider('es')).toBe(NO_LEXICON);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^lexicon es: /);
  });
});

describe('the real fr/en/es lists', () => {
  // dist/lexicon when built, else expanded from node_modules (slower, once per language).
  const provider = createLexiconProvider(path.join(ROOT, 'dist', 'lexicon'), { modulesDir: path.join(ROOT, 'node_modules') });

  it.each([
    ['fr', ['coordination', 'financier', 'financière', 'financières', 'réintégration', 'psychosocial', 'porte-parole', 'main-d’œuvre', "main-d'œuvre", 'Haut-Commissariat', 'nord-est', 'tout-terrain', 'aujourd’hui', 'plusieurs', 'déploie', 'reçoivent', 'Pays-Bas']],
    ['en', ['increasingly', 'coordination', 'investigating', 'electronic', 'smuggled', 'organized', 'border', 'cross', 'well', 'being']],
    ['es', ['metodología', 'migración', 'migraciones', 'gobierno', 'organización', 'principalmente', 'venezolana', 'acompañado']],
  ] as const)('%s knows its common forms', (lang, known) => {
    const lexicon = provider(lang);
    expect(known.filter((w) => !lexicon.has(w))).toEqual([]);
  }, 30_000);

  it.each([
    // Fragments left by line-end hyphenation are not words.
    ['fr', ['chosocial', 'coordi', 'réinté', 'financiè']],
    ['en', ['increas', 'ingly', 'elec', 'vestigating']],
    ['es', ['metodo', 'logía', 'organiza-ción']],
  ] as const)('%s does not know hyphenation fragments', (lang, unknown) => {
    const lexicon = provider(lang);
    expect(unknown.filter((w) => lexicon.has(w))).toEqual([]);
  }, 30_000);
});
