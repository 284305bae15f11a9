// Library benchmark (ISSUE: chassis): 10,000 synthetic ~4 KB releases imported through the
// services, database size, search latency (FTS5 vs a LIKE scan baseline in the same process),
// and the library's first render in browser mode (Chromium), against an empty-library baseline.
// Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { dispatch, type Handlers } from '../shared/api';
import { bootServices } from '../electron/services/boot';
import { headlessHost } from '../electron/services/host';
import { serveBrowserMode } from '../electron/hosts/serve';
import { mb, ms, percentile, ratio, report } from './stats';
import { searchTerms, syntheticRelease, type BenchLang } from './synthetic';

const COUNT = Number(process.env.BENCH_RELEASES ?? 10_000);
const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LANGS: BenchLang[] = ['fr', 'fr', 'en', 'es'];

async function call(handlers: Handlers, method: Parameters<typeof dispatch>[1], input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function firstRender(dbPath: string, selector: string): Promise<number> {
  const server = await serveBrowserMode({ dbPath, rendererDir: path.join(ROOT, 'dist/renderer'), examplesDir: null, version: 'bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.waitForSelector(selector, { timeout: 30_000 });
      // Milliseconds since navigation start, measured by the page itself.
      samples.push(Number(await page.evaluate('performance.now()')));
      await page.close();
    }
    return percentile(samples, 50);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bench-'));
  const dbPath = path.join(dir, 'library.db');
  const emptyPath = path.join(dir, 'empty.db');
  const runtime = await bootServices({ dbPath, host: headlessHost('test'), version: 'bench', systemLocale: 'fr-FR', examplesDir: null });
  const { handlers } = runtime;

  const texts = Array.from({ length: COUNT }, (_, i) => syntheticRelease(i, LANGS[i % LANGS.length]!));
  const rawBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const dataBase64 = Buffer.from(texts[i]!, 'utf8').toString('base64');
    await call(handlers, 'releases.import', { files: [{ name: `release-${i}.txt`, dataBase64 }] });
  }
  const importMs = performance.now() - t0;

  const db = runtime.library.db();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(dbPath).size;

  const terms = searchTerms(100);
  const fts: number[] = [];
  const hits: number[] = [];
  for (const search of terms) {
    const s = performance.now();
    const page = (await call(handlers, 'releases.list', { search, limit: 100 })) as { total: number };
    fts.push(performance.now() - s);
    hits.push(page.total);
  }
  // Baseline: the same queries as a LIKE scan over the stored text (what no index costs).
  const like = db.prepare('SELECT id, title FROM releases WHERE trashed_at IS NULL AND (title LIKE @q OR body_text LIKE @q) ORDER BY updated_at DESC LIMIT 100');
  const scan: number[] = [];
  for (const search of terms) {
    const s = performance.now();
    like.all({ q: `%${search}%` });
    scan.push(performance.now() - s);
  }
  await runtime.close();

  report(`Library benchmark — ${COUNT.toLocaleString('en')} releases, ${os.cpus().length} cores, Node ${process.version}`, [
    ['raw text imported', mb(rawBytes)],
    ['import through the services', `${(importMs / 1000).toFixed(1)} s (${Math.round(COUNT / (importMs / 1000))} releases/s)`],
    ['database size', mb(size)],
    ['search p50 / p95 (FTS5, 100 queries)', `${ms(percentile(fts, 50))} / ${ms(percentile(fts, 95))}  (target p95 < 20 ms)`],
    ['baseline LIKE scan p50 / p95', `${ms(percentile(scan, 50))} / ${ms(percentile(scan, 95))}`],
    ['FTS5 p95 vs LIKE p95', ratio(percentile(fts, 95), percentile(scan, 95))],
    ['median hits per query', String(percentile(hits, 50))],
  ]);

  if (!fs.existsSync(CHROMIUM)) {
    console.log(`\n  first render: skipped (${CHROMIUM} not found)`);
    return;
  }
  const emptyRuntime = await bootServices({ dbPath: emptyPath, host: headlessHost('test'), version: 'bench', systemLocale: 'fr-FR', examplesDir: null });
  await emptyRuntime.close();
  const baseline = await firstRender(emptyPath, '[data-testid="library-welcome"]');
  const full = await firstRender(dbPath, '[data-testid="release-row"]');
  report('Library first render in browser mode (Chromium, median of 5 loads, ms since navigation start)', [
    ['empty library (baseline)', ms(baseline)],
    [`${COUNT.toLocaleString('en')} releases`, `${ms(full)}  (target < 1 s)`],
    ['ratio', ratio(full, baseline)],
  ]);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
