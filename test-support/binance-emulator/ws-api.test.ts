import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { keyString } from './fixtures';
import { ROWS } from './market-fixtures';
import { startBinanceEmulator } from './server';
import { type BinanceEmulator } from './types';

// The WebSocket API on the wire, signed here by hand as Binance documents it.
const KEY = keyString('wsApiKey');
const SECRET = keyString('wsApiSecret');
const NOW = Date.UTC(2026, 6, 1, 12, 0, 0);

let emulator: BinanceEmulator;
let socket: WebSocket;
let inbox: Record<string, unknown>[];
let waiting: { count: number; resolve: () => void } | undefined;

function received(count: number): Promise<void> {
  if (inbox.length >= count) return Promise.resolve();
  return new Promise((resolve) => (waiting = { count, resolve }));
}

async function request(message: object): Promise<Record<string, unknown>> {
  const before = inbox.length;
  socket.send(JSON.stringify(message));
  await received(before + 1);
  return inbox[before] ?? {};
}

function signed(params: Record<string, string | number>): Record<string, string | number> {
  const payload = Object.keys(params)
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join('&');
  return { ...params, signature: createHmac('sha256', SECRET).update(payload).digest('hex') };
}

beforeEach(async () => {
  emulator = await startBinanceEmulator({
    keys: [{ apiKey: KEY, secretKey: SECRET, balances: [{ asset: 'USDT', free: '1000', locked: '0' }] }],
    market: { BTCUSDT: { rows: ROWS, interval: '1m' } },
    now: () => NOW,
  });
  inbox = [];
  socket = new WebSocket(`${emulator.url.replace('http', 'ws')}/ws-api/v3`);
  socket.on('message', (data: Buffer) => {
    inbox.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>);
    if (waiting !== undefined && inbox.length >= waiting.count) waiting.resolve();
  });
  await new Promise((resolve) => socket.once('open', resolve));
});

afterEach(async () => {
  socket.close();
  await emulator.close();
});

describe('the WebSocket API envelope', () => {
  it('answers ping and time with id, status, result and rateLimits', async () => {
    expect(await request({ id: 'a', method: 'ping' })).toEqual({
      id: 'a',
      status: 200,
      result: {},
      rateLimits: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 1 }],
    });
    expect(await request({ id: 7, method: 'time' })).toMatchObject({ id: 7, status: 200, result: { serverTime: NOW } });
    expect(await request({ id: 8, method: 'order.place', params: {} })).toMatchObject({ id: 8, status: 400, error: { code: -1020, msg: 'This operation is not supported.' } });
  });
});

describe('userDataStream.subscribe.signature', () => {
  it('verifies the sorted-parameter signature and pushes every account event wrapped with the subscription id', async () => {
    const params = signed({ timestamp: NOW, recvWindow: 10000, apiKey: KEY });
    expect(await request({ id: '1', method: 'userDataStream.subscribe.signature', params })).toMatchObject({ id: '1', status: 200, result: { subscriptionId: 0 } });
    expect(await request({ id: '2', method: 'session.subscriptions' })).toMatchObject({ result: [{ subscriptionId: 0 }] });

    const before = inbox.length;
    emulator.placeOrder(KEY, { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.5', newClientOrderId: 'raw-1' });
    await received(before + 2);
    const [report, position] = inbox.slice(before);
    expect(report).toEqual({
      subscriptionId: 0,
      event: {
        e: 'executionReport', E: NOW, s: 'BTCUSDT', c: 'raw-1', S: 'BUY', o: 'LIMIT', f: 'GTC', q: '0.10000000', p: '99.50000000',
        P: '0.00000000', F: '0.00000000', g: -1, C: '', x: 'NEW', X: 'NEW', r: 'NONE', i: 1, l: '0.00000000', z: '0.00000000',
        L: '0.00000000', n: '0', N: null, T: NOW, t: -1, I: 1, w: true, m: false, M: false, O: NOW, Z: '0.00000000',
        Y: '0.00000000', Q: '0.00000000', W: NOW, V: 'EXPIRE_MAKER',
      },
    });
    expect(position).toEqual({ subscriptionId: 0, event: { e: 'outboundAccountPosition', E: NOW, u: NOW, B: [{ a: 'USDT', f: '990.05000000', l: '9.95000000' }] } });
  });

  it.each([
    ['a wrong signature', { ...signed({ apiKey: KEY, timestamp: NOW }), signature: '0'.repeat(64) }, 400, -1022, 'Signature for this request is not valid.'],
    ['a stale timestamp', signed({ apiKey: KEY, timestamp: NOW - 5001 }), 400, -1021, 'Timestamp for this request is outside of the recvWindow.'],
    ['no apiKey', signed({ timestamp: NOW }), 400, -1102, "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed."],
    ['an unknown key', signed({ apiKey: keyString('nobody'), timestamp: NOW }), 401, -2015, 'Invalid API-key, IP, or permissions for action.'],
    ['no signature', { apiKey: KEY, timestamp: NOW }, 400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed."],
  ])('rejects %s', async (_case, params, status, code, msg) => {
    expect(await request({ id: 'x', method: 'userDataStream.subscribe.signature', params })).toMatchObject({ id: 'x', status, error: { code, msg } });
  });
});
