import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * One build for every shell. `out/main` holds the desktop entry (index.js) and the two plain
 * Node entries, the web shell (web.js) and the CLI (cli.js), plus the backtest sweep's worker
 * thread (sweep-worker.js) and the strategy runner's (strategy-worker.js); they target Node 20 so they run
 * on the system Node as well as inside Electron. The preload is a single CommonJS file with its
 * dependencies bundled, as Electron's sandbox requires. The renderer is served unchanged by the
 * desktop app:// protocol and by the web shell.
 */
export default defineConfig({
  main: {
    build: {
      target: 'node20',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          web: resolve(import.meta.dirname, 'src/main/web.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli/main.ts'),
          'sweep-worker': resolve(import.meta.dirname, 'src/main/backtest/sweep/sweep-worker.ts'),
          'strategy-worker': resolve(import.meta.dirname, 'src/main/strategy-runner/strategy-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') },
      },
    },
  },
});
