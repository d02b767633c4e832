import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a folder shipped with the app (migrations, the built renderer) by walking up from the
 * running file. The same code then works from `src/` under tsx, from `out/` after a build, and
 * from a packaged app whose shell passes the folder explicitly instead.
 */
export function findShippedDir(relative: string, marker: string, from: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(path.join(candidate, marker))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find ${relative}/${marker} above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

export function findMigrationsDir(): string {
  return findShippedDir('drizzle', path.join('meta', '_journal.json'));
}

export function findRendererDir(): string {
  return findShippedDir(path.join('out', 'renderer'), 'index.html');
}
