// Typography in the release editor, as a press officer uses it: suggestions underlined in a seed
// release, explained on hover and from the keyboard (F8), ignored for good, one rule applied and
// undone with Ctrl+Z (one step, the exact text back), everything applied, invisible characters
// shown, the hyphenation preview opened. Screenshots go to test-results/.
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

const editor = () => page.getByTestId('editor-content');
const bodyText = () => editor().evaluate((e) => e.textContent ?? '');
const count = async () => Number(await page.getByTestId('typo-count').getAttribute('data-count'));
/** Ranges painted under a highlight name (CSS Custom Highlight API). */
const painted = (name: string) => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

async function openChineseRelease(): Promise<void> {
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-search').fill('chinois');
  await expect.poll(() => page.getByTestId('release-row').count()).toBe(1);
  await page.getByTestId('release-row').first().dblclick();
  await editor().waitFor();
}

describe('typography suggestions in the release editor', () => {
  it('underlines suggestions in a French seed release and counts them in the panel', async () => {
    await page.getByTestId('import-file-input').setInputFiles(seedFiles());
    await page.getByTestId('import-report').waitFor();
    await page.getByTestId('import-report-close').click();
    await openChineseRelease();
    await expect.poll(() => painted('galley-typo')).toBeGreaterThan(0);
    await page.getByTestId('typo-panel-toggle').click();
    await page.getByTestId('typo-panel').waitFor();
    await expect.poll(count).toBeGreaterThan(0);
    expect(await page.getByTestId('typo-group').count()).toBeGreaterThan(0);
    // The badge on the button says the same number.
    await expect(page.getByTestId('typo-badge').innerText()).resolves.toContain(String(await count()));
    await s.shot('40-typo-panel');
  });

  it('explains a suggestion on hover, and an ignored one stays ignored after a reload', async () => {
    const before = await count();
    const box = await page.evaluate(() => {
      const first = [...(CSS.highlights.get('galley-typo') ?? [])][0] as Range;
      first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = first.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const popover = page.getByTestId('typo-popover');
    await popover.waitFor();
    await expect(popover.innerText()).resolves.toMatch(/Norme/);
    await s.shot('41-typo-popover-hover');
    await page.getByTestId('typo-popover-ignore').click();
    await expect.poll(count).toBe(before - 1);
    await expect.poll(() => popover.count()).toBe(0);

    await page.reload();
    await editor().waitFor();
    await page.getByTestId('typo-panel-toggle').click();
    await expect.poll(count).toBe(before - 1);
  });

  it('applies every suggestion of one rule after a preview, and Ctrl+Z takes the whole set back', async () => {
    const original = await bodyText();
    const total = await count();
    const group = page.getByTestId('typo-group').first();
    const rule = await group.getAttribute('data-rule');
    const n = Number(await group.getAttribute('data-count'));
    await group.getByTestId('typo-apply-rule').click();
    const confirm = group.getByTestId('typo-confirm');
    await confirm.waitFor();
    // The preview draws the invisible characters the rule writes.
    expect(await confirm.locator('.typo-diff-ins .typo-mark').count()).toBeGreaterThan(0);
    await s.shot('42-typo-confirm-rule');
    await confirm.getByTestId('typo-confirm-apply').click();
    await expect.poll(count).toBe(total - n);
    await expect.poll(() => page.locator(`[data-testid="typo-group"][data-rule="${rule}"]`).count()).toBe(0);
    const applied = await bodyText();
    expect(applied).not.toBe(original);

    await editor().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(bodyText).toBe(original);
    await expect.poll(count).toBe(total);
  });

  it('walks to a suggestion with F8, closes with Esc, reopens with Alt+Enter and applies it with Enter', async () => {
    const total = await count();
    await editor().focus();
    await page.keyboard.press('F8');
    const popover = page.getByTestId('typo-popover');
    await popover.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('typo-popover-apply');
    await s.shot('43-typo-popover-keyboard');
    // Esc gives the focus back to the text, where the status line names the suggestion at the caret…
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-content');
    await page.getByTestId('typo-caret-hint').waitFor();
    // …and Alt+Enter opens it again.
    await page.keyboard.press('Alt+Enter');
    await popover.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('typo-popover-apply');
    await page.keyboard.press('Enter');
    await expect.poll(count).toBe(total - 1);
    // The focus is back in the text.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-content');
  });

  it('applies everything in one step: the count goes to zero and the French text has its no-break spaces', async () => {
    await page.getByTestId('typo-apply-all').click();
    await page.getByTestId('typo-confirm').waitFor();
    await page.getByTestId('typo-confirm-apply').click();
    await expect.poll(count).toBe(0);
    await expect.poll(() => painted('galley-typo')).toBe(0);
    const text = await bodyText();
    expect(text).toContain('«\u202F');
    expect(text).toContain('\u202F»');
    // Only the suggestion ignored earlier is left as it was.
    expect(text.match(/« | »/g) ?? []).toHaveLength(1);
    await expect(page.getByTestId('typo-count').innerText()).resolves.toBe('Aucune suggestion');
    await s.shot('44-typo-all-applied');
  });

  it('shows no-break and narrow no-break spaces with the invisibles toggle', async () => {
    await page.getByTestId('editor-invisibles').click();
    await page.getByTestId('invisibles-legend').waitFor();
    await expect.poll(() => painted('galley-nnbsp')).toBeGreaterThan(0);
    await page.evaluate(() => {
      const first = [...(CSS.highlights.get('galley-nnbsp') ?? [])][0] as Range;
      first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    });
    await s.shot('45-typo-invisibles');
    await page.getByTestId('editor-invisibles').click();
    await expect.poll(() => painted('galley-nnbsp')).toBe(0);
  });

  it('looks right in the dark theme', async () => {
    await page.getByTestId('toggle-color-scheme').click();
    await editor().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(count).toBeGreaterThan(0);
    await page.keyboard.press('F8');
    await page.getByTestId('typo-popover').waitFor();
    await s.shot('46-typo-dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('typo-popover').count()).toBe(0);
    await page.getByTestId('toggle-color-scheme').click();
  });

  it('opens the hyphenation preview with the body', async () => {
    await page.getByTestId('hyphenation-preview-open').click();
    const dialog = page.getByTestId('hyphenation-preview');
    await dialog.waitFor();
    const column = await page.getByTestId('hyphenation-column').innerText();
    expect(column.replace(/\u00AD/g, '')).toMatch(/économie florissante/);
    await s.shot('47-hyphenation-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('closes the panel with F7 and gives the fields column back', async () => {
    await page.keyboard.press('F7');
    await expect.poll(() => page.getByTestId('typo-panel').count()).toBe(0);
    await expect(page.getByTestId('title-input').isVisible()).resolves.toBe(true);
  });
});
