import { type PerformancePeriod } from '../../../../shared/domain/enums';

/*
 * How the Reports tab writes months, days and the strategy figures (plain numbers). Amounts
 * (decimal strings) are written with the trading tabs' own helpers in orders/trading-format.
 */

const DASH = '—';
const MINUS = '−';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "2024-03" → "March 2024". */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** The month `by` months after (or before, when negative) a YYYY-MM month. */
export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "2024-03-01" → "Fri 1 Mar": the UTC day as a person scans a list of them. */
export function dayLabel(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()] ?? ''} ${date.getUTCDate()} ${(MONTHS[date.getUTCMonth()] ?? '').slice(0, 3)}`;
}

/** A fraction as a percentage: 0.625 → "62.5 %". */
export function rateText(fraction: number | null): string {
  return fraction === null || !Number.isFinite(fraction) ? DASH : `${(fraction * 100).toFixed(1)} %`;
}

/** A percentage as given (2.5 is 2.5 %), its sign always written: "+2.50 %", "−0.75 %". */
export function signedPctText(percent: number | null): string {
  if (percent === null || !Number.isFinite(percent)) return DASH;
  const fixed = Math.abs(percent).toFixed(2);
  return `${Number(fixed) === 0 ? '' : percent < 0 ? MINUS : '+'}${fixed} %`;
}

/** A drawdown (a fall, given as a positive percentage): "4.55 %". */
export function drawdownText(percent: number | null): string {
  return percent === null || !Number.isFinite(percent) ? DASH : `${percent.toFixed(2)} %`;
}

/** A ratio such as Sharpe or a profit factor: "1.23"; none reads "—". */
export function ratioText(value: number | null): string {
  return value === null || !Number.isFinite(value) ? DASH : value.toFixed(2).replace('-', MINUS);
}

/** Up, down or flat for colouring a figure. */
export function toneOf(value: number | null): 'up' | 'down' | 'flat' {
  return value === null || value === 0 || !Number.isFinite(value) ? 'flat' : value > 0 ? 'up' : 'down';
}

/** One point per whole second, the later one kept: the chart's time axis is in seconds and must rise strictly. */
export function onePerSecond<T extends { readonly ts: number }>(points: readonly T[]): T[] {
  const kept: T[] = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last !== undefined && Math.floor(last.ts / 1000) === Math.floor(point.ts / 1000)) kept[kept.length - 1] = point;
    else kept.push(point);
  }
  return kept;
}

const shortDay = (time: number): string => {
  const date = new Date(time);
  return `${date.getUTCDate()} ${(MONTHS[date.getUTCMonth()] ?? '').slice(0, 3)}`;
};

/**
 * The UTC days a strategy row covers, as a person reads them: "Fri 20 Nov 2026", "16 Nov – 22 Nov
 * 2026", "November 2026", "2026", "to 20 Nov 2026". `end` is exclusive; a period still running ends
 * at its last finished day.
 */
export function periodLabel(period: PerformancePeriod, start: number, end: number): string {
  const last = end - 86_400_000;
  const year = new Date(last).getUTCFullYear();
  switch (period) {
    case 'day':
      return `${dayLabel(new Date(start).toISOString().slice(0, 10))} ${year}`;
    case 'week':
      return `${shortDay(start)} – ${shortDay(last)} ${year}`;
    case 'month':
      return monthLabel(new Date(start).toISOString().slice(0, 7));
    case 'year':
      return String(new Date(start).getUTCFullYear());
    case 'all':
      return `to ${shortDay(last)} ${year}`;
  }
}
