import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyString } from './fixtures';
import { startBinanceEmulator } from './server';
import { type BinanceEmulator } from './types';

// What ccxt never sends, checked on the wire against a pinned clock.
const KEY = keyString('wireKey');
const SECRET = keyString('wireSecret');
const T0 = Date.UTC(2026, 6, 1, 12, 0, 10);

let emulator: BinanceEmulator;
let clockMs: number;

beforeEach(async () => {
  clockMs = T0;
  emulator = await startBinanceEmulator({ keys: [{ apiKey: KEY, secretKey: SECRET }], now: () => clockMs });
});

afterEach(async () => {
  await emulator.close();
});

interface Reply {
  status: number;
  headers: Headers;
  body: string;
}

async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(`${emulator.url}${pathAndQuery}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function sign(query: string): string {
  return `${query}&signature=${createHmac('sha256', SECRET).update(query).digest('hex')}`;
}

function account(query: string, headers: Record<string, string> = { 'X-MBX-APIKEY': KEY }): Promise<Reply> {
  return get(`/api/v3/account?${query}`, headers);
}

function error(code: number, msg: string): string {
  return JSON.stringify({ code, msg });
}

describe('request weight', () => {
  it('adds the documented weights per IP and minute, /api and /sapi apart', async () => {
    expect((await get('/api/v3/ping')).headers.get('x-mbx-used-weight-1m')).toBe('1');
    expect((await get('/api/v3/time')).headers.get('x-mbx-used-weight-1m')).toBe('2');
    expect((await get('/api/v3/exchangeInfo')).headers.get('x-mbx-used-weight-1m')).toBe('22');
    const rejected = await account(sign(`timestamp=${T0}`), {});
    expect(rejected.status).toBe(401);
    expect(rejected.headers.get('x-mbx-used-weight-1m')).toBe('42');
    const sapi = await get(`/sapi/v1/account/apiRestrictions?${sign(`timestamp=${T0}`)}`, { 'X-MBX-APIKEY': KEY });
    expect(sapi.headers.get('x-sapi-used-ip-weight-1m')).toBe('1');
    expect(emulator.usedWeight()).toEqual({ api: 42, sapi: 1 });

    clockMs = T0 + 50_000;
    expect((await get('/api/v3/time')).headers.get('x-mbx-used-weight-1m')).toBe('1');
  });
});

describe('unknown paths', () => {
  it('answer 404 with an empty body, like Binance and the Spot Testnet', async () => {
    for (const path of ['/api/v3/nothing', '/sapi/v1/nothing', '/', '/api/v3/ping/']) {
      const reply = await get(path);
      expect(reply).toMatchObject({ status: 404, body: '' });
      expect(reply.headers.get('content-type')).toMatch(/^text\/plain/);
    }
    const wrongMethod = await fetch(`${emulator.url}/api/v3/time`, { method: 'POST' });
    expect(wrongMethod.status).toBe(404);
  });
});

describe('SIGNED checks', () => {
  it('want the key header: missing is -2014, with HTTP 401', async () => {
    expect(await account(sign(`timestamp=${T0}`), {})).toMatchObject({ status: 401, body: error(-2014, 'API-key format invalid.') });
  });

  it('want timestamp and signature as mandatory parameters (-1102)', async () => {
    const mandatory = (name: string): string => error(-1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`);
    expect(await account(sign('recvWindow=5000'))).toMatchObject({ status: 400, body: mandatory('timestamp') });
    expect(await account(sign('timestamp=yesterday'))).toMatchObject({ status: 400, body: mandatory('timestamp') });
    expect(await account(`timestamp=${T0}`)).toMatchObject({ status: 400, body: mandatory('signature') });
  });

  it('accept the signature in upper case, and refuse one that is not the last parameter (-1022)', async () => {
    const query = `timestamp=${T0}`;
    const signature = createHmac('sha256', SECRET).update(query).digest('hex');
    expect((await account(`${query}&signature=${signature.toUpperCase()}`)).status).toBe(200);
    expect(await account(`signature=${signature}&${query}`)).toMatchObject({ status: 400, body: error(-1022, 'Signature for this request is not valid.') });
  });

  it('apply the timing rule exactly: less than 1000 ms ahead, at most recvWindow behind', async () => {
    const ahead = error(-1021, "Timestamp for this request was 1000ms ahead of the server's time.");
    const behind = error(-1021, 'Timestamp for this request is outside of the recvWindow.');
    expect((await account(sign(`timestamp=${T0 + 999}`))).status).toBe(200);
    expect(await account(sign(`timestamp=${T0 + 1000}`))).toMatchObject({ status: 400, body: ahead });
    expect((await account(sign(`timestamp=${T0 - 5000}`))).status).toBe(200);
    expect(await account(sign(`timestamp=${T0 - 5001}`))).toMatchObject({ status: 400, body: behind });
    expect((await account(sign(`timestamp=${T0 - 60_000}&recvWindow=60000`))).status).toBe(200);
    expect((await account(sign(`timestamp=${T0 - 2000}&recvWindow=2000.5`))).status).toBe(200);
  });

  it('take timestamps in microseconds too', async () => {
    expect((await account(sign(`timestamp=${T0 * 1000 - 4_999_999}`))).status).toBe(200);
    expect((await account(sign(`timestamp=${T0 * 1000 - 5_000_001}`))).status).toBe(400);
  });

  it('cap recvWindow at 60000 and allow at most three decimals', async () => {
    expect(await account(sign(`timestamp=${T0}&recvWindow=60001`))).toMatchObject({
      status: 400,
      body: error(-1131, 'recvWindow must be less than 60000'),
    });
    expect(await account(sign(`timestamp=${T0}&recvWindow=5000.1234`))).toMatchObject({ status: 400, body: error(-1100, 'Illegal characters found in a parameter.') });
  });
});

describe('exchangeInfo parameters', () => {
  it('reject malformed, duplicate and combined symbol selections', async () => {
    expect(await get('/api/v3/exchangeInfo?symbol=btcusdt')).toMatchObject({
      status: 400,
      body: error(-1100, "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'."),
    });
    expect((await get('/api/v3/exchangeInfo?symbols=BTCUSDT')).body).toBe(error(-1100, 'Illegal characters found in a parameter.'));
    const list = encodeURIComponent('["BTCUSDT","BTCUSDT"]');
    expect((await get(`/api/v3/exchangeInfo?symbols=${list}`)).body).toBe(error(-1151, 'Symbol is present multiple times in the list.'));
    expect((await get(`/api/v3/exchangeInfo?symbol=BTCUSDT&symbols=${list}`)).body).toBe(error(-1128, 'Combination of optional parameters invalid.'));
  });
});
