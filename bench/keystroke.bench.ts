// Editor benchmark (issue 4): time from a keystroke to updated typography suggestions on a
// 10,000-word French release, in browser mode (Chromium). Measured in the page: from the keydown
// event's timestamp to the `galley:typo-painted` performance mark the body editor sets once the
// changed block's suggestions are recomputed and its highlights repainted (and, for reference, to
// the next animation frame). 200 keystrokes, typing words, spaces and punctuation that create and
// remove suggestions, with the typography panel open. Prints p50 / p95 / max; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { dispatch, type Handlers } from '../shared/api';
import type { Doc, Release } from '../shared/domain';
import { bootServices } from '../electron/services/boot';
import { headlessHost } from '../electron/services/host';
import { serveBrowserMode } from '../electron/hosts/serve';
import { ms, percentile, report } from './stats';
import { rng } from './synthetic';

const WORDS = Number(process.env.BENCH_WORDS ?? 10_000);
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VOCABULARY =
  "l'organisation internationale pour les migrations réintégration retour volontaire assistance protection migrants réfugiés frontières gouvernement partenaires communautés formation santé emploi jeunes femmes enfants Genève Dakar programme financement coopération régionale traite données rapport Sahel urgence abris climat résilience".split(' ');

async function call(handlers: Handlers, method: Parameters<typeof dispatch>[1], input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A body of `words` words in paragraphs of 100, with the raw typography the engine corrects. */
function body(words: number): Doc {
  const next = rng(42);
  const blocks: Doc['blocks'] = [];
  for (let done = 0; done < words; done += 100) {
    const out: string[] = [];
    for (let i = 0; i < 100; i++) out.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
    const text = `${out.slice(0, 40).join(' ')}? "${out.slice(40, 70).join(' ')}" : ${out.slice(70).join(' ')} !`;
    blocks.push({ type: 'paragraph', children: [{ text: text.charAt(0).toUpperCase() + text.slice(1) }] });
  }
  return { blocks };
}

/** In the page: every keydown starts a sample; the next typography mark (and frame) ends it. */
const INSTRUMENT = `(() => {
  const w = window;
  w.__keySamples = [];
  w.__frameSamples = [];
  let start = null;
  document.addEventListener('keydown', (e) => { start = e.timeStamp; }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'galley:typo-painted' || start === null || entry.startTime < start) continue;
      const from = start;
      start = null;
      w.__keySamples.push(entry.startTime - from);
      requestAnimationFrame(() => w.__frameSamples.push(performance.now() - from));
    }
  }).observe({ type: 'mark', buffered: false });
})()`;

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`keystroke bench: skipped (${CHROMIUM} not found)`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-keystroke-'));
  const dbPath = path.join(dir, 'library.db');
  const runtime = await bootServices({ dbPath, host: headlessHost('test'), version: 'bench', systemLocale: 'fr-FR', examplesDir: null });
  const raw = Buffer.from('Bench du clavier\n\nUn paragraphe.\n', 'utf8').toString('base64');
  await call(runtime.handlers, 'releases.import', { files: [{ name: 'bench.txt', dataBase64: raw }] });
  const list = (await call(runtime.handlers, 'releases.list', { limit: 1 })) as { items: Array<{ id: string }> };
  const id = list.items[0]!.id;
  const release = (await call(runtime.handlers, 'releases.get', { id })) as Release;
  await call(runtime.handlers, 'releases.save', { id, baseRevision: release.revision, patch: { body: body(WORDS), language: 'fr' }, reason: 'save' });
  await runtime.close();

  const server = await serveBrowserMode({ dbPath, rendererDir: path.join(ROOT, 'dist/renderer'), examplesDir: null, version: 'bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'fr-FR' });
    await page.goto(server.url);
    await page.getByTestId('release-row').first().dblclick();
    const content = page.getByTestId('editor-content');
    await content.waitFor();
    await page.getByTestId('typo-panel-toggle').click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="typo-count"]')?.getAttribute('data-count')) > 0, undefined, { timeout: 60_000 });
    const suggestions = await page.getByTestId('typo-count').getAttribute('data-count');
    // The caret at the end of a paragraph in the middle of the text.
    await content.locator('p').nth(Math.floor(WORDS / 200)).click();
    await page.keyboard.press('End');
    await page.evaluate(INSTRUMENT);
    const typed = ' et maintenant? "oui" : non ! '.split('');
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(typed[i % typed.length] === ' ' ? 'Space' : typed[i % typed.length]!);
      await page.waitForFunction((n) => (window as unknown as { __frameSamples: number[] }).__frameSamples.length >= n, i + 1, { timeout: 10_000, polling: 'raf' });
    }
    const keys = (await page.evaluate('window.__keySamples')) as number[];
    const frames = (await page.evaluate('window.__frameSamples')) as number[];
    const row = (s: number[]) => `${ms(percentile(s, 50))} / ${ms(percentile(s, 95))} / ${ms(Math.max(...s))}`;
    report(`Keystroke → updated typography suggestions, ${WORDS.toLocaleString('en')} words (${suggestions} suggestions), ${keys.length} keystrokes, Chromium`, [
      ['keydown → recomputed and painted (p50 / p95 / max)', `${row(keys)}  (target p95 < 16 ms)`],
      ['keydown → next animation frame (p50 / p95 / max)', row(frames)],
    ]);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
