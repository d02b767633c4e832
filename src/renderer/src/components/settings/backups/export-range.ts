/** A date input's value (YYYY-MM-DD) for a local calendar day. */
export function toDateInput(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** This calendar year, as the export form's default range. */
export function thisYear(now: Date): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: `${now.getFullYear()}-12-31` };
}

/**
 * The epoch-ms range an export covers: from the first millisecond of the `from` day to the
 * last millisecond of the `to` day, both in local time, so "to 31 March" includes 31 March.
 * null when either date is missing or malformed.
 */
export function exportRange(from: string, to: string): { from: number; to: number } | null {
  const start = localDay(from);
  const end = localDay(to);
  if (start === null || end === null) return null;
  const endOfDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).getTime() - 1;
  return { from: start.getTime(), to: endOfDay };
}

function localDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  return Number.isNaN(date.getTime()) || date.getDate() !== Number(day) ? null : date;
}
