import { type CandleInterval } from '../../../../shared/domain/enums';
import { type IndicatorKind } from '../../../../shared/schemas/chart';
import { type CandleBuffer } from './candle-buffer';
import { fillGroupDetail, type FillGroup } from './fill-markers';
import { formatPercent, formatSignedPrice, formatVolume } from './price-format';
import { type PriceDisplay } from './price-display';
import { isIntraday } from './timeframes';

export type Direction = 'up' | 'down' | 'flat';

export interface LegendStudy {
  readonly title: string;
  readonly paneIndex: number;
  readonly values: readonly { readonly label: string; readonly text: string; readonly color: string }[];
}

/** What the legend shows for one bar: the hovered one, or the newest when the crosshair is away. */
export interface LegendModel {
  readonly time: string;
  readonly isLatest: boolean;
  readonly open: string;
  readonly high: string;
  readonly low: string;
  readonly close: string;
  readonly volume: string;
  readonly change: string;
  readonly changePercent: string;
  readonly direction: Direction;
  readonly studies: readonly LegendStudy[];
  /** The account's fills in this bar, one line per side: "0.01 @ 42,000". */
  readonly fills: readonly { readonly side: 'BUY' | 'SELL'; readonly text: string }[];
}

export interface StudyReadingLike {
  readonly kind: IndicatorKind;
  readonly title: string;
  readonly paneIndex: number;
  readonly lines: readonly { readonly label: string; readonly value: number; readonly color: string }[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The bar's open time in UTC, the exchange's clock: "2024-05-01 13:00", "2024-05-01", "2024-05". */
export function formatBarTime(time: number, interval: CandleInterval): string {
  const date = new Date(time);
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  if (interval === '1M') return day.slice(0, 7);
  return isIntraday(interval) ? `${day} ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}` : day;
}

/** Up, down or flat against the close before (the bar's own open for the first bar). */
export function directionOf(close: number, reference: number): Direction {
  return close > reference ? 'up' : close < reference ? 'down' : 'flat';
}

export function legendModel(
  buffer: CandleBuffer,
  index: number,
  interval: CandleInterval,
  display: PriceDisplay,
  readings: readonly StudyReadingLike[],
  fills: readonly FillGroup[],
): LegendModel | null {
  const bar = buffer.bar(index);
  if (bar === undefined) return null;
  const reference = buffer.bar(index - 1)?.close ?? bar.open;
  const change = bar.close - reference;
  const format = display.format;
  return {
    time: formatBarTime(bar.time, interval),
    isLatest: index === buffer.length - 1,
    open: format(bar.open),
    high: format(bar.high),
    low: format(bar.low),
    close: format(bar.close),
    volume: formatVolume(bar.volume),
    change: formatSignedPrice(change, display.decimals),
    changePercent: formatPercent(reference === 0 ? NaN : (change / reference) * 100),
    direction: directionOf(bar.close, reference),
    studies: readings.map((reading) => ({
      title: reading.title,
      paneIndex: reading.paneIndex,
      values: reading.lines.map((line) => ({
        label: line.label,
        // RSI is a 0–100 score, not a price: two decimals whatever the market's tick.
        text: Number.isFinite(line.value) ? (reading.kind === 'rsi' ? line.value.toFixed(2) : format(line.value)) : '—',
        color: line.color,
      })),
    })),
    fills: fills.filter((group) => group.barTime === bar.time).map((group) => ({ side: group.side, text: fillGroupDetail(group, format) })),
  };
}
