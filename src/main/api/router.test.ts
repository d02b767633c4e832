import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { type AppInfo } from '../../shared/schemas/app';
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings';
import { createLogger, type LogRecord } from '../log/logger';
import { AppError } from './app-error';
import { type Handlers } from './handler-types';
import { createRouter } from './router';

const INFO: AppInfo = {
  name: 'Tradewind',
  version: '0.0.0-test',
  shell: 'web',
  dataDir: '/tmp/x',
  databaseFile: '/tmp/x/tradewind.db',
  schemaVersion: 1,
  schemaTag: '0000_init',
  platform: 'linux-x64',
  runtime: { node: '20', electron: null },
  status: { state: 'ready', startedAt: 1, at: 2, message: null },
  recovery: null,
};

function routerWith(overrides: Partial<Handlers>): { router: ReturnType<typeof createRouter>; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const logger = createLogger([{ write: (record) => (records.push(record), records.length) }]);
  const notUsedHere = (): never => {
    throw new Error('not used in these tests');
  };
  const handlers = {
    ...Object.fromEntries(METHOD_NAMES.map((name) => [name, notUsedHere])),
    'app.info': () => INFO,
    'settings.get': () => DEFAULT_SETTINGS,
    'settings.set': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    ...overrides,
  } as Handlers;
  return { router: createRouter(handlers, logger), records };
}

describe('router', () => {
  it('refuses names outside the contract as UNKNOWN_METHOD', async () => {
    const { router } = routerWith({});
    for (const name of ['orders.teleport', 'app.info.extra', '', 42, null, '__proto__', 'constructor']) {
      expect(await router.dispatch(name, {}, { transport: 'test' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('validates input before the handler runs', async () => {
    let calls = 0;
    const { router } = routerWith({
      'settings.set': (patch) => {
        calls++;
        return { ...DEFAULT_SETTINGS, ...patch };
      },
    });
    const result = await router.dispatch('settings.set', { theme: 42 }, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('settings.set') as string } });
    expect(calls).toBe(0);
    expect(await router.dispatch('settings.set', {}, { transport: 'test' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('passes AppErrors through as data', async () => {
    const { router } = routerWith({
      'settings.get': () => {
        throw new AppError('NOT_FOUND', 'nothing here', { key: 'x' });
      },
    });
    expect(await router.dispatch('settings.get', {}, { transport: 'test' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'nothing here', details: { key: 'x' } },
    });
  });

  it('reports any other failure as INTERNAL, keeping its text in the log and out of the reply', async () => {
    const { router, records } = routerWith({
      'app.info': () => {
        throw new Error('database is locked: key=AKIA-secret');
      },
    });
    const result = await router.dispatch('app.info', {}, { transport: 'test' });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error; details are in system log entry 1' } });
    expect(JSON.stringify(records[0]?.context)).toContain('database is locked');
  });

  it('strips every field the output schema does not name', async () => {
    const { router } = routerWith({ 'app.info': () => ({ ...INFO, apiSecret: 'leak' }) as AppInfo });
    const result = await router.dispatch('app.info', {}, { transport: 'test' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('leak');
  });

  it('treats output that breaks the contract as an internal error', async () => {
    const { router } = routerWith({ 'settings.get': () => ({ theme: 'neon' }) as never });
    expect(await router.dispatch('settings.get', {}, { transport: 'test' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
