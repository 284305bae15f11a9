// Hyphenation benchmark (ISSUE 4): words per second of hyphenate() — the TeX patterns behind the
// house-rules guard — for fr, en and es over the corpus repeated, against the raw `hyphen`
// library without the guard (its defaults) on the same lines in the same process; the patterns'
// load time and heap, and the heap the word caches keep. Prints figures; asserts nothing.
// Run with `node --expose-gc` for exact heap figures (otherwise they include garbage).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hyphenate, libraryHyphenator } from '../shared/pipeline/hyphenation';
import type { TypoLang } from '../shared/pipeline/typography';
import { mb, ms, ratio, report } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.GALLEY_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus', 'cases');
/** Words of text per language the timed passes go over. */
const TARGET_WORDS = Number(process.env.BENCH_HYPHEN_WORDS ?? 1_000_000);
const LANGS: readonly TypoLang[] = ['fr', 'en', 'es'];
const PATTERN_FILES: Readonly<Record<TypoLang, string>> = { fr: 'fr.js', en: 'en-us.js', es: 'es.js' };
const WORD = /\p{L}+/gu;

const gc = (globalThis as { gc?: () => void }).gc;
function heapUsed(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** The lines of the corpus cases of `lang` (dev-<lang>-NN.raw), blank lines left out. */
function corpusLines(lang: TypoLang): string[] {
  const dir = fs.existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'tests', 'fixtures', 'corpus');
  return fs
    .readdirSync(dir)
    .filter((n) => n.startsWith(`dev-${lang}-`) && n.endsWith('.raw'))
    .sort()
    .flatMap((n) => fs.readFileSync(path.join(dir, n), 'utf8').split(/\r?\n/))
    .filter((l) => l.trim() !== '');
}

const countWords = (lines: readonly string[]) => lines.reduce((n, l) => n + (l.match(WORD)?.length ?? 0), 0);

function time(lines: readonly string[], f: (line: string) => string): number {
  const t = performance.now();
  for (const l of lines) f(l);
  return performance.now() - t;
}

/** Parse time and heap of each language's patterns, loaded afresh from node_modules (not the bundled copy). */
function patternLoads(): void {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const rows: [string, string][] = [];
  for (const lang of LANGS) {
    const file = require.resolve(`hyphen/patterns/${PATTERN_FILES[lang]}`);
    const size = fs.statSync(file).size;
    const before = heapUsed();
    const t = performance.now();
    const patterns: unknown = require(file);
    const loadMs = performance.now() - t;
    const after = heapUsed();
    rows.push([lang, `${ms(loadMs)} to load ${(size / 1024).toFixed(0)} KB of patterns, heap +${mb(Math.max(0, after - before))}${patterns ? '' : ' (empty)'}`]);
  }
  report(`Patterns (hyphen ${require('hyphen/package.json').version}), loaded once per process${gc ? '' : ' — run with --expose-gc for exact heap figures'}`, rows);
}

function main(): void {
  patternLoads();
  const summary: [string, string][] = [];
  for (const lang of LANGS) {
    const corpus = corpusLines(lang);
    const corpusWords = countWords(corpus);
    if (corpusWords === 0) throw new Error(`no ${lang} corpus found at ${CORPUS}`);
    const copies = Math.max(1, Math.round(TARGET_WORDS / corpusWords));
    const lines = Array.from({ length: copies }, () => corpus).flat();
    const words = corpusWords * copies;
    const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);

    const heapBefore = heapUsed();
    // Cold: the corpus once, every word new to the caches.
    const coldMs = time(corpus, (l) => hyphenate(l, lang));
    const guardMs = time(lines, (l) => hyphenate(l, lang));
    const heapAfter = heapUsed();
    const raw = libraryHyphenator(lang);
    raw(corpus.join('\n')); // the same warm start for the baseline
    const rawMs = time(lines, raw);

    const perSec = (n: number, msTaken: number) => `${Math.round(n / (msTaken / 1000)).toLocaleString('en')} words/s`;
    report(`${lang}: corpus (${corpus.length} lines, ${corpusWords.toLocaleString('en')} words) × ${copies} = ${words.toLocaleString('en')} words, ${mb(bytes)}, one line per call`, [
      ['hyphenate, first pass (cold caches)', perSec(corpusWords, coldMs)],
      ['hyphenate (guard + patterns)', `${perSec(words, guardMs)}, ${(bytes / 1024 / 1024 / (guardMs / 1000)).toFixed(1)} MB/s`],
      ['hyphen library alone (baseline)', `${perSec(words, rawMs)}, ${(bytes / 1024 / 1024 / (rawMs / 1000)).toFixed(1)} MB/s`],
      ['guarded time / library time', ratio(guardMs, rawMs)],
      ['heap kept by the word caches', `+${mb(heapAfter - heapBefore)}`],
    ]);
    summary.push([lang, `${perSec(words, guardMs)} (library alone ${perSec(words, rawMs)})`]);
  }
  // A long tail of distinct words: the caches are bounded, so the heap stays flat.
  const tail = Array.from({ length: 200_000 }, (_, i) => `organisation${String.fromCharCode(97 + (i % 26))}${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`);
  const tailLines = Array.from({ length: tail.length / 100 }, (_, i) => tail.slice(i * 100, i * 100 + 100).join(' '));
  const before = heapUsed();
  const t = performance.now();
  for (const l of tailLines) hyphenate(l, 'fr');
  const tailMs = performance.now() - t;
  summary.push(['200,000 distinct words (fr)', `${Math.round(tail.length / (tailMs / 1000)).toLocaleString('en')} words/s, heap +${mb(heapUsed() - before)} (caches bounded)`]);
  report(`Hyphenation summary — one core, Node ${process.version}`, summary);
}

main();
