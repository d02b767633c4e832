import { describe, expect, it } from 'vitest';
import { atr, bollinger, macd, rsi, sma } from '../../shared/indicators';
import { CandleBatchBuilder } from '../../shared/market/candle-batch';
import { randomPrices } from '../../shared/indicators/prices.fixture';
import { indicatorColumns } from './indicator-columns';

describe('a strategy\'s indicator columns', () => {
  it('are the shared indicators over the closes (and highs and lows for ATR), under the strategy\'s names', () => {
    const closes = randomPrices(7, 400, 100);
    const builder = new CandleBatchBuilder(false, closes.length);
    closes.forEach((close, i) => builder.push(Float64Array.of(i * 60_000, close, close * 1.01, close * 0.99, close, 1)));
    const candles = builder.build();
    const columns = indicatorColumns(
      {
        trend: { kind: 'sma', period: 30 },
        momentum: { kind: 'rsi', period: 14 },
        range: { kind: 'atr', period: 14 },
        signal: { kind: 'macd', fast: 12, slow: 26, signal: 9, line: 'signal' },
        band: { kind: 'bollinger', period: 20, stdDev: 2, line: 'lower' },
      },
      candles,
    );
    expect([...columns.keys()]).toEqual(['trend', 'momentum', 'range', 'signal', 'band']);
    expect(columns.get('trend')).toEqual(sma(candles.close, 30));
    expect(columns.get('momentum')).toEqual(rsi(candles.close, 14));
    expect(columns.get('range')).toEqual(atr(candles.high, candles.low, candles.close, 14));
    expect(columns.get('signal')).toEqual(macd(candles.close, 12, 26, 9).signal);
    expect(columns.get('band')).toEqual(bollinger(candles.close, 20, 2).lower);
  });
});
