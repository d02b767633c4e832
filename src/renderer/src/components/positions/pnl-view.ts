import { type PnlBucket, type PnlPeriod } from '../../../../shared/schemas/portfolio';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The period a bucket starts, in UTC as the core cuts them: "2024-01-31", "wk 2024-01-29", "2024-01". */
export function periodLabel(start: number, period: PnlPeriod): string {
  const date = new Date(start);
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return `wk ${day}`;
    case 'month':
      return day.slice(0, 7);
  }
}

/** Buckets by quote asset (results in USDT and BTC are never added up), the busiest asset first. */
export function byQuoteAsset(buckets: readonly PnlBucket[]): { quoteAsset: string; buckets: PnlBucket[] }[] {
  const groups = new Map<string, PnlBucket[]>();
  for (const bucket of buckets) {
    const group = groups.get(bucket.quoteAsset);
    if (group === undefined) groups.set(bucket.quoteAsset, [bucket]);
    else group.push(bucket);
  }
  return [...groups]
    .map(([quoteAsset, group]) => ({ quoteAsset, buckets: group.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => b.buckets.length - a.buckets.length || a.quoteAsset.localeCompare(b.quoteAsset));
}

export interface PnlBar {
  readonly start: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly isLoss: boolean;
}

/** A bar is at most this wide, so a few periods read as bars, not as a block. */
export const MAX_BAR_SLOT = 18;

/**
 * Bars of realized P&L, oldest on the left and the newest at the right edge, around a zero line
 * placed so gains and losses share one scale. Drawing only: the amounts are floats here, the
 * table shows the exact decimals.
 */
export function pnlBars(buckets: readonly PnlBucket[], width: number, height: number): { bars: PnlBar[]; zeroY: number } {
  const values = buckets.map((bucket) => Number(bucket.realized));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const zeroY = (top / span) * height;
  const slot = buckets.length === 0 ? width : Math.min(MAX_BAR_SLOT, width / buckets.length);
  const left = width - slot * buckets.length;
  const gap = Math.min(2, slot * 0.2);
  const bars = buckets.map((bucket, index) => {
    const value = values[index] ?? 0;
    const barHeight = Math.max((Math.abs(value) / span) * height, value === 0 ? 0 : 1);
    return { start: bucket.start, x: left + index * slot + gap / 2, y: value >= 0 ? zeroY - barHeight : zeroY, width: Math.max(1, slot - gap), height: barHeight, isLoss: value < 0 };
  });
  return { bars, zeroY };
}
