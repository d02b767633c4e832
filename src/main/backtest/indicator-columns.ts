import { atr, bollinger, ema, macd, rsi, sma } from '../../shared/indicators';
import { type CandleBatch } from '../../shared/market/candle-batch';
import { type IndicatorSpec } from '../../shared/strategy/types';

/**
 * Computes a strategy's indicators over a whole series at once (the backtest's batch form;
 * the live runner pushes the same numbers one bar at a time). Keys keep the strategy's names.
 */
export function indicatorColumns(specs: Readonly<Record<string, IndicatorSpec>>, candles: CandleBatch): Map<string, Float64Array> {
  const columns = new Map<string, Float64Array>();
  for (const [key, spec] of Object.entries(specs)) columns.set(key, column(spec, candles));
  return columns;
}

function column(spec: IndicatorSpec, candles: CandleBatch): Float64Array {
  const { close } = candles;
  switch (spec.kind) {
    case 'sma':
      return sma(close, spec.period);
    case 'ema':
      return ema(close, spec.period);
    case 'rsi':
      return rsi(close, spec.period);
    case 'macd':
      return macd(close, spec.fast, spec.slow, spec.signal)[spec.line];
    case 'bollinger':
      return bollinger(close, spec.period, spec.stdDev)[spec.line];
    case 'atr':
      return atr(candles.high, candles.low, close, spec.period);
  }
}
