import { type CandleInterval } from '../../../../shared/domain/enums';
import { barOpenTime, nextOpenTime } from '../../../../shared/market/intervals';
import { DAY_MS, parseUtcDate } from './utc-time';

export type BarRange = { readonly from: number; readonly to: number };

/** Open time of the newest bar that has closed by `now` (the forming bar is not history yet). */
export function lastClosedOpenTime(interval: CandleInterval, now: number): number {
  return barOpenTime(interval, barOpenTime(interval, now) - 1);
}

/** Open time of the first bar opening at or after `time`. */
function firstOpenFrom(interval: CandleInterval, time: number): number {
  const open = barOpenTime(interval, time);
  return open === time ? open : nextOpenTime(interval, open);
}

/**
 * The bars a download of whole UTC days asks for: those opening from the start of the `from`
 * day to the end of the `to` day, and closed by `now`. Open times on the interval's grid, so
 * the core's `expected` count is exactly what the person sees. A string says why not.
 */
export function downloadRange(interval: CandleInterval, fromDate: string, toDate: string, now: number): BarRange | string {
  const start = parseUtcDate(fromDate);
  const end = parseUtcDate(toDate);
  if (start === null || end === null) return 'Choose both dates.';
  if (start > end) return '"From" is after "to".';
  const from = firstOpenFrom(interval, start);
  const to = Math.min(barOpenTime(interval, end + DAY_MS - 1), lastClosedOpenTime(interval, now));
  if (from > to) return start > now ? 'That range is in the future.' : `No closed ${interval} bar opens in that range yet.`;
  return { from, to };
}

/** The bars after a series' newest one up to the last closed bar, or null when it is current. */
export function newerBarsRange(interval: CandleInterval, last: number, now: number): BarRange | null {
  const from = nextOpenTime(interval, last);
  const to = lastClosedOpenTime(interval, now);
  return from > to ? null : { from, to };
}
