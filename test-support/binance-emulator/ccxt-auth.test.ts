import { AuthenticationError, DDoSProtection, ExchangeNotAvailable, InvalidNonce } from 'ccxt';
import { afterEach, describe, expect, it } from 'vitest';
import { ccxtOnEmulator, type CcxtOnEmulator } from './ccxt-client';
import { expectOnlyEmulatorTraffic, keyString } from './fixtures';
import { startBinanceEmulator } from './server';
import { type BinanceEmulator, type EmulatorOptions } from './types';

const KEY = { apiKey: keyString('authKey'), secretKey: keyString('authSecret') };
const GOOD = { apiKey: KEY.apiKey, secret: KEY.secretKey };

let emulator: BinanceEmulator;
let clients: CcxtOnEmulator[] = [];

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = await startBinanceEmulator({ keys: [{ ...KEY, balances: [{ asset: 'USDT', free: '1', locked: '0' }] }], ...options });
  clients = [];
}

function client(credentials: { apiKey: string; secret: string }, options: Record<string, unknown> = {}): CcxtOnEmulator['exchange'] {
  const connected = ccxtOnEmulator(emulator.url, credentials, options);
  clients.push(connected);
  return connected.exchange;
}

function statuses(): number[] {
  return emulator.requests.map((request) => request.status);
}

afterEach(async () => {
  expectOnlyEmulatorTraffic(emulator, clients);
  await emulator.close();
});

describe('signed requests through ccxt', () => {
  it('a wrong secret is AuthenticationError (-1022, HTTP 400)', async () => {
    await start();
    const call = client({ ...GOOD, secret: keyString('wrongSecret') }).privateGetAccount();
    await expect(call).rejects.toThrow(AuthenticationError);
    await expect(call).rejects.toThrow('{"code":-1022,"msg":"Signature for this request is not valid."}');
    expect(statuses()).toEqual([400]);
  });

  it('an unknown key is AuthenticationError (-2015, HTTP 401); a malformed one too (-2014)', async () => {
    await start();
    const unknown = client({ ...GOOD, apiKey: keyString('someoneElse') }).privateGetAccount();
    await expect(unknown).rejects.toThrow(AuthenticationError);
    await expect(unknown).rejects.toThrow('{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}');
    const malformed = client({ ...GOOD, apiKey: 'not-a-key' }).privateGetAccount();
    await expect(malformed).rejects.toThrow('{"code":-2014,"msg":"API-key format invalid."}');
    expect(statuses()).toEqual([401, 401]);
  });

  it('-2015 after a successful private call is DDoSProtection: ccxt reads it as a temporary ban', async () => {
    await start();
    const exchange = client(GOOD);
    await exchange.privateGetAccount();
    exchange.apiKey = keyString('revokedMeanwhile');
    await expect(exchange.privateGetAccount()).rejects.toThrow(DDoSProtection);
  });

  it.each([
    ['behind', 11_000, 'Timestamp for this request is outside of the recvWindow.'],
    ['ahead', -1_500, "Timestamp for this request was 1000ms ahead of the server's time."],
  ])('a client clock %s beyond the rule is InvalidNonce (-1021)', async (_side, skewMs, msg) => {
    await start();
    emulator.setClockSkewMs(skewMs);
    const call = client(GOOD).privateGetAccount();
    await expect(call).rejects.toThrow(InvalidNonce);
    await expect(call).rejects.toThrow(JSON.stringify({ code: -1021, msg }));
  });

  it("ccxt's recvWindow of 10000 tolerates a client 9 s behind; Binance's default of 5000 would not", async () => {
    await start();
    emulator.setClockSkewMs(9_000);
    await expect(client(GOOD).privateGetAccount()).resolves.toMatchObject({ canTrade: true });
    await expect(client(GOOD, { recvWindow: 5000 }).privateGetAccount()).rejects.toThrow(InvalidNonce);
  });
});

describe('an emulator without /sapi, like the Spot Testnet', () => {
  it('answers 404 for sapi, which ccxt raises as ExchangeNotAvailable', async () => {
    await start({ hasSapi: false });
    const exchange = client(GOOD);
    await expect(exchange.sapiGetAccountApiRestrictions()).rejects.toThrow(ExchangeNotAvailable);
    await expect(exchange.privateGetAccount()).resolves.toMatchObject({ canTrade: true });
    expect(emulator.requests.map(({ path, status }) => `${status} ${path}`)).toEqual([
      '404 /sapi/v1/account/apiRestrictions',
      '200 /api/v3/account',
    ]);
  });

  it('fails ccxt loadMarkets with a key unless fetchMargins is off', async () => {
    await start({ hasSapi: false });
    await expect(client(GOOD).loadMarkets()).rejects.toThrow(ExchangeNotAvailable);
    const markets = await client(GOOD, { fetchMargins: false }).loadMarkets();
    expect(Object.keys(markets)).toContain('BTC/USDT');
  });
});
