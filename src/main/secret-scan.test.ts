import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { keyString } from '../../test-support/binance-emulator/fixtures';
import { ROWS } from '../../test-support/binance-emulator/market-fixtures';
import { startBinanceEmulator } from '../../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../../test-support/binance-emulator/types';
import { openSocket, startInProcessWeb, type InProcessWeb } from '../../test-support/in-process-web';
import { TEST_PASSPHRASE } from '../../test-support/test-crypto';
import { METHOD_NAMES, type MethodName } from '../shared/contract';
import { rawToString } from './web/raw-data';

/**
 * The vault's promise, checked end to end: after accounts with known keys were created, tested,
 * changed, backed up and exported through the real transport, no reply, event, log line,
 * console line, database file, backup or export holds any secret, in any common encoding.
 */
const SECRETS = {
  firstSecret: keyString('firstSecretValueNeverShown'),
  secondSecret: keyString('secondSecretValueNeverShown'),
  replacementSecret: keyString('replacementSecretNeverShown'),
  firstApiKey: keyString('firstApiKeyOnlyMasked'),
  secondApiKey: keyString('secondApiKeyOnlyMasked'),
  replacementApiKey: keyString('replacementApiKeyOnlyMasked'),
  passphrase: TEST_PASSPHRASE,
  newPassphrase: 'a second passphrase, also secret',
};

function encodings(secret: string): Array<[string, Buffer]> {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    ['plaintext', bytes],
    ['hex', Buffer.from(bytes.toString('hex'))],
    ['HEX', Buffer.from(bytes.toString('hex').toUpperCase())],
    ['base64', Buffer.from(bytes.toString('base64').replace(/=+$/, ''))],
    ['base64url', Buffer.from(bytes.toString('base64url'))],
  ];
}

let emulator: BinanceEmulator;
let web: InProcessWeb;
let socket: WebSocket;
const received: string[] = [];
const consoleLines: string[] = [];
const called = new Set<MethodName>();
let nextId = 1;

async function call(method: MethodName, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message?: string } }> {
  called.add(method);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method} got no reply`)), 10_000);
    const onMessage = (data: WebSocket.RawData): void => {
      const frame = JSON.parse(rawToString(data)) as { t: string; id?: number; result?: { ok: boolean } };
      if (frame.t !== 'result' || frame.id !== id) return;
      socket.off('message', onMessage);
      clearTimeout(timer);
      resolve(frame.result as { ok: boolean });
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ t: 'call', id, method, input }));
  });
}

beforeAll(async () => {
  emulator = await startBinanceEmulator({
    market: { BTCUSDT: { rows: ROWS, interval: '1m' } },
    replay: { speed: 0 },
    keys: [
      {
        apiKey: SECRETS.firstApiKey,
        secretKey: SECRETS.firstSecret,
        permissions: { canWithdraw: true },
        balances: [{ asset: 'USDT', free: '10000', locked: '0' }, { asset: 'BTC', free: '1', locked: '0' }],
      },
      { apiKey: SECRETS.secondApiKey, secretKey: SECRETS.secondSecret },
      { apiKey: SECRETS.replacementApiKey, secretKey: SECRETS.replacementSecret },
    ],
  });
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    consoleLines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  });
  web = await startInProcessWeb();
  socket = await openSocket(`${web.wsUrl}?token=${web.token}`, { Cookie: await web.signIn(SECRETS.passphrase) });
  socket.on('message', (data: WebSocket.RawData) => received.push(rawToString(data)));
});

afterAll(async () => {
  socket.close();
  await web.close();
  await emulator.close();
});

describe('no secret leaves the vault', () => {
  it('through any reply, event, log line, file, backup or export', async () => {
    const custom = { environment: 'custom', baseUrl: emulator.url } as const;
    const first = await call('accounts.create', { name: 'First', ...custom, apiKey: SECRETS.firstApiKey, apiSecret: SECRETS.firstSecret });
    const second = await call('accounts.create', { name: 'Second', ...custom, apiKey: SECRETS.secondApiKey, apiSecret: SECRETS.secondSecret });
    await call('accounts.create', { name: 'Paper', environment: 'paper' });
    const firstId = (first.value as { id: number }).id;
    const secondId = (second.value as { id: number }).id;
    expect(await call('accounts.test', { id: firstId })).toMatchObject({ ok: true, value: { canWithdraw: true } });
    expect(await call('accounts.test', { id: secondId })).toMatchObject({ ok: true });
    await call('accounts.update', { id: secondId, apiKey: SECRETS.replacementApiKey, apiSecret: SECRETS.replacementSecret });
    await call('accounts.update', { id: firstId, name: 'First renamed' });
    await call('accounts.test', { id: secondId });
    await call('accounts.list', {});
    // Refused input that carries secrets must not echo them back.
    expect(await call('accounts.create', { name: '', environment: 'custom', baseUrl: 'not a url', apiKey: SECRETS.firstApiKey, apiSecret: SECRETS.firstSecret })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call('accounts.update', { id: firstId, apiKey: SECRETS.firstApiKey })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call('vault.unlock', { passphrase: SECRETS.passphrase, extra: SECRETS.firstSecret })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call('vault.setup', { mode: 'passphrase', passphrase: SECRETS.passphrase })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await call('vault.unlock', { passphrase: SECRETS.passphrase });
    await call('vault.unlock', { passphrase: 'not the passphrase at all' });
    expect(await call('vault.changePassphrase', { current: SECRETS.passphrase, next: SECRETS.newPassphrase })).toMatchObject({ ok: true });

    // Trading on the first account: the live connection holds the key in memory, and nothing else.
    expect(await call('exchange.connect', { accountId: firstId })).toMatchObject({ ok: true, value: { state: 'connected' } });
    await call('exchange.status', {});
    await call('markets.list', { accountId: firstId, search: 'BTC' });
    await call('market.watch', { accountId: firstId, symbol: 'BTCUSDT', interval: '1m' });
    await call('market.unwatch', { accountId: firstId, symbol: 'BTCUSDT', interval: '1m' });
    const resting = (await call('orders.place', { accountId: firstId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '90' })) as { value: { clientOrderId: string } };
    const filled = (await call('orders.place', { accountId: firstId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' })) as { value: { clientOrderId: string } };
    await call('fills.list', { clientOrderId: filled.value.clientOrderId });
    await call('orders.list', { accountId: firstId });
    await call('markets.filters', { accountId: firstId, symbol: 'BTCUSDT' });
    await call('market.ticker', { accountId: firstId, symbol: 'BTCUSDT' });
    await call('portfolio.balances', { accountId: firstId });
    await call('portfolio.positions', { accountId: firstId });
    await call('portfolio.pnl', { accountId: firstId, period: 'day' });
    await call('orders.history', { accountId: firstId });
    await call('fills.history', { accountId: firstId });
    await call('risk.setLimits', { accountId: firstId, maxOrderValue: '1000', maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null });
    await call('risk.limits', { accountId: firstId });
    const moved = (await call('orders.replace', { accountId: firstId, clientOrderId: resting.value.clientOrderId, price: '91' })) as { value: { placed: { clientOrderId: string } } };
    await call('orders.cancel', { accountId: firstId, clientOrderId: moved.value.placed.clientOrderId });
    await call('orders.place', { accountId: firstId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.999' });
    await call('orders.cancelAll', { accountId: firstId, symbol: 'BTCUSDT' });
    await call('orders.reconcile', { accountId: firstId });
    await call('fills.chart', { accountId: firstId, symbol: 'BTCUSDT' });
    const deployment = (await call('deployments.create', { accountId: firstId, strategyType: 'rsi-reversal', params: {}, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '100', mode: 'paper', start: false })) as { value: { id: number } };
    const deploymentId = deployment.value.id;
    await call('deployments.update', { id: deploymentId, params: { period: 10 } });
    await call('deployments.start', { id: deploymentId });
    await call('deployments.pause', { id: deploymentId });
    await call('deployments.resume', { id: deploymentId });
    await call('deployments.stop', { id: deploymentId });
    await call('deployments.list', {});
    await call('deployments.get', { id: deploymentId });
    await call('deployments.versions', { id: deploymentId });
    await call('deployments.decisions', { deploymentId });
    await call('deployments.sessions', { id: deploymentId });
    await call('deployments.trades', { id: deploymentId });
    await call('deployments.divergence', { id: deploymentId });
    await call('notifications.list', {});
    await call('notifications.markRead', {});
    await call('reports.generate', { accountId: firstId });
    await call('reports.daily', { accountId: firstId, month: new Date().toISOString().slice(0, 7) });
    await call('reports.dailyGet', { accountId: firstId, day: new Date().toISOString().slice(0, 10) });
    await call('reports.snapshots', { accountId: firstId });
    await call('reports.performance', { period: 'all' });
    await call('risk.engageKillSwitch', { reason: 'scan' });
    await call('risk.killSwitch', {});
    await call('risk.clearKillSwitch', {});
    // Market data of the account's venue: the downloads' public client is keyless.
    const venue = `custom:${emulator.url}`;
    const download = (await call('candles.download', { venue, symbol: 'BTCUSDT', interval: '1m', from: 0, to: Date.now() })) as { value: { id: number } };
    await call('candles.cancelDownload', { id: download.value.id });
    await call('candles.resumeDownload', { id: download.value.id });
    await call('candles.downloads', {});
    await call('candles.coverage', {});
    await call('candles.window', { venue, symbol: 'BTCUSDT', interval: '1m' });
    await call('candles.derive', { venue, symbol: 'BTCUSDT', interval: '5m' });
    await call('candles.import', { path: '/nonexistent/klines.csv', symbol: 'BTCUSDT', interval: '1m' });
    await call('strategies.list', {});
    const backtest = (await call('backtests.run', { strategy: 'rsi-reversal', venue, symbol: 'BTCUSDT', interval: '1m', from: 0, to: Date.now() })) as { ok: boolean; value?: { id: number } };
    if (backtest.value !== undefined) await call('backtests.cancel', { id: backtest.value.id });
    else await call('backtests.cancel', { id: 1 });
    await call('backtests.list', {});
    await call('sweeps.run', { strategy: 'ma-crossover', grid: { short: [10, 20] }, venue, symbol: 'BTCUSDT', interval: '1m', from: 0, to: Date.now() });
    await call('sweeps.cancel', { id: 1 });
    await call('sweeps.get', { id: 1 });
    await call('backtests.get', { id: 1 });
    await call('exchange.disconnect', { accountId: firstId });

    await call('app.info', {});
    await call('auth.state', {});
    await call('vault.status', {});
    await call('settings.get', {});
    await call('settings.set', { theme: 'light' });
    await call('sessions.list', {});
    await call('sessions.revoke', { id: 'no-such-session' });
    await call('audit.list', { limit: 500 });
    for (let before: number | undefined, page = 0; page < 50; page++) {
      const result = (await call('log.list', { limit: 500, ...(before === undefined ? {} : { before }) })) as { value: { nextBefore: number | null } };
      if (result.value.nextBefore === null) break;
      before = result.value.nextBefore;
    }
    const backup = await call('backup.create', {});
    expect(backup.ok).toBe(true);
    await call('backup.list', {});
    for (const dataset of ['orders', 'fills'] as const) {
      for (const format of ['csv', 'json'] as const) {
        expect(await call('export.create', { dataset, format, from: 0, to: Date.now() })).toMatchObject({ ok: true });
      }
    }
    await call('backup.restore', { id: 'tradewind-20000101T000000000Z-manual.db' });
    await call('accounts.remove', { id: 999 });
    expect(await call('vault.lock', {})).toMatchObject({ ok: true });

    expect(METHOD_NAMES.filter((name) => !called.has(name)), 'every contract method was exercised').toEqual([]);

    const places: Array<[string, Buffer]> = [
      ['websocket frames', Buffer.from(received.join('\n'))],
      ['console output', Buffer.from(consoleLines.join(''))],
      ['system_log rows', Buffer.from(JSON.stringify(web.app.store.sqlite.prepare('SELECT * FROM system_log').all()))],
      ['audit_log rows', Buffer.from(JSON.stringify(web.app.store.sqlite.prepare('SELECT * FROM audit_log').all()))],
      ...filesUnder(web.dataDir),
    ];
    expect(places.map(([name]) => name)).toEqual(expect.arrayContaining(['tradewind.db', expect.stringMatching(/^backups\//), expect.stringMatching(/^exports\//)]));
    const leaks: string[] = [];
    for (const [secretName, secret] of Object.entries(SECRETS)) {
      for (const [encoding, needle] of encodings(secret)) {
        for (const [place, haystack] of places) {
          if (haystack.includes(needle)) leaks.push(`${secretName} (${encoding}) in ${place}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});

/** Every file in the data folder (database, WAL, backups, exports), read raw. */
function filesUnder(root: string): Array<[string, Buffer]> {
  const found: Array<[string, Buffer]> = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found.push([path.relative(root, full), fs.readFileSync(full)]);
  }
  return found;
}
