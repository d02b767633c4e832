import { describe, expect, it } from 'vitest';
import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { marketChoices, storedChoices, typedSymbol, venueTag } from './symbol-choices';

const series = (venue: string, symbol: string, interval: SeriesCoverage['interval'], bars: number): SeriesCoverage => ({ venue, symbol, interval, bars, first: 0, last: 1, ranges: [], gaps: [] });

describe('symbol choices', () => {
  it('offers each stored pair once, most-stored first, with its timeframes', () => {
    const choices = storedChoices([series('binance', 'ETHUSDT', '1h', 10), series('binance', 'BTCUSDT', '1m', 500), series('binance', 'BTCUSDT', '1h', 20), series('binance-testnet', 'BTCUSDT', '1m', 5)], '');
    expect(choices.map((choice) => `${choice.venue}:${choice.symbol}`)).toEqual(['binance:BTCUSDT', 'binance:ETHUSDT', 'binance-testnet:BTCUSDT']);
    expect(choices[0]?.detail).toBe('1m 1h · 520 bars');
    expect(choices[0]?.intervals).toEqual(['1m', '1h']);
  });

  it('filters stored pairs by what was typed', () => {
    expect(storedChoices([series('binance', 'ETHUSDT', '1h', 10), series('binance', 'BTCUSDT', '1m', 500)], 'eth').map((choice) => choice.symbol)).toEqual(['ETHUSDT']);
  });

  it('describes markets by their assets and flags those not trading', () => {
    const [choice] = marketChoices([
      { venue: 'binance', symbol: 'BTCUSDT', baseAsset: 'BTC', quoteAsset: 'USDT', status: 'BREAK', tickSize: '0.01', stepSize: null, minQty: null, minNotional: null, orderTypes: [] },
    ]);
    expect(choice).toEqual({ venue: 'binance', symbol: 'BTCUSDT', detail: 'BTC / USDT', status: 'BREAK', intervals: [] });
  });

  it('accepts a typed symbol only in the exchange form', () => {
    expect(typedSymbol(' btcusdt ')).toBe('BTCUSDT');
    expect(typedSymbol('BTC/USDT')).toBeNull();
    expect(typedSymbol('B')).toBeNull();
  });

  it('tags venues other than Binance', () => {
    expect(venueTag('binance')).toBeNull();
    expect(venueTag('binance-testnet')).toBe('testnet');
    expect(venueTag('custom:http://127.0.0.1:9001')).toBe('custom');
  });
});
