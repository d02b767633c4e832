import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from './backup-names';

/**
 * Every file SQLite may read as part of the database. A stale `-journal` or `-wal` left beside
 * a restored file would be replayed into it, so they move aside with the main file.
 */
const SIDE_FILES = ['', '-wal', '-shm', '-journal'] as const;

export interface SwapInRequest {
  readonly backupFile: string;
  readonly databaseFile: string;
  readonly replacedFolder: string;
  readonly now: number;
  readonly copyFile: (from: string, to: string) => void;
}

function keptAsidePath(folder: string, now: number): string {
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '' : `-${n}`;
    const candidate = path.join(folder, `tradewind-${fileStamp(now)}${suffix}-before-restore.db`);
    if (SIDE_FILES.every((side) => !fs.existsSync(`${candidate}${side}`))) return candidate;
  }
}

/**
 * Moves the (closed) database and its side files into the replaced folder, never deleting
 * them, then copies the backup into place through a temp name. If anything fails, the moved
 * files go back. Returns where the old database went, or null when there was none.
 */
export function swapInFile(request: SwapInRequest): string | null {
  const { backupFile, databaseFile, replacedFolder } = request;
  fs.mkdirSync(replacedFolder, { recursive: true });
  const keptAside = keptAsidePath(replacedFolder, request.now);
  const temp = `${databaseFile}.restoring`;
  const moved: Array<{ from: string; to: string }> = [];
  try {
    for (const side of SIDE_FILES) {
      const from = `${databaseFile}${side}`;
      if (!fs.existsSync(from)) continue;
      const to = `${keptAside}${side}`;
      fs.renameSync(from, to);
      moved.push({ from, to });
    }
    fs.rmSync(temp, { force: true });
    request.copyFile(backupFile, temp);
    fs.renameSync(temp, databaseFile);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const stranded = putBack(moved);
    const message = error instanceof Error ? error.message : String(error);
    const where =
      stranded.length === 0
        ? `${databaseFile} was put back as it was`
        : `the old database could not be put back and is in ${stranded.join(', ')}`;
    throw new Error(`The restore failed and ${where}: ${message}`, { cause: error });
  }
  return moved.some((entry) => entry.from === databaseFile) ? keptAside : null;
}

/** Undoes the moves, newest first; returns the files it could not move back. */
function putBack(moved: ReadonlyArray<{ from: string; to: string }>): string[] {
  const stranded: string[] = [];
  for (const { from, to } of [...moved].reverse()) {
    try {
      fs.renameSync(to, from);
    } catch {
      stranded.push(to);
    }
  }
  return stranded;
}
