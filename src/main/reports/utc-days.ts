import { type PerformancePeriod } from '../../shared/domain/enums';
import { periodStart } from '../../shared/portfolio/pnl-buckets';

/** Reports live on UTC days: the same calendar day wherever the machine is. */
export const DAY_MS = 86_400_000;

export function dayStartOf(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/** "2024-03-01" for any instant of that UTC day. */
export function isoDay(time: number): string {
  return new Date(dayStartOf(time)).toISOString().slice(0, 10);
}

/** The start of a UTC day written YYYY-MM-DD (already checked by the contract). */
export function parseIsoDay(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function isoMonth(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

/** Start (inclusive) and end (exclusive) of a UTC month written YYYY-MM. */
export function monthRange(month: string): { start: number; end: number } {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  return { start: Date.UTC(year, index, 1), end: Date.UTC(year, index + 1, 1) };
}

/** Where the `all` period starts: one row per strategy and mode, whatever it covers. */
export const ALL_TIME_START = 0;

/** The UTC start of the day, ISO week, month or year `time` falls in; `all` starts at 0. */
export function performancePeriodStart(time: number, period: PerformancePeriod): number {
  switch (period) {
    case 'day':
    case 'week':
    case 'month':
      return periodStart(time, period);
    case 'year':
      return Date.UTC(new Date(time).getUTCFullYear(), 0, 1);
    case 'all':
      return ALL_TIME_START;
  }
}
