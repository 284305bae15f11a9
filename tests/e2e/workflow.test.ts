// The whole chassis as a press officer uses it, in browser mode on a fresh library: import the
// two seeds through the file input, edit and reload, search without accents, restore a revision,
// tag and filter, export Markdown, switch the UI language. Screenshots go to test-results/.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, seedFiles, type Session } from './harness';

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await openSession({ locale: 'fr-FR' });
  page = s.page;
});
afterAll(async () => {
  await s?.close();
});

const rows = () => page.getByTestId('release-row');
const editor = () => page.getByTestId('editor-content');

/** Opens the Macao release (the second seed) by searching for it, then clears the search. */
async function openMacao(): Promise<void> {
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-search').fill('Macao');
  await expect.poll(() => rows().count()).toBe(1);
  await rows().first().dblclick();
  await page.getByTestId('release-view').waitFor();
  await editor().waitFor();
}

async function showWholeLibrary(): Promise<void> {
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-search').fill('');
  await expect.poll(() => rows().count()).toBe(2);
}

describe('Galley in browser mode', () => {
  it('welcomes a new user with an empty library, in French', async () => {
    await page.getByTestId('library-welcome').waitFor();
    await expect(page.getByTestId('nav-library').innerText()).resolves.toMatch(/Bibliothèque/);
    await expect(page.getByTestId('examples-button').isVisible()).resolves.toBe(true);
    await s.shot('01-library-first-run');
  });

  it('imports both seed files through the file input and lists them', async () => {
    await page.getByTestId('import-file-input').setInputFiles(seedFiles());
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.locator('[data-testid="import-report-item"][data-outcome="imported"]').count()).resolves.toBe(2);
    await s.shot('02-import-report');
    await page.getByTestId('import-report-close').click();
    await expect.poll(() => rows().count()).toBe(2);
    await s.shot('03-library');
  });

  it('reports the same files again as duplicates', async () => {
    await page.getByTestId('import-file-input').setInputFiles(seedFiles());
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.locator('[data-testid="import-report-item"][data-outcome="duplicate"]').count()).resolves.toBe(2);
    await page.getByTestId('import-report-close').click();
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('finds the Macao release by searching "reintegration" without accents', async () => {
    await page.getByTestId('library-search').fill('reintegration');
    await expect.poll(() => rows().count()).toBe(1);
    await s.shot('04-library-search');
    await rows().first().dblclick();
    await expect.poll(() => editor().innerText()).toContain('Macao');
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-search').fill('');
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('opens a release, edits the body, and the edit survives a reload', async () => {
    await openMacao();
    await s.shot('05-release-view');
    await editor().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Paragraphe ajouté pendant le test de bout en bout.');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await page.reload();
    await page.getByTestId('release-view').waitFor();
    await expect.poll(() => editor().innerText()).toContain('Paragraphe ajouté pendant le test de bout en bout.');
  });

  it('restores an earlier revision from the history, comparing first', async () => {
    await page.getByTestId('history-button').click();
    const panel = page.getByTestId('history-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('revision-item').count()).toBeGreaterThanOrEqual(2);
    await panel.locator('[data-testid="revision-item"][data-revision="1"]').click();
    await page.getByTestId('compare-view').waitFor();
    await s.shot('06-history-compare');
    await page.getByTestId('restore-button').click();
    await page.getByTestId('restore-dialog-confirm').click();
    await expect.poll(() => editor().innerText()).not.toContain('Paragraphe ajouté pendant le test');
    // The restore is a new revision on top; nothing was overwritten.
    await page.getByTestId('history-button').click();
    await expect.poll(() => panel.getByTestId('revision-item').count()).toBeGreaterThanOrEqual(3);
    await expect(panel.getByTestId('revision-item').first().innerText()).resolves.toMatch(/restaur/i);
    await page.getByTestId('history-close').click();
  });

  it('shows the original source as imported', async () => {
    await page.getByTestId('view-original-button').click();
    const dialog = page.getByTestId('original-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('original-file-name').innerText()).resolves.toContain('001_df28969e1c012da8.txt');
    await expect(dialog.getByTestId('original-text').innerText()).resolves.toContain('réintégration');
    await s.shot('07-view-original');
    await page.keyboard.press('Escape');
  });

  it('assigns a theme and filters the library by it', async () => {
    await page.getByTestId('theme-combobox').fill('Retour');
    await page.getByTestId('theme-option').first().click();
    await page.locator('[data-testid="theme-chip"][data-theme-id="return-reintegration"]').waitFor();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    const macao = await page.getByTestId('release-view').getAttribute('data-release-id');
    await showWholeLibrary();
    await page.getByTestId('filter-theme').selectOption('return-reintegration');
    await expect.poll(() => rows().count()).toBe(1);
    await expect(rows().first().getAttribute('data-id')).resolves.toBe(macao);
    await expect(rows().first().innerText()).resolves.toMatch(/Retour et réintégration/);
    await s.shot('08-library-theme-filter');
    await page.getByTestId('filter-theme').selectOption('');
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('exports the release as Markdown with front matter', async () => {
    await openMacao();
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-md').click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const content = fs.readFileSync((await download.path())!, 'utf8');
    expect(content).toMatch(/^---\n/);
    expect(content).toMatch(/\nlanguage: fr\n/);
    expect(content).toMatch(/\nthemes:\n {2}- return-reintegration\n/);
    expect(content).toContain('réintégration');
    expect(content).not.toContain('Paragraphe ajouté pendant le test');
  });

  it('switches the interface to English, then Spanish', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-view').waitFor();
    await page.getByTestId('ui-language').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toMatch(/Library/);
    await s.shot('09-settings-en');
    await page.getByTestId('ui-language').selectOption('es');
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toMatch(/Biblioteca/);
    await page.getByTestId('nav-library').click();
    await s.shot('10-library-es');
    // The choice is stored: it survives a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toMatch(/Biblioteca/);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('ui-language').selectOption('fr');
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toMatch(/Bibliothèque/);
  });

  it('shows the theme taxonomy', async () => {
    await page.getByTestId('nav-themes').click();
    await page.getByTestId('themes-view').waitFor();
    await expect.poll(() => page.getByTestId('theme-row').count()).toBe(25);
    await s.shot('11-themes');
  });
});
