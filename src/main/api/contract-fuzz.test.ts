import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { mutate, randomBrokenFrame, randomJson, seededRng } from '../../../test-support/fuzz-payloads';
import {
  databaseFingerprint,
  exchangeFrame,
  openSocket,
  startInProcessWeb,
  type InProcessWeb,
} from '../../../test-support/in-process-web';

const PAYLOADS_PER_METHOD = 1_000;

/** A valid input per method, which the generator breaks one field at a time. */
const VALID_BASES: Record<MethodName, Record<string, unknown>> = {
  'app.info': {},
  'settings.get': {},
  'settings.set': { theme: 'dark', confirmBeforeOrder: true, decisionRetentionDays: 30, backupEveryHours: 12 },
  'log.list': { limit: 10, before: 5, levels: ['info'], module: 'web' },
  'vault.status': {},
  'vault.setup': { mode: 'passphrase', passphrase: 'a long enough passphrase' },
  'vault.unlock': { passphrase: 'a long enough passphrase' },
  'vault.lock': {},
  'vault.changePassphrase': { current: 'a long enough passphrase', next: 'another long passphrase' },
  'accounts.list': {},
  'accounts.create': { name: 'Fuzz', environment: 'custom', baseUrl: 'http://127.0.0.1:9/', apiKey: 'k'.repeat(64), apiSecret: 's'.repeat(64) },
  'accounts.update': { id: 1, name: 'Renamed' },
  'accounts.remove': { id: 1 },
  'accounts.test': { id: 1 },
  'auth.state': {},
  'sessions.list': {},
  'sessions.revoke': { id: 'abc' },
  'audit.list': { limit: 5, before: 3 },
  'backup.list': {},
  'backup.create': {},
  'backup.restore': { id: 'tradewind-20250101T000000000Z-manual.db' },
  'export.create': { dataset: 'fills', format: 'csv', from: 0, to: 1 },
  'exchange.connect': { accountId: 1 },
  'exchange.disconnect': { accountId: 1 },
  'exchange.status': {},
  'markets.list': { accountId: 1, search: 'BTC', limit: 10 },
  'markets.filters': { accountId: 1, symbol: 'BTCUSDT' },
  'orders.place': { accountId: 1, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001', price: '42000' },
  'orders.cancel': { accountId: 1, clientOrderId: 'tw1' },
  'orders.replace': { accountId: 1, clientOrderId: 'tw1', price: '41000' },
  'orders.history': { accountId: 1, symbol: 'BTCUSDT', state: 'open', origin: 'manual', cursor: { time: 5, key: 'tw1' }, limit: 50 },
  'fills.history': { accountId: 1, side: 'BUY', from: 1, to: 9, limit: 50 },
  'portfolio.balances': { accountId: 1 },
  'portfolio.positions': { accountId: 1, isOpenOnly: true },
  'portfolio.pnl': { accountId: 1, period: 'week', limit: 12 },
  'market.ticker': { accountId: 1, symbol: 'BTCUSDT' },
  'risk.limits': { accountId: 1 },
  'risk.setLimits': { accountId: 1, maxOrderValue: '500', maxOpenOrders: 10, maxOrdersPerMinute: 20, priceBandPct: 5, dailyLossLimit: '100' },
  'risk.killSwitch': {},
  'deployments.list': { accountId: 1 },
  'deployments.get': { id: 1 },
  'deployments.create': { accountId: 1, strategyType: 'rsi-reversal', params: { period: 14 }, symbol: 'BTCUSDT', timeframe: '1m', amountPerTrade: '100', mode: 'paper', paperCapital: '1000', limits: { maxTradesPerDay: 5, maxAmountPerTrade: '200', cooldownMinutes: 10, maxDrawdownPct: 20 }, start: false },
  'deployments.start': { id: 1 },
  'deployments.pause': { id: 1 },
  'deployments.resume': { id: 1 },
  'deployments.stop': { id: 1 },
  'deployments.update': { id: 1, params: { period: 10 }, amountPerTrade: '50' },
  'deployments.versions': { id: 1 },
  'deployments.decisions': { deploymentId: 1, from: 1, to: 9, signalsOnly: false, limit: 100 },
  'deployments.sessions': { id: 1 },
  'deployments.trades': { id: 1 },
  'deployments.divergence': { id: 1, sessionId: 1 },
  'notifications.list': { limit: 20, unreadOnly: false },
  'notifications.markRead': { ids: [1] },
  'reports.daily': { accountId: 1, month: '2024-03' },
  'reports.dailyGet': { accountId: 1, day: '2024-03-01' },
  'reports.generate': { accountId: 1 },
  'reports.snapshots': { accountId: 1, from: 1, to: 9, maxPoints: 100 },
  'reports.performance': { strategyId: 1, mode: 'paper', period: 'week', limit: 10 },
  'risk.engageKillSwitch': { reason: 'fuzz' },
  'risk.clearKillSwitch': {},
  'orders.cancelAll': { accountId: 1, symbol: 'BTCUSDT' },
  'orders.list': { accountId: 1, limit: 10 },
  'orders.reconcile': { accountId: 1 },
  'fills.list': { clientOrderId: 'tw1' },
  'market.watch': { accountId: 1, symbol: 'BTCUSDT', interval: '1m' },
  'market.unwatch': { accountId: 1, symbol: 'BTCUSDT', interval: '1m' },
  'candles.window': { venue: 'binance', symbol: 'BTCUSDT', interval: '1h', before: 5, limit: 10 },
  'candles.coverage': { venue: 'binance', symbol: 'BTCUSDT', interval: '1m' },
  'candles.import': { path: '/nonexistent/klines.csv', venue: 'binance', symbol: 'BTCUSDT', interval: '1m' },
  'candles.download': { venue: 'binance', symbol: 'BTCUSDT', interval: '1m', from: 0, to: 1 },
  'candles.downloads': {},
  'candles.cancelDownload': { id: 1 },
  'candles.resumeDownload': { id: 1 },
  'candles.derive': { venue: 'binance', symbol: 'BTCUSDT', interval: '15m' },
  'fills.chart': { accountId: 1, symbol: 'BTCUSDT', since: 0, limit: 10 },
  'strategies.list': {},
  'backtests.run': { strategy: 'rsi-reversal', params: {}, venue: 'binance', symbol: 'BTCUSDT', interval: '1h', from: 0, to: 1 },
  'backtests.cancel': { id: 1 },
  'backtests.list': { limit: 10 },
  'sweeps.run': { strategy: 'ma-crossover', grid: { short: [10, 20] }, venue: 'binance', symbol: 'BTCUSDT', interval: '1h', from: 0, to: 1 },
  'sweeps.cancel': { id: 1 },
  'sweeps.get': { id: 1 },
  'backtests.get': { id: 1 },
};

/**
 * Methods that only read get any input, and must answer valid input with a valid reply. Every
 * other method writes something (a row, a file, the vault's state), so only input the contract
 * refuses is thrown at it, and nothing may change.
 */
const READS: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'settings.get',
  'log.list',
  'vault.status',
  'accounts.list',
  'auth.state',
  'sessions.list',
  'audit.list',
  'backup.list',
  'exchange.status',
  'markets.list',
  'markets.filters',
  'orders.list',
  'fills.list',
  'candles.window',
  'candles.coverage',
  'candles.downloads',
  'fills.chart',
  'strategies.list',
  'backtests.list',
  'backtests.get',
  'sweeps.get',
  'reports.daily',
  'reports.dailyGet',
  'reports.snapshots',
  'reports.performance',
  'notifications.list',
  'deployments.divergence',
]);

/** A read about something that does not exist answers NOT_FOUND: a valid reply, not a failure. */
const READ_ERRORS = new Set(['BAD_INPUT', 'NOT_FOUND']);

interface ResultFrame {
  t: 'result';
  id: unknown;
  result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
}

let web: InProcessWeb;
let socket: WebSocket;
let fingerprintBefore: string;

beforeAll(async () => {
  // No scheduled jobs (backups, purges, reports): only the fuzzed calls may touch the database.
  web = await startInProcessWeb({ isHostingShell: false });
  socket = await openSocket(`${web.wsUrl}?token=${web.token}`, { Cookie: await web.signIn() });
  // Connecting wrote a log line (before the socket opened); from here on nothing may be written.
  expect(web.app.logRepo.list({ limit: 1 }).entries[0]?.message).toBe('Client connected');
  fingerprintBefore = databaseFingerprint(web.app);
});

afterAll(async () => {
  socket.close();
  await web.close();
});

describe('contract under hostile input, through the WebSocket transport', () => {
  it.each(METHOD_NAMES)(`answers ${PAYLOADS_PER_METHOD} malformed payloads to %s with BAD_INPUT or a valid reply`, async (method) => {
    const rng = seededRng(method.length * 7919 + method.charCodeAt(0));
    const spec = contract.methods[method];
    const codes = new Map<string, number>();
    let sent = 0;
    while (sent < PAYLOADS_PER_METHOD) {
      // Judge exactly what travels: the JSON text, parsed back.
      const input: unknown = JSON.parse(JSON.stringify(rng() < 0.5 ? mutate(rng, VALID_BASES[method]) : randomJson(rng)) ?? 'null');
      if (!READS.has(method) && spec.input.safeParse(input).success) continue;
      sent++;
      const reply = (await exchangeFrame(socket, JSON.stringify({ t: 'call', id: sent, method, input }))) as ResultFrame;
      expect(reply.id).toBe(sent);
      if (reply.result.ok) {
        expect(READS.has(method), `${method} accepted ${JSON.stringify(input)}`).toBe(true);
        expect(spec.output.safeParse(reply.result.value).success).toBe(true);
        codes.set('ok', (codes.get('ok') ?? 0) + 1);
      } else {
        const allowed = READS.has(method) ? READ_ERRORS : new Set(['BAD_INPUT']);
        expect(allowed.has(reply.result.error.code), `${method} answered ${reply.result.error.code} to ${JSON.stringify(input).slice(0, 200)}`).toBe(true);
        codes.set('BAD_INPUT', (codes.get('BAD_INPUT') ?? 0) + 1);
      }
    }
    expect(codes.get('BAD_INPUT') ?? 0).toBeGreaterThan(0);
  });

  it('answers 1,000 broken frames without dropping the connection', async () => {
    const rng = seededRng(424242);
    for (let i = 0; i < 1_000; i++) {
      const frame = randomBrokenFrame(rng);
      const reply = (await exchangeFrame(socket, frame)) as ResultFrame;
      if (!reply.result.ok) expect(['BAD_INPUT', 'UNKNOWN_METHOD']).toContain(reply.result.error.code);
    }
  });

  it('is still serving, and no row of any table changed', async () => {
    const reply = (await exchangeFrame(socket, JSON.stringify({ t: 'call', id: 'final', method: 'app.info', input: {} }))) as ResultFrame;
    expect(reply.result.ok).toBe(true);
    expect(databaseFingerprint(web.app)).toBe(fingerprintBefore);
  });
});
