// Import benchmark (ISSUE: import): split throughput on the corpus repeated to 10,000 releases
// (one core), against decoding alone as the baseline in the same process; the lexicons' load time
// and memory, reported apart; and 1,000 files imported through the services. Prints figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LANGUAGES } from '../shared/domain';
import { decodeDocument, NO_LEARNED_LINES, splitDocument, type DecodedDocument } from '../shared/pipeline';
import { bootServices } from '../electron/services/boot';
import { headlessHost } from '../electron/services/host';
import { createLexiconProvider, type LexiconLoad } from '../electron/services/lexicon';
import { mb, ms, ratio, report } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.GALLEY_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus', 'cases');
const TOTAL = Number(process.env.BENCH_SPLITS ?? 10_000);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 1_000);

function corpusFiles(): { name: string; bytes: Uint8Array }[] {
  const dir = fs.existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'tests', 'fixtures', 'corpus');
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.raw'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
}

async function main(): Promise<void> {
  const files = corpusFiles();
  if (files.length === 0) throw new Error(`no corpus found at ${CORPUS}`);
  const dir = path.join(ROOT, 'dist', 'lexicon');

  // Lexicons first, on their own: load time and the memory they keep.
  const loads: LexiconLoad[] = [];
  const lexicon = createLexiconProvider(dir, { onLoad: (l) => loads.push(l) });
  for (const lang of LANGUAGES) {
    const before = process.memoryUsage().rss;
    lexicon(lang);
    const load = loads.at(-1)!;
    report(`Lexicon ${lang}`, [
      ['words', load.words.toLocaleString('en')],
      ['load', `${ms(load.ms)} (from ${load.from})`],
      ['memory kept', `${mb(load.bytes)} (RSS +${mb(process.memoryUsage().rss - before)})`],
    ]);
  }

  const docs: DecodedDocument[] = [];
  for (const f of files) {
    const d = await decodeDocument(f);
    if (d.ok) docs.push(d.doc);
  }
  const inputs = Array.from({ length: TOTAL }, (_, i) => files[i % files.length]!);
  const bytes = inputs.reduce((n, f) => n + f.bytes.length, 0);

  // Baseline: decoding alone.
  let t = performance.now();
  for (const f of inputs) await decodeDocument(f);
  const decodeMs = performance.now() - t;

  // The split stages on decoded documents (what the 500 releases/s is about).
  const ctx = { defaultLanguage: 'fr' as const, lexicon, learned: NO_LEARNED_LINES, overrides: {} };
  for (const d of docs) splitDocument(d, ctx); // warm-up
  t = performance.now();
  for (let i = 0; i < TOTAL; i++) splitDocument(docs[i % docs.length]!, ctx);
  const splitMs = performance.now() - t;

  const perSec = (n: number, msTaken: number) => `${Math.round(n / (msTaken / 1000)).toLocaleString('en')} releases/s, ${(bytes / 1024 / 1024 / (msTaken / 1000)).toFixed(1)} MB/s`;
  report(`Split throughput — corpus (${files.length} cases) repeated to ${TOTAL.toLocaleString('en')} releases, ${mb(bytes)}, one core, Node ${process.version}`, [
    ['decode only (baseline)', perSec(TOTAL, decodeMs)],
    ['split (boilerplate → unwrap → fields)', `${perSec(TOTAL, splitMs)}  (target ≥ 500 releases/s)`],
    ['decode + split', perSec(TOTAL, decodeMs + splitMs)],
    ['split time / decode time', ratio(splitMs, decodeMs)],
  ]);

  // 1,000 files through the services: decode + split + store, as File › Import does.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bench-import-'));
  const runtime = await bootServices({ dbPath: path.join(tmp, 'library.db'), host: headlessHost('test'), version: 'bench', systemLocale: 'fr-FR', examplesDir: null, lexicon });
  const filesDir = path.join(tmp, 'files');
  fs.mkdirSync(filesDir);
  const paths = Array.from({ length: IMPORTS }, (_, i) => {
    const f = files[i % files.length]!;
    const p = path.join(filesDir, `${String(i).padStart(4, '0')}-${f.name.replace(/\.raw$/, '.txt')}`);
    // A distinct final line per copy so no file is a duplicate of another.
    fs.writeFileSync(p, Buffer.concat([Buffer.from(f.bytes), Buffer.from(`\n\nRef. ${i}\n`)]));
    return p;
  });
  t = performance.now();
  const result = await runtime.importPaths(paths);
  const importMs = performance.now() - t;
  await runtime.close();
  const imported = result.items.filter((i) => i.outcome === 'imported').length;
  report(`Import of ${IMPORTS.toLocaleString('en')} files through the services (decode + split + store)`, [
    ['imported', `${imported} of ${IMPORTS}`],
    ['total', `${(importMs / 1000).toFixed(2)} s (${ms(importMs / IMPORTS)} per file)`],
  ]);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
