import { type CandleInterval } from '../../../shared/domain/enums';

/** One stored candle series: where its bars come from, which pair, which timeframe. */
export interface ChartSeries {
  readonly venue: string;
  readonly symbol: string;
  readonly interval: CandleInterval;
}

export function seriesId(series: ChartSeries): string {
  return `${series.venue}\u0000${series.symbol}\u0000${series.interval}`;
}

export function isSameSeries(a: ChartSeries | null, b: ChartSeries | null): boolean {
  return a !== null && b !== null && a.venue === b.venue && a.symbol === b.symbol && a.interval === b.interval;
}
