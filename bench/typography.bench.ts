// Typography benchmark (ISSUE 4): suggestion throughput on a large French text (several MB built
// from the French corpus cases and the seeds, decoded and unwrapped to paragraphs, repeated),
// processed paragraph by paragraph, against typograf (fr locale, default rules) on the same
// paragraphs in the same process. Prints MB/s for each and the ratio (target: at least 2×).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Typograf from 'typograf';
import { decodeDocument } from '../shared/pipeline/decode';
import { applySuggestions, suggestTypography, type TypoContext } from '../shared/pipeline/typography';
import { NO_LEXICON, unwrapText } from '../shared/pipeline/unwrap';
import { mb, ms, ratio, report } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CORPUS = process.env.GALLEY_CORPUS ?? path.join(SHARED, 'corpus', 'cases');
const SEEDS = process.env.GALLEY_SEEDS ?? path.join(SHARED, 'seeds');
/** Size of the text to process, in MB of UTF-8. */
const TARGET_MB = Number(process.env.BENCH_TYPO_MB ?? 4);
const ROUNDS = Number(process.env.BENCH_TYPO_ROUNDS ?? 5);

/** French raw files: corpus cases named *fr* and the seeds. */
function frenchFiles(): string[] {
  const cases = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((n) => /fr/.test(n) && n.endsWith('.raw')).map((n) => path.join(CORPUS, n)) : [];
  const seeds = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).map((n) => path.join(SEEDS, n)) : [];
  return [...cases, ...seeds].sort();
}

/** The paragraphs of the files, as the import would see them (decoded, hard wraps undone). */
async function paragraphs(files: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const decoded = await decodeDocument({ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) });
    if (!decoded.ok) continue;
    const text = unwrapText(decoded.doc.text, { lang: 'fr', lexicon: NO_LEXICON, hints: decoded.doc.hints });
    out.push(...text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== ''));
  }
  return out;
}

/**
 * Times each of `works` over every paragraph, `ROUNDS` rounds interleaved (so that neither side
 * gets the warmer JIT or the quieter garbage collector); the median round of each, in ms.
 */
function time(paras: readonly string[], works: readonly ((p: string) => unknown)[]): number[] {
  const rounds: number[][] = works.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    works.forEach((work, i) => {
      const t = performance.now();
      for (const p of paras) work(p);
      rounds[i]!.push(performance.now() - t);
    });
  }
  return rounds.map((samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!);
}

async function main(): Promise<void> {
  const files = frenchFiles();
  const unique = await paragraphs(files);
  if (unique.length === 0) throw new Error(`no French text found in ${CORPUS} or ${SEEDS}`);
  const uniqueBytes = unique.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const paras: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_MB * 1024 * 1024) {
    for (const p of unique) {
      paras.push(p);
      bytes += Buffer.byteLength(p);
    }
  }
  const ctx: TypoContext = { lang: 'fr', block: 'paragraph' };
  const typograf = new Typograf({ locale: ['fr'] });

  // Warm-up: both engines compile their expressions and the JIT settles.
  for (let i = 0; i < 20; i++) {
    for (const p of unique) {
      applySuggestions(p, suggestTypography(p, ctx));
      typograf.execute(p);
    }
  }
  let suggestions = 0;
  for (const p of unique) suggestions += suggestTypography(p, ctx).length;

  const [suggestMs, fixMs, typografMs] = time(paras, [
    (p) => suggestTypography(p, ctx),
    (p) => applySuggestions(p, suggestTypography(p, ctx)),
    (p) => typograf.execute(p),
  ]) as [number, number, number];
  const rate = (t: number) => `${(bytes / 1024 / 1024 / (t / 1000)).toFixed(2)} MB/s`;

  report('Typography: French text, paragraph by paragraph', [
    ['source', `${files.length} files, ${unique.length.toLocaleString('en')} paragraphs, ${(uniqueBytes / 1024).toFixed(0)} KB (${suggestions.toLocaleString('en')} suggestions)`],
    ['processed', `${paras.length.toLocaleString('en')} paragraphs, ${mb(bytes)} (median of ${ROUNDS} rounds)`],
    ['Galley suggestions', `${rate(suggestMs)}  (${ms(suggestMs)})`],
    ['Galley suggest + apply', `${rate(fixMs)}  (${ms(fixMs)})`],
    ['typograf 7.8 (fr)', `${rate(typografMs)}  (${ms(typografMs)})`],
    ['ratio suggestions / typograf', `${ratio(typografMs, suggestMs)}  (target ≥ 2×)`],
    ['ratio suggest + apply / typograf', ratio(typografMs, fixMs)],
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
