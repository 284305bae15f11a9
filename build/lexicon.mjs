// Derives the compact word lists the unwrap stage looks words up in: each Hunspell dictionary
// (.aff + .dic from the dictionary-<lang> packages) expanded into every word form it accepts,
// sorted, written to dist/lexicon/<lang>.txt.gz (format: shared/pipeline/unwrap/wordlist.ts).
// Loading Hunspell itself at run time is too heavy (nspell: French 4.9 s, 745 MB).
//
//   node build/lexicon.mjs            build what is missing or older than its sources
//   node build/lexicon.mjs --force    rebuild everything
//   node build/lexicon.mjs fr es      only these languages
//
// The expander is the TypeScript of shared/pipeline/unwrap (bundled in memory with esbuild, as
// build/bundle.mjs does for the app), so the build and the in-memory fallback of
// electron/services/lexicon.ts cannot disagree.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'lexicon');

const EXPANDER = ['shared/pipeline/unwrap/hunspell.ts', 'shared/pipeline/unwrap/wordlist.ts'];

function installed(pkg) {
  const dir = path.join(root, 'node_modules', pkg);
  return fs.existsSync(path.join(dir, 'index.aff')) && fs.existsSync(path.join(dir, 'index.dic')) ? dir : null;
}

function mtime(file) {
  return fs.statSync(file).mtimeMs;
}

async function loadExpander() {
  const result = await build({
    stdin: {
      contents: EXPANDER.map((f) => `export * from './${f}';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const langs = args.filter((a) => !a.startsWith('--'));
  // The expander also says which dictionaries make each language (LEXICON_SOURCES).
  const expander = await loadExpander();
  const SOURCES = expander.LEXICON_SOURCES;
  const wanted = langs.length > 0 ? langs : Object.keys(SOURCES);
  for (const lang of wanted) if (!(lang in SOURCES)) throw new Error(`unknown language "${lang}" (fr, en, es)`);
  fs.mkdirSync(outDir, { recursive: true });
  const tools = [fileURLToPath(import.meta.url), ...EXPANDER.map((f) => path.join(root, f))];
  for (const lang of wanted) {
    const dirs = SOURCES[lang].map(installed).filter((d) => d !== null);
    if (dirs.length === 0) throw new Error(`${SOURCES[lang][0]} is not installed (npm install)`);
    const out = path.join(outDir, `${lang}.txt.gz`);
    const inputs = [...tools, ...dirs.flatMap((d) => [path.join(d, 'index.aff'), path.join(d, 'index.dic'), path.join(d, 'package.json')])];
    const newest = Math.max(...inputs.map(mtime));
    if (!force && fs.existsSync(out) && mtime(out) > newest) continue;
    const started = performance.now();
    const words = [];
    const keepCase = [];
    const names = [];
    for (const dir of dirs) {
      const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
      const expanded = expander.expandHunspell(read('index.aff'), read('index.dic'));
      for (const w of expanded.words) words.push(w);
      for (const w of expanded.keepCase) keepCase.push(w);
      const pkg = JSON.parse(read('package.json'));
      names.push(`${pkg.name} ${pkg.version}`);
    }
    const text = expander.formatWordList({ lang, source: names.join(', '), words, keepCase });
    const gz = gzipSync(Buffer.from(text, 'utf8'));
    // Written aside then renamed: a reader never sees half a file.
    fs.writeFileSync(`${out}.tmp`, gz);
    fs.renameSync(`${out}.tmp`, out);
    const count = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`lexicon ${lang}: ${count} words, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB text, ${(gz.length / 1e6).toFixed(2)} MB gzip, ${ms} ms\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`build/lexicon.mjs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
