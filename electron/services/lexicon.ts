// The word lists of the unwrap stage, loaded in the main process on first use: from
// dist/lexicon/<lang>.txt.gz (written by build/lexicon.mjs), or, when that is missing (tests run
// from the sources), expanded in memory from the Hunspell dictionaries in node_modules — slower
// (about 1–2 s for French), once per process.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Language } from '../../shared/domain';
import type { Lexicon } from '../../shared/pipeline/model';
import { expandHunspell, formatWordList, LEXICON_SOURCES, NO_LEXICON, wordListLexicon } from '../../shared/pipeline/unwrap';

/** What one load cost (for the bench and the log). */
export interface LexiconLoad {
  lang: Language;
  words: number;
  /** Bytes held in memory: the word list and its offset table. */
  bytes: number;
  ms: number;
  from: 'dist' | 'dictionary';
}

export interface LexiconOptions {
  /** Where the Hunspell packages are when the built list is missing (default: `<dir>/../../node_modules`). */
  modulesDir?: string;
  /** Told after each load. */
  onLoad?: (load: LexiconLoad) => void;
  /** Told when no list can be had for a language (the unwrap stage then works without one). */
  log?: (line: string) => void;
}

export class LexiconUnavailable extends Error {}

function readBuilt(dir: string, lang: Language): Uint8Array | null {
  const gz = path.join(dir, `${lang}.txt.gz`);
  if (fs.existsSync(gz)) return gunzipSync(fs.readFileSync(gz));
  const txt = path.join(dir, `${lang}.txt`);
  return fs.existsSync(txt) ? fs.readFileSync(txt) : null;
}

function expandFromDictionaries(modulesDir: string, lang: Language): Uint8Array | null {
  const words: string[] = [];
  const keepCase: string[] = [];
  const names: string[] = [];
  for (const pkg of LEXICON_SOURCES[lang]) {
    const dir = path.join(modulesDir, pkg);
    if (!fs.existsSync(path.join(dir, 'index.dic'))) continue;
    const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
    const expanded = expandHunspell(read('index.aff'), read('index.dic'));
    for (const w of expanded.words) words.push(w);
    for (const w of expanded.keepCase) keepCase.push(w);
    names.push(pkg);
  }
  if (names.length === 0) return null;
  return Buffer.from(formatWordList({ lang, source: names.join(', '), words, keepCase }), 'utf8');
}

/**
 * Loads the word list of `lang` from `dir` (dist/lexicon), else builds it from the Hunspell
 * dictionaries. Synchronous. Throws LexiconUnavailable when neither exists.
 */
export function loadLexicon(lang: Language, dir: string, options: LexiconOptions = {}): Lexicon & { readonly size: number } {
  const started = performance.now();
  let from: LexiconLoad['from'] = 'dist';
  let bytes = readBuilt(dir, lang);
  if (bytes === null) {
    from = 'dictionary';
    bytes = expandFromDictionaries(options.modulesDir ?? path.resolve(dir, '..', '..', 'node_modules'), lang);
  }
  if (bytes === null) throw new LexiconUnavailable(`no word list for "${lang}" in ${dir}, and the dictionary packages are not installed`);
  const lexicon = wordListLexicon(bytes);
  options.onLoad?.({ lang, words: lexicon.size, bytes: bytes.byteLength + (lexicon.size + 1) * 4, ms: performance.now() - started, from });
  return lexicon;
}

/**
 * `(lang) => Lexicon` for the services and the CLI: each language is loaded on its first use and
 * kept. A language whose list cannot be had gets a lexicon that knows no word (the cascade's
 * fallbacks apply and flag their joins), reported once through `log`.
 */
export function createLexiconProvider(dir: string, options: LexiconOptions = {}): (lang: Language) => Lexicon {
  const cache = new Map<Language, Lexicon>();
  return (lang) => {
    let lexicon = cache.get(lang);
    if (lexicon === undefined) {
      try {
        lexicon = loadLexicon(lang, dir, options);
      } catch (error) {
        options.log?.(`lexicon ${lang}: ${(error as Error).message}`);
        lexicon = NO_LEXICON;
      }
      cache.set(lang, lexicon);
    }
    return lexicon;
  };
}
