import { type OrderSide } from '../../../../shared/domain/enums';
import { type FillHistoryFilter, type OrderHistoryFilter, type OrderHistoryState, type OriginFilter } from '../../api/history-filter';

/** The filter row as typed: text fields stay as typed until they make a valid filter. */
export interface HistoryFilterForm {
  readonly symbol: string;
  readonly side: OrderSide | 'all';
  readonly origin: OriginFilter;
  readonly state: OrderHistoryState;
  /** Local days as a date input gives them ("2024-01-31"), or "". */
  readonly from: string;
  readonly to: string;
}

export const EMPTY_FILTER_FORM: HistoryFilterForm = { symbol: '', side: 'all', origin: 'all', state: 'all', from: '', to: '' };

const SYMBOL = /^[A-Z0-9]{2,20}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a "YYYY-MM-DD" day, or null when the text is not one. */
export function dayStart(text: string): number | null {
  const match = DAY.exec(text);
  if (match === null) return null;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isFinite(time) ? time : null;
}

/** The last millisecond of a local day: `to` is inclusive, so "to Jan 31" keeps all of Jan 31. */
export function dayEnd(text: string): number | null {
  const start = dayStart(text);
  if (start === null) return null;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.getTime() - 1;
}

/** What the typed symbol means: "" is every symbol, a partial one is not a filter yet (null). */
export function symbolFilter(text: string): string | null | undefined {
  const trimmed = text.trim().toUpperCase();
  if (trimmed === '') return null;
  return SYMBOL.test(trimmed) ? trimmed : undefined;
}

/** The form as a fill filter; an unfinished symbol counts as no symbol filter. */
export function toFillFilter(accountId: number, form: HistoryFilterForm): FillHistoryFilter {
  return {
    accountId,
    symbol: symbolFilter(form.symbol) ?? null,
    side: form.side === 'all' ? null : form.side,
    origin: form.origin,
    from: dayStart(form.from),
    to: dayEnd(form.to),
  };
}

export function toOrderFilter(accountId: number, form: HistoryFilterForm): OrderHistoryFilter {
  return { ...toFillFilter(accountId, form), state: form.state };
}

export function isFiltered(form: HistoryFilterForm): boolean {
  return form.symbol.trim() !== '' || form.side !== 'all' || form.origin !== 'all' || form.state !== 'all' || form.from !== '' || form.to !== '';
}
