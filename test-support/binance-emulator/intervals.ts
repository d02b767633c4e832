/** Binance's kline intervals and where each bucket starts (UTC). */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FIXED_LENGTHS: Readonly<Record<string, number>> = {
  '1s': SECOND,
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '4h': 4 * HOUR,
  '6h': 6 * HOUR,
  '8h': 8 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
};

// The epoch was a Thursday; Binance's weeks start on Monday 00:00 UTC.
const WEEK_OFFSET = 4 * DAY;

export const KLINE_INTERVALS: readonly string[] = [...Object.keys(FIXED_LENGTHS), '1M'];

export function isKlineInterval(name: string): boolean {
  return KLINE_INTERVALS.includes(name);
}

/** The nominal length; for 1M, the length of the month that contains `at`. */
export function intervalMs(name: string, at = 0): number {
  const fixed = FIXED_LENGTHS[name];
  if (fixed !== undefined) return fixed;
  if (name !== '1M') throw new Error(`unknown kline interval ${name}`);
  const start = bucketStart(name, at);
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - start;
}

/** The open time of the bucket of `interval` that contains `time`. */
export function bucketStart(interval: string, time: number): number {
  if (interval === '1M') {
    const date = new Date(time);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  }
  const length = intervalMs(interval);
  const offset = interval === '1w' ? WEEK_OFFSET : 0;
  return time - ((((time - offset) % length) + length) % length);
}

/** Whether bars of `source` add up to whole bars of `target`. */
export function isAggregatable(source: string, target: string): boolean {
  const sourceMs = FIXED_LENGTHS[source];
  if (sourceMs === undefined) return false;
  if (target === '1M') return DAY % sourceMs === 0;
  const targetMs = FIXED_LENGTHS[target];
  return targetMs !== undefined && targetMs >= sourceMs && targetMs % sourceMs === 0;
}
