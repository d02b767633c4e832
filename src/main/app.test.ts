import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unwrap } from '../shared/rpc/unwrap';
import { TEST_SCRYPT } from '../../test-support/test-crypto';
import { callCore } from './api/call';
import { type App } from './app';
import { findMigrationsDir } from './config/project-paths';
import { openCoreHost, type CoreHost } from './core/core-host';
import { auditLog, settings } from './store/schema';

const dirs: string[] = [];
const hosts: CoreHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  readonly core: CoreHost;
  readonly app: App;
  readonly router: CoreHost['router'];
  readonly dataDir: string;
  close(): void;
}

async function open(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-app-'))): Promise<Opened> {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const core = await openCoreHost({ shell: 'web', dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error', scrypt: TEST_SCRYPT });
  hosts.push(core);
  const app = core.current();
  if (app === null) throw new Error('expected the database to open');
  return { core, app, router: core.router, dataDir, close: () => core.close() };
}

describe('the core, through its router', () => {
  it('reports version, shell, data folder and the schema version read from the store', async () => {
    const app = await open();
    const info = unwrap(await callCore(app.router, 'app.info', {}, { transport: 'test' }));
    expect(info).toMatchObject({
      shell: 'web',
      dataDir: app.dataDir,
      databaseFile: path.join(app.dataDir, 'tradewind.db'),
      schemaVersion: app.app.store.schemaVersion().version,
      status: { state: 'ready' },
      recovery: null,
    });
    expect(app.app.store.schemaVersion().version).toBeGreaterThan(0);
  });

  it('keeps settings across a restart on the same data folder, with an audit entry per change', async () => {
    const first = await open();
    expect(unwrap(await callCore(first.router, 'settings.get', {}, { transport: 'test' }))).toMatchObject({
      theme: 'dark',
      confirmBeforeOrder: true,
    });
    await callCore(first.router, 'settings.set', { theme: 'light', confirmBeforeOrder: false }, { transport: 'test' });
    expect(first.app.store.db.select().from(auditLog).all()).toMatchObject([{ actor: 'user', action: 'settings.set' }]);
    first.close();

    const second = await open(first.dataDir);
    expect(unwrap(await callCore(second.router, 'settings.get', {}, { transport: 'test' }))).toMatchObject({
      theme: 'light',
      confirmBeforeOrder: false,
    });
  });

  it('refuses bad settings with BAD_INPUT and the zod issues, writing nothing', async () => {
    const app = await open();
    const result = await app.router.dispatch('settings.set', { theme: 'purple', extra: 1 }, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { issues: expect.any(Array) as unknown[] } } });
    expect(app.app.store.db.select().from(settings).all()).toEqual([]);
    expect(app.app.store.db.select().from(auditLog).all()).toEqual([]);
  });

  it('falls back to the default for a stored setting that no longer fits, and says so in the log', async () => {
    const app = await open();
    app.app.store.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"neon\"', 0)").run();
    expect(unwrap(await callCore(app.router, 'settings.get', {}, { transport: 'test' }))).toMatchObject({ theme: 'dark' });
    const log = unwrap(await callCore(app.router, 'log.list', { levels: ['warn'] }, { transport: 'test' }));
    expect(log.entries[0]?.message).toContain('Stored setting "theme" is invalid');
  });

  it('pages the log newest first and filters by level and module', async () => {
    const app = await open();
    for (let i = 0; i < 7; i++) app.core.logger.child(i % 2 === 0 ? 'even' : 'odd').info(`line ${i}`);
    app.core.logger.child('odd').warn('a warning');

    const firstPage = unwrap(await callCore(app.router, 'log.list', { limit: 3, module: 'odd' }, { transport: 'test' }));
    expect(firstPage.entries.map((entry) => entry.message)).toEqual(['a warning', 'line 5', 'line 3']);
    expect(firstPage.nextBefore).not.toBeNull();
    const secondPage = unwrap(
      await callCore(app.router, 'log.list', { limit: 3, module: 'odd', before: firstPage.nextBefore ?? undefined }, { transport: 'test' }),
    );
    expect(secondPage.entries.map((entry) => entry.message)).toEqual(['line 1']);
    expect(secondPage.nextBefore).toBeNull();
    expect(secondPage.modules).toEqual(expect.arrayContaining(['even', 'odd']));

    const warnings = unwrap(await callCore(app.router, 'log.list', { levels: ['warn', 'error'] }, { transport: 'test' }));
    expect(warnings.entries.map((entry) => entry.message)).toEqual(['a warning']);
  });

  it('announces every stored log line on the bus', async () => {
    const app = await open();
    const seen: unknown[] = [];
    app.core.bus.on((name, payload) => {
      if (name === 'log.appended') seen.push(payload);
    });
    const id = app.core.logger.child('test').info('hello', { apiKey: 'AKIA-secret', size: 3 });
    expect(seen).toEqual([expect.objectContaining({ id, module: 'test', message: 'hello', context: { apiKey: '[redacted]', size: 3 } })]);
  });
});
