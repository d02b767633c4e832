import { type CandleInterval } from '../../../../shared/domain/enums';
import { Decimal, toExchangeString, tryParseDecimal } from '../../../../shared/exchange/decimal';
import { barOpenTime } from '../../../../shared/market/intervals';
import { type ChartFill } from '../../../../shared/schemas/candles';

/** The account's fills of one side within one bar, drawn as one marker. */
export interface FillGroup {
  /** Open time (epoch ms) of the loaded bar the fills belong to. */
  readonly barTime: number;
  readonly side: 'BUY' | 'SELL';
  readonly fills: readonly ChartFill[];
  /** Total quantity, exact, as the exchange writes it ("0.03"). */
  readonly qty: string;
  /** Quantity-weighted average price; for display only, so a float is enough. */
  readonly avgPrice: number;
}

/**
 * Places each fill on the loaded bar it happened in and joins the fills of one side within a
 * bar, oldest bar first. `snap` turns a bar's open time into the open time of the loaded bar
 * to draw it on (the same time, or the bar before a gap), or null when the time lies outside
 * what is loaded, where no marker can stand.
 */
export function groupFills(fills: readonly ChartFill[], interval: CandleInterval, snap: (barTime: number) => number | null): FillGroup[] {
  const groups = new Map<string, ChartFill[]>();
  const barTimes = new Map<string, number>();
  for (const fill of fills) {
    const barTime = snap(barOpenTime(interval, fill.time));
    if (barTime === null) continue;
    const key = `${barTime}:${fill.side}`;
    const list = groups.get(key);
    if (list === undefined) {
      groups.set(key, [fill]);
      barTimes.set(key, barTime);
    } else {
      list.push(fill);
    }
  }
  const result: FillGroup[] = [];
  for (const [key, list] of groups) {
    const first = list[0];
    if (first === undefined) continue;
    result.push(summarise(barTimes.get(key) ?? 0, first.side, list));
  }
  return result.sort((a, b) => a.barTime - b.barTime || (a.side === b.side ? 0 : a.side === 'BUY' ? -1 : 1));
}

function summarise(barTime: number, side: 'BUY' | 'SELL', fills: ChartFill[]): FillGroup {
  let qty = new Decimal(0);
  let notional = 0;
  let floatQty = 0;
  for (const fill of fills) {
    const parsed = tryParseDecimal(fill.qty);
    if (parsed.ok) qty = qty.plus(parsed.value);
    const amount = Number(fill.qty);
    notional += amount * Number(fill.price);
    floatQty += amount;
  }
  const avgPrice = floatQty > 0 ? notional / floatQty : Number(fills[0]?.price ?? NaN);
  return { barTime, side, fills, qty: toExchangeString(qty), avgPrice };
}

/** "0.01 @ 42,000", or with several fills "0.03 @ 42,010.5 ×3" (at their average price). */
export function fillGroupDetail(group: FillGroup, formatPrice: (price: number) => string): string {
  const count = group.fills.length > 1 ? ` ×${group.fills.length}` : '';
  return `${group.qty} @ ${formatPrice(group.avgPrice)}${count}`;
}

/** The marker's text: "B 0.01 @ 42,000", "S 0.03 @ 42,010.5 ×3". */
export function fillGroupText(group: FillGroup, formatPrice: (price: number) => string): string {
  return `${group.side === 'BUY' ? 'B' : 'S'} ${fillGroupDetail(group, formatPrice)}`;
}

/** The marker a group draws: buys below the bar pointing up, sells above it pointing down. */
export interface FillMarkerSpec {
  readonly barTime: number;
  readonly side: 'BUY' | 'SELL';
  readonly position: 'belowBar' | 'aboveBar';
  readonly shape: 'arrowUp' | 'arrowDown';
  readonly text: string;
}

export function fillMarkerSpecs(groups: readonly FillGroup[], formatPrice: (price: number) => string): FillMarkerSpec[] {
  return groups.map((group) => ({
    barTime: group.barTime,
    side: group.side,
    position: group.side === 'BUY' ? 'belowBar' : 'aboveBar',
    shape: group.side === 'BUY' ? 'arrowUp' : 'arrowDown',
    text: fillGroupText(group, formatPrice),
  }));
}

/** The groups of one bar, for the legend while the crosshair is on it. */
export function groupsAt(groups: readonly FillGroup[], barTime: number): FillGroup[] {
  return groups.filter((group) => group.barTime === barTime);
}
