import { CANDLE_INTERVALS, type CandleInterval } from '../domain/enums';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** 1970-01-05, the first Monday after the epoch: Binance's weekly candles open on Mondays. */
const FIRST_MONDAY = 4 * DAY;

/** Length of every interval but the calendar month, in milliseconds. */
const FIXED_MS: Readonly<Record<Exclude<CandleInterval, '1M'>, number>> = {
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '2h': 120 * MINUTE,
  '4h': 240 * MINUTE,
  '6h': 360 * MINUTE,
  '8h': 480 * MINUTE,
  '12h': 720 * MINUTE,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
};

export function isCandleInterval(value: string): value is CandleInterval {
  return (CANDLE_INTERVALS as readonly string[]).includes(value);
}

/** The nominal length of one bar (a month counts as 30 days: use nextOpenTime to step). */
export function intervalMs(interval: CandleInterval): number {
  return interval === '1M' ? 30 * DAY : FIXED_MS[interval];
}

/** Open time of the bar that contains `time` (UTC; weeks start on Monday, months on the 1st). */
export function barOpenTime(interval: CandleInterval, time: number): number {
  if (interval === '1M') {
    const date = new Date(time);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  }
  const length = FIXED_MS[interval];
  const origin = interval === '1w' ? FIRST_MONDAY : 0;
  return Math.floor((time - origin) / length) * length + origin;
}

/** Open time of the bar after the one opening at `openTime`. */
export function nextOpenTime(interval: CandleInterval, openTime: number): number {
  if (interval === '1M') {
    const date = new Date(openTime);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return openTime + FIXED_MS[interval];
}

/** Close time as Binance reports it: one millisecond before the next bar opens. */
export function closeTimeOf(interval: CandleInterval, openTime: number): number {
  return nextOpenTime(interval, openTime) - 1;
}

/** Bars opening in [from, to], both open times on the interval's grid. */
export function barsBetween(interval: CandleInterval, from: number, to: number): number {
  if (to < from) return 0;
  if (interval !== '1M') return Math.floor((to - from) / FIXED_MS[interval]) + 1;
  let count = 0;
  for (let time = from; time <= to; time = nextOpenTime(interval, time)) count += 1;
  return count;
}

/** How many 1-minute bars make one bar of `interval`, or null where the month varies. */
export function minutesPerBar(interval: CandleInterval): number | null {
  return interval === '1M' ? null : FIXED_MS[interval] / MINUTE;
}
