import fs from 'node:fs';
import path from 'node:path';
import { type Shell } from '../../shared/domain/enums';

const LOCK_FILE = 'tradewind.lock';

interface LockOwner {
  pid: number;
  shell: Shell;
  startedAt: number;
}

/**
 * One trading host per data folder: two shells placing orders from the same journal would
 * race each other. A lock left by a process that no longer exists is taken over.
 */
export function acquireInstanceLock(dataDir: string, shell: Shell): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, shell, startedAt: Date.now() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      return () => releaseIfOurs(file);
    } catch (error: unknown) {
      if (!isErrno(error, 'EEXIST')) throw error;
      const holder = readOwner(file);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new Error(
          `The data folder ${dataDir} is in use by the ${holder.shell} shell (pid ${holder.pid}). ` +
            'Stop it first, or choose another folder with --data-dir.',
          { cause: error },
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}

function releaseIfOurs(file: string): void {
  if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}

function readOwner(file: string): LockOwner | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof value.pid === 'number' ? (value as LockOwner) : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return isErrno(error, 'EPERM');
  }
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}
