import { formatFixed, max, min } from './fixed';
import { bucketStart, intervalMs } from './intervals';
import { barIndexAt } from './kline-file';
import { type BarValues, type SymbolReplay } from './symbol-replay';

export interface Kline extends BarValues {
  closeTime: number;
  /** Whether the clock has passed the bar's last sub-step. */
  isClosed: boolean;
}

export interface KlineQuery {
  interval: string;
  startTime?: number;
  endTime?: number;
  limit: number;
}

function merge(into: BarValues, next: BarValues): BarValues {
  return { ...into, high: max(into.high, next.high), low: min(into.low, next.low), close: next.close, volume: into.volume + next.volume };
}

/**
 * Data bars from `first` up to `last` summed into bars of `interval`, at most `maxBuckets` of
 * them; the current data bar counts only as far as the walk has come.
 */
function aggregate(replay: SymbolReplay, interval: string, first: number, last: number, maxBuckets = Infinity): Kline[] {
  const klines: Kline[] = [];
  let current: BarValues | undefined;
  const close = (): void => {
    if (current === undefined) return;
    const closeTime = current.openTime + intervalMs(interval, current.openTime) - 1;
    klines.push({ ...current, closeTime, isClosed: replay.time >= closeTime });
  };
  for (let index = first; index <= last; index++) {
    const values = replay.barValues(index);
    const start = bucketStart(interval, values.openTime);
    if (current?.openTime === start) {
      current = merge(current, values);
      continue;
    }
    close();
    if (klines.length >= maxBuckets) return klines;
    current = { ...values, openTime: start };
  }
  close();
  return klines;
}

/**
 * GET /api/v3/klines over the replay: only bars the clock has reached, the current one partly
 * formed. With startTime, the first `limit` bars opening at or after it; otherwise the last
 * `limit` bars up to endTime (or now). Data bars are summed into longer intervals.
 */
export function queryKlines(replay: SymbolReplay, query: KlineQuery): Kline[] {
  const series = replay.series;
  let last = replay.currentBar;
  if (query.endTime !== undefined) {
    // The bar that holds endTime is returned whole, as far as the clock has come.
    const endBucket = bucketStart(query.interval, query.endTime);
    last = Math.min(last, barIndexAt(series, endBucket + intervalMs(query.interval, endBucket) - 1));
  }
  if (last < 0) return [];
  const bucketOf = (index: number): number => bucketStart(query.interval, replay.openTime(index));
  if (query.startTime !== undefined) {
    let first = barIndexAt(series, query.startTime - 1) + 1;
    while (first <= last && bucketOf(first) < query.startTime) first++;
    return aggregate(replay, query.interval, first, last, query.limit);
  }
  let first = last;
  let buckets = 1;
  while (first > 0 && (bucketOf(first - 1) === bucketOf(first) || ++buckets <= query.limit)) first--;
  return aggregate(replay, query.interval, first, last);
}

export function klineRow(kline: Kline): unknown[] {
  const zero = formatFixed(0n);
  // The data files keep six columns; the rest are reported as zero rather than invented.
  return [kline.openTime, formatFixed(kline.open), formatFixed(kline.high), formatFixed(kline.low), formatFixed(kline.close), formatFixed(kline.volume), kline.closeTime, zero, 0, zero, zero, '0'];
}
