// Safe typography for several releases from the library, and the typography settings, as a press
// officer uses them: select, preview counts per rule, leave a rule out, apply, see the revision in
// the history; then choose profiles, the no-break space, rule toggles and hyphenation exceptions.
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
const dialog = () => page.getByTestId('typography-preview-dialog');

describe('bulk typography from the library', () => {
  it('previews the safe corrections of the selected releases per rule', async () => {
    await page.getByTestId('import-file-input').setInputFiles(seedFiles());
    await page.getByTestId('import-report').waitFor();
    await page.getByTestId('import-report-close').click();
    await expect.poll(() => rows().count()).toBe(2);
    await rows().first().click();
    await page.keyboard.press('Control+a');
    await page.getByTestId('bulk-typography').click();
    await dialog().waitFor();
    await expect.poll(() => dialog().getByTestId('typography-rule-row').count()).toBeGreaterThan(0);
    // Every rule is checked by default, and the keyboard starts on the first one.
    const boxes = dialog().locator('[data-testid="typography-rule-row"] input[type="checkbox"]');
    const n = await boxes.count();
    for (let i = 0; i < n; i++) await expect(boxes.nth(i).isChecked()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid="typography-rule-row"]') !== null)).resolves.toBe(true);
    await expect(dialog().getByTestId('typography-release-row').count()).resolves.toBe(2);
    await expect(dialog().getByTestId('typography-apply').innerText()).resolves.toMatch(/Corriger 2 communiqués/);
    await s.shot('40-library-typography-preview');
  });

  it('applies the chosen rules, one revision per release, undoable from the history', async () => {
    // The apostrophe rule is left out with the keyboard.
    const apostrophe = dialog().locator('[data-testid="typography-rule-row"][data-rule="fr-apostrophe"] input');
    if ((await apostrophe.count()) > 0) {
      await apostrophe.focus();
      await page.keyboard.press('Space');
      await expect(apostrophe.isChecked()).resolves.toBe(false);
    }
    await dialog().getByTestId('typography-apply').click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/communiqués? corrigés?.*historique/)]));
    await s.shot('41-library-typography-applied');
    await rows().first().dblclick();
    await page.getByTestId('release-view').waitFor();
    await page.getByTestId('history-button').click();
    const panel = page.getByTestId('history-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('revision-item').first().innerText()).toMatch(/Typographie corrigée/);
    await page.getByTestId('history-close').click();
  });
});

describe('typography settings', () => {
  it('saves profiles, the no-break space, rule toggles and hyphenation exceptions', async () => {
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('settings-typography');
    await section.waitFor();
    await page.getByTestId('typography-profile-fr').selectOption('fr-CH');
    await page.getByTestId('typography-profile-en').selectOption('en-AP');
    await page.getByTestId('typography-wide-nbsp').check();
    await page.getByTestId('typography-rule-filter').fill('apostrophe');
    const toggle = section.locator('[data-testid="typography-rule-toggle"][data-rule="fr-apostrophe"] input');
    await toggle.uncheck();
    await page.getByTestId('hyphenation-exceptions').fill('Bangui\nBan-gui\n\nBangui');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('hyphenation-exceptions').inputValue()).toBe('Bangui\nBan-gui');
    await s.shot('42-settings-typography');
    await page.reload();
    await page.getByTestId('settings-typography').waitFor();
    await expect(page.getByTestId('typography-profile-fr').inputValue()).resolves.toBe('fr-CH');
    await expect(page.getByTestId('typography-profile-en').inputValue()).resolves.toBe('en-AP');
    await expect(page.getByTestId('typography-profile-es').inputValue()).resolves.toBe('es-RAE');
    await expect(page.getByTestId('typography-wide-nbsp').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-testid="typography-rule-toggle"][data-rule="fr-apostrophe"] input').isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('hyphenation-exceptions').inputValue()).resolves.toBe('Bangui\nBan-gui');
  });
});
