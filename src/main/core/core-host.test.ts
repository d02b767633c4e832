import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../../../test-support/test-crypto';
import { unwrap } from '../../shared/rpc/unwrap';
import { callCore } from '../api/call';
import { findMigrationsDir } from '../config/project-paths';
import { openCoreHost, type CoreHost } from './core-host';

const dirs: string[] = [];
const hosts: CoreHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function openHost(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-host-'))): Promise<CoreHost> {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const host = await openCoreHost({ shell: 'web', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error', scrypt: TEST_SCRYPT });
  hosts.push(host);
  return host;
}

const ctx = { transport: 'test' } as const;

describe('restoring a backup while running', () => {
  it('brings the old data back, keeps the replaced file aside, locks the vault and records it', async () => {
    const host = await openHost();
    await callCore(host.router, 'vault.setup', { mode: 'passphrase', passphrase: TEST_PASSPHRASE }, ctx);
    await callCore(host.router, 'settings.set', { theme: 'light' }, ctx);
    const backup = unwrap(await callCore(host.router, 'backup.create', {}, ctx));
    await callCore(host.router, 'settings.set', { theme: 'dark', confirmBeforeOrder: false }, ctx);
    let reloads = 0;
    host.onReload(() => reloads++);

    const restored = unwrap(await callCore(host.router, 'backup.restore', { id: backup.id }, ctx));
    expect(restored.restoredFrom.id).toBe(backup.id);
    expect(restored.keptAside).not.toBeNull();
    expect(fs.existsSync(restored.keptAside ?? '')).toBe(true);
    expect(reloads).toBe(1);
    expect(unwrap(await callCore(host.router, 'settings.get', {}, ctx))).toMatchObject({ theme: 'light', confirmBeforeOrder: true });
    expect(unwrap(await callCore(host.router, 'vault.status', {}, ctx)).state).toBe('locked');
    const audit = unwrap(await callCore(host.router, 'audit.list', {}, ctx));
    expect(audit.entries[0]).toMatchObject({ action: 'backup.restore', target: `backup:${backup.id}` });
    // The restored file holds the history up to its backup; what came after is in the file kept aside.
    expect(audit.entries.map((entry) => entry.action)).toEqual(['backup.restore', 'settings.set', 'vault.setup']);
    const reasons = unwrap(await callCore(host.router, 'backup.list', {}, ctx)).backups.map((entry) => entry.reason);
    expect(reasons).toContain('pre-restore');
  });
});

describe('a database that cannot be read', () => {
  it('is explained, left untouched, and can be replaced by the latest good backup', async () => {
    const first = await openHost();
    const dataDir = first.config.dataDir;
    await callCore(first.router, 'settings.set', { theme: 'light' }, ctx);
    const backup = unwrap(await callCore(first.router, 'backup.create', {}, ctx));
    first.close();
    hosts.splice(hosts.indexOf(first), 1);

    const file = path.join(dataDir, 'tradewind.db');
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(100, 0x41), 0, 100, 0);
    fs.closeSync(handle);
    const damaged = fs.readFileSync(file);

    const host = await openHost(dataDir);
    expect(host.current()).toBeNull();
    const info = unwrap(await callCore(host.router, 'app.info', {}, ctx));
    expect(info.status.state).toBe('degraded');
    expect(info.recovery?.problem).toMatch(/tradewind backup restore --latest/);
    expect(info.recovery?.latestBackup?.id).toBe(backup.id);
    expect(await callCore(host.router, 'settings.get', {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);

    unwrap(await callCore(host.router, 'backup.restore', { id: backup.id }, ctx));
    expect(host.current()).not.toBeNull();
    expect(unwrap(await callCore(host.router, 'settings.get', {}, ctx)).theme).toBe('light');
    expect(unwrap(await callCore(host.router, 'app.info', {}, ctx))).toMatchObject({ status: { state: 'ready' }, recovery: null });
  });
});
