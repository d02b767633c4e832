import { utcMinute } from '../../../../shared/market/utc-minute';

/**
 * Market data is read in UTC everywhere (Binance bars open on UTC boundaries), so these are
 * the data panel's own formatters; components/common/format.ts shows local time.
 */

export const DAY_MS = 86_400_000;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD of the UTC day that contains `ts`: also the value of a date input. */
export function formatUtcDate(ts: number): string {
  const d = new Date(ts);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** "2024-01-01 00:00": fixed width, sorts as text (the core's own wording of a bar's time). */
export const formatUtcMinute = utcMinute;

/**
 * "2024-03-05 14:00 → 14:14" within one day, both dates otherwise, one time when they are the
 * same bar. No "UTC" suffix: callers add it once per sentence.
 */
export function formatUtcSpan(from: number, to: number): string {
  if (from === to) return formatUtcMinute(from);
  const end = formatUtcMinute(to);
  return formatUtcDate(from) === formatUtcDate(to) ? `${formatUtcMinute(from)} → ${end.slice(11)}` : `${formatUtcMinute(from)} → ${end}`;
}

/** Start of the UTC day a date input names, or null for an empty or impossible date. */
export function parseUtcDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ts = Date.UTC(year, month - 1, day);
  return formatUtcDate(ts) === value ? ts : null;
}

/** The last `days` UTC days up to today, as date-input values: the download form's default. */
export function lastUtcDays(days: number, now: number): { from: string; to: string } {
  return { from: formatUtcDate(now - days * DAY_MS), to: formatUtcDate(now) };
}
