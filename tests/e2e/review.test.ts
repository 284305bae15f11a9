// Reviewing the split after a batch import: the queue, colour bands, re-assigning a line with a
// key, remembering "always drop", confirming, and re-running the split from the release view.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, openSession, seedFiles, type Session } from './harness';

let s: Session;
let page: Page;

/** Corpus cases shipped with the tests: an e-mail forward in windows-1252 and a web page. */
const CASES = ['dev-fr-04.raw', 'dev-es-05.raw'].map((n) => path.join(ROOT, 'tests', 'fixtures', 'corpus', n));

beforeAll(async () => {
  s = await openSession({ locale: 'fr-FR' });
  page = s.page;
});
afterAll(async () => {
  await s?.close();
});

const line = (n: number) => page.locator(`[data-testid="raw-line"][data-line="${n}"]`);

describe('review of the split', () => {
  it('opens the review queue from the import report', async () => {
    for (const f of CASES) expect(fs.existsSync(f), f).toBe(true);
    await page.getByTestId('import-file-input').setInputFiles([...seedFiles(), ...CASES]);
    await page.getByTestId('import-report').waitFor();
    await page.getByTestId('import-report-review').click();
    await page.getByTestId('review-view').waitFor();
    await expect(page.getByTestId('review-queue-progress').innerText()).resolves.toMatch(/1\D+4/);
    await expect(page.getByTestId('review-field-title').inputValue()).resolves.toMatch(/officiers chinois/);
    // The menu above the article is greyed out, the headline is the title band.
    await expect(line(1).getAttribute('data-dest')).resolves.toBe('dropped');
    await s.shot('15-review-seed');
  });

  it('re-assigns a line with a key and the fields follow at once', async () => {
    const lead = page.locator('[data-testid="raw-line"][data-dest="body"]').first();
    const n = Number(await lead.getAttribute('data-line'));
    const paragraphs = await page.getByTestId('review-paragraph').count();
    await lead.click();
    await page.keyboard.press('x');
    await expect.poll(() => line(n).getAttribute('data-dest')).toBe('dropped');
    await expect.poll(() => page.getByTestId('review-paragraph').count()).toBe(paragraphs - 1);
    await page.keyboard.press('r');
    await expect.poll(() => line(n).getAttribute('data-dest')).toBe('body');
    await expect.poll(() => page.getByTestId('review-paragraph').count()).toBe(paragraphs);
  });

  it('confirms and moves to the next release of the queue', async () => {
    await page.getByTestId('review-confirm').click();
    await expect.poll(() => page.getByTestId('review-queue-progress').innerText()).toMatch(/2\D+4/);
    await expect(page.getByTestId('review-field-title').inputValue()).resolves.toMatch(/Macao/);
    await s.shot('16-review-second');
  });

  it('walks the rest of the queue and lands in the library with the releases reviewed', async () => {
    await page.getByTestId('review-confirm').click();
    await expect.poll(() => page.getByTestId('review-queue-progress').innerText()).toMatch(/3\D+4/);
    await s.shot('17-review-email');
    await page.getByTestId('review-confirm').click();
    await expect.poll(() => page.getByTestId('review-queue-progress').innerText()).toMatch(/4\D+4/);
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('library-view').waitFor();
    await page.getByTestId('filter-status').selectOption('reviewed');
    await expect.poll(() => page.getByTestId('release-row').count()).toBe(4);
    await page.getByTestId('filter-status').selectOption('');
    await page.getByTestId('sort-select').selectOption('date');
    await s.shot('19-library-reviewed');
  });

  it('re-runs the split from the release view and says there is nothing to change', async () => {
    await page.getByTestId('release-row').first().dblclick();
    await page.getByTestId('release-view').waitFor();
    await page.getByTestId('split-menu-button').click();
    await page.getByTestId('rerun-button').click();
    await page.getByTestId('rerun-dialog').waitFor();
    await page.getByTestId('rerun-none').waitFor();
    await s.shot('18-rerun');
    await page.getByTestId('rerun-close').click();
  });
});
