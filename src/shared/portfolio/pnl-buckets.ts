import { Decimal } from '../exchange/decimal';
import { type PnlBucket, type PnlPeriod } from '../schemas/portfolio';
import { type RealizedEvent } from './average-cost';
import { formatAmount } from './position-view';

const DAY_MS = 86_400_000;

/** The UTC start of the day, ISO week (Monday 00:00) or month that `time` falls in. */
export function periodStart(time: number, period: PnlPeriod): number {
  const day = Math.floor(time / DAY_MS);
  if (period === 'day') return day * DAY_MS;
  if (period === 'week') {
    // 1970-01-01 was a Thursday: three days after a Monday.
    const sinceMonday = (((day + 3) % 7) + 7) % 7;
    return (day - sinceMonday) * DAY_MS;
  }
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/**
 * Realized P&L per period and quote asset, newest period first (quote assets by name within
 * one), for the newest `limit` periods that had a sale. Amounts in different quote assets are
 * never added together.
 */
export function bucketRealized(events: readonly RealizedEvent[], period: PnlPeriod, limit: number): PnlBucket[] {
  const buckets = new Map<string, { start: number; quoteAsset: string; realized: Decimal; fees: Decimal; sells: number }>();
  for (const event of events) {
    const start = periodStart(event.time, period);
    const key = `${start}\u0000${event.quoteAsset}`;
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { start, quoteAsset: event.quoteAsset, realized: new Decimal(0), fees: new Decimal(0), sells: 0 };
      buckets.set(key, bucket);
    }
    bucket.realized = bucket.realized.plus(event.realized);
    bucket.fees = bucket.fees.plus(event.fees);
    bucket.sells += 1;
  }
  const starts = [...new Set([...buckets.values()].map((bucket) => bucket.start))].sort((a, b) => b - a).slice(0, limit);
  const kept = new Set(starts);
  return [...buckets.values()]
    .filter((bucket) => kept.has(bucket.start))
    .sort((a, b) => b.start - a.start || (a.quoteAsset < b.quoteAsset ? -1 : a.quoteAsset > b.quoteAsset ? 1 : 0))
    .map((bucket) => ({ start: bucket.start, quoteAsset: bucket.quoteAsset, realized: formatAmount(bucket.realized), fees: formatAmount(bucket.fees), sells: bucket.sells }));
}
