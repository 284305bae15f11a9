// The workbench in dark mode and in English on an English system, with the two examples opened
// from the welcome screen (the first-run path of a new user).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './harness';

let s: Session;

beforeAll(async () => {
  s = await openSession({ locale: 'en-GB', colorScheme: 'dark' });
});
afterAll(async () => {
  await s?.close();
});

describe('first run on an English system in dark mode', () => {
  it('uses English and the dark theme by default', async () => {
    await s.page.getByTestId('library-welcome').waitFor();
    await expect(s.page.getByTestId('nav-library').innerText()).resolves.toMatch(/Library/);
    await expect(s.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
  });

  it('opens the two examples from the welcome screen', async () => {
    await s.page.getByTestId('examples-button').click();
    await expect.poll(() => s.page.getByTestId('release-row').count()).toBe(2);
    await s.shot('13-library-dark-en');
    await s.page.getByTestId('release-row').first().dblclick();
    await s.page.getByTestId('editor-content').waitFor();
    await s.shot('14-release-dark-en');
  });
});
