import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireInstanceLock } from './instance-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-lock-'));
  dirs.push(dir);
  return dir;
}

describe('instance lock', () => {
  it('refuses a second host while a live process holds the folder, naming it', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      fs.writeFileSync(path.join(dir, 'tradewind.lock'), JSON.stringify({ pid: holder.pid, shell: 'web', startedAt: 0 }));
      expect(() => acquireInstanceLock(dir, 'desktop')).toThrow(`in use by the web shell (pid ${holder.pid})`);
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
  });

  it('takes over a lock left by a process that is gone, and releases it', async () => {
    const dir = tempDir();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    fs.writeFileSync(path.join(dir, 'tradewind.lock'), JSON.stringify({ pid: gone.pid, shell: 'web', startedAt: 0 }));
    const release = acquireInstanceLock(dir, 'web');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'tradewind.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(fs.existsSync(path.join(dir, 'tradewind.lock'))).toBe(false);
  });
});
