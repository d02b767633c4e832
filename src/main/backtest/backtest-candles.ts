import { aggregateMinutes } from '../../shared/market/aggregate';
import { type CandleBatch } from '../../shared/market/candle-batch';
import { barOpenTime } from '../../shared/market/intervals';
import { AppError } from '../api/app-error';
import { type CandleStore, type SeriesKey } from '../market/candle-store';

export interface BacktestCandles {
  readonly candles: CandleBatch;
  /** `derived` when the interval is not stored and its bars were built from 1-minute bars. */
  readonly source: 'stored' | 'derived';
}

/**
 * The bars a backtest runs over: the stored series of the interval in [from, to], or, when none
 * of that interval is stored there, complete bars built from stored 1-minute bars.
 */
export function backtestCandles(store: CandleStore, key: SeriesKey, from: number, to: number): BacktestCandles {
  const id = store.seriesId(key);
  const stored = id === null ? null : store.range(id, barOpenTime(key.interval, from), to);
  if (stored !== null && stored.length > 0) return { candles: stored, source: 'stored' };
  if (key.interval !== '1m') {
    const minuteId = store.seriesId({ ...key, interval: '1m' });
    if (minuteId !== null) {
      const minutes = store.range(minuteId, barOpenTime(key.interval, from), to);
      const { batch } = aggregateMinutes(minutes, key.interval);
      if (batch.length > 0) return { candles: batch, source: 'derived' };
    }
  }
  throw new AppError('NOT_FOUND', `No ${key.symbol} ${key.interval} bars are stored on ${key.venue} between ${iso(from)} and ${iso(to)}; import or download them first`);
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}
