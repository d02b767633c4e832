import path from 'node:path';
import { findShippedDir } from './project-paths';

/**
 * How to start one of the core's worker threads. After a build: `out/main/<name>.js`, a separate
 * entry of the main build (electron.vite.config.ts). From source (tsx, tests): a few lines that
 * register tsx's loader in the new thread, then import the TypeScript at `source`.
 */
export function workerEntry(name: string, source: URL): { file: string; isEval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { file: path.join(findShippedDir(path.join('out', 'main'), `${name}.js`), `${name}.js`), isEval: false };
  const href = JSON.stringify(source.href);
  return { file: `import('tsx/esm/api').then(({ register }) => { register(); return import(${href}); });`, isEval: true };
}
