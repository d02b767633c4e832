import { BadSymbol } from 'ccxt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ccxtOnEmulator, type CcxtOnEmulator } from './ccxt-client';
import { expectOnlyEmulatorTraffic, keyString } from './fixtures';
import { startBinanceEmulator } from './server';
import { type BinanceEmulator } from './types';

const credentials = { apiKey: keyString('marketKey'), secret: keyString('marketSecret') };

let emulator: BinanceEmulator;
let clients: CcxtOnEmulator[];

function client(withKey: boolean): CcxtOnEmulator['exchange'] {
  const connected = ccxtOnEmulator(emulator.url, withKey ? credentials : undefined);
  clients.push(connected);
  return connected.exchange;
}

beforeEach(async () => {
  emulator = await startBinanceEmulator({ keys: [{ apiKey: credentials.apiKey, secretKey: credentials.secret }] });
  clients = [];
});

afterEach(async () => {
  expectOnlyEmulatorTraffic(emulator, clients);
  await emulator.close();
});

describe('market data through ccxt', () => {
  it('fetchTime returns the server time, clock skew included', async () => {
    const exchange = client(false);
    emulator.setClockSkewMs(3_600_000);
    const serverTime = await exchange.fetchTime();
    expect(Math.abs((serverTime ?? 0) - (Date.now() + 3_600_000))).toBeLessThan(5_000);
    expect(emulator.requests.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'GET', path: '/api/v3/time', status: 200 },
    ]);
  });

  it('loadMarkets parses precision and limits from the exchangeInfo filters', async () => {
    const markets = await client(false).loadMarkets();
    expect(Object.keys(markets).sort()).toEqual(['BTC/USDT', 'ETH/USDT', 'SOL/USDT']);
    const btc = markets['BTC/USDT'];
    expect(btc).toMatchObject({
      id: 'BTCUSDT',
      type: 'spot',
      spot: true,
      active: true,
      base: 'BTC',
      quote: 'USDT',
      precision: { price: 0.01, amount: 0.00001, base: 1e-8, quote: 1e-8 },
      limits: {
        price: { min: 0.01, max: 1_000_000 },
        amount: { min: 0.00001, max: 9000 },
        cost: { min: 5, max: 9_000_000 },
        market: { min: 0, max: 85.12345678 },
      },
    });
    expect(markets['SOL/USDT']?.precision).toMatchObject({ price: 0.01, amount: 0.001 });
    // Without a key ccxt asks for exchangeInfo alone.
    expect(emulator.requests.map((request) => request.path)).toEqual(['/api/v3/exchangeInfo']);
  });

  it('loadMarkets with a key also reads the margin pair lists, as ccxt does against Binance', async () => {
    const markets = await client(true).loadMarkets();
    expect(markets['ETH/USDT']?.marginModes).toEqual({ cross: true, isolated: true });
    expect(emulator.requests.map((request) => request.path).sort()).toEqual([
      '/api/v3/exchangeInfo',
      '/sapi/v1/margin/allPairs',
      '/sapi/v1/margin/isolated/allPairs',
    ]);
  });

  it('takes custom symbols, and a halted one is an inactive market', async () => {
    await emulator.close();
    emulator = await startBinanceEmulator({
      symbols: [
        {
          symbol: 'BNBBTC',
          baseAsset: 'BNB',
          quoteAsset: 'BTC',
          status: 'HALT',
          tickSize: '0.000001',
          minPrice: '0.000001',
          maxPrice: '100000',
          stepSize: '0.001',
          minQty: '0.001',
          maxQty: '100000',
          marketMaxQty: '2000',
          minNotional: '0.0001',
          maxNotional: '9000000',
        },
      ],
    });
    const markets = await client(false).loadMarkets();
    expect(markets['BNB/BTC']).toMatchObject({ active: false, precision: { price: 0.000001, amount: 0.001 }, limits: { cost: { min: 0.0001 } } });
  });

  it('exchangeInfo answers for one symbol or a list, and an unknown symbol is BadSymbol', async () => {
    const exchange = client(false);
    const one = (await exchange.publicGetExchangeInfo({ symbol: 'ETHUSDT' })) as { symbols: { symbol: string }[] };
    expect(one.symbols.map((symbol) => symbol.symbol)).toEqual(['ETHUSDT']);
    const many = (await exchange.publicGetExchangeInfo({ symbols: '["SOLUSDT","BTCUSDT"]' })) as { symbols: { symbol: string }[] };
    expect(many.symbols.map((symbol) => symbol.symbol)).toEqual(['SOLUSDT', 'BTCUSDT']);
    await expect(exchange.publicGetExchangeInfo({ symbol: 'DOGEUSDT' })).rejects.toThrow(BadSymbol);
    await expect(exchange.publicGetExchangeInfo({ symbol: 'DOGEUSDT' })).rejects.toThrow('{"code":-1121,"msg":"Invalid symbol."}');
  });
});
