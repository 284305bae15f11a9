// Builds the renderer (React + Lexical) into dist/renderer, served by app://galley/ in the desktop
// app and by the loopback host in browser mode. Relative base: both serve it from the root.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
