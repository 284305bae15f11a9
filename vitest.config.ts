import { defineConfig, type Plugin } from 'vitest/config';

/** SQL migrations are imported as text, as esbuild's `text` loader does in the bundles. */
const sqlAsText: Plugin = {
  name: 'sql-as-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
};

// Two projects: fast unit/integration tests, and end-to-end tests that drive browser mode in
// Debian's Chromium (they need `npm run build` first; `npm test` does it).
export default defineConfig({
  plugins: [sqlAsText],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // The UI saves 1.5 s after the last keystroke: give polled expectations time.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
