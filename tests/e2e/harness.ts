// Browser-mode harness for end-to-end tests: a fresh library in a temp folder, the real HTTP host
// serving the built renderer, and Debian's Chromium driven by playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveBrowserMode, type BrowserModeServer } from '../../electron/hosts/serve';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
export const SHOTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  server: BrowserModeServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dir: string;
  dbPath: string;
  /** Saves test-results/<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export function seedFiles(): string[] {
  // The seeds ship with the app as examples too (build/examples); the shared copy is preferred.
  const dir = fs.existsSync(SEEDS) ? SEEDS : path.join(ROOT, 'build', 'examples');
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(dir, n));
}

/** Starts browser mode on an empty library and opens the workbench in Chromium (French UI). */
export async function openSession(
  options: { locale?: string; colorScheme?: 'light' | 'dark'; prepare?: (dbPath: string) => Promise<void> } = {},
): Promise<Session> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-e2e-'));
  const dbPath = path.join(dir, 'library.db');
  await options.prepare?.(dbPath);
  const server = await serveBrowserMode({
    dbPath,
    rendererDir: path.join(ROOT, 'dist', 'renderer'),
    examplesDir: path.join(ROOT, 'build', 'examples'),
    version: 'e2e',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    browser,
    context,
    page,
    dir,
    dbPath,
    shot: async (name) => {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    },
    close: async () => {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Uncaught errors in the page: ${errors.join('; ')}`);
    },
  };
}
