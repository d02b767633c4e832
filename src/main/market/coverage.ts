import { type CandleInterval } from '../../shared/domain/enums';
import { barsBetween, intervalMs, nextOpenTime } from '../../shared/market/intervals';
import { type CandleRange, type SeriesCoverage } from '../../shared/schemas/candles';
import { type CandleStore, type StoredSeries } from './candle-store';

/** The stored ranges of a series and the gaps between them, by open times of first/last bar. */
export function seriesCoverage(store: CandleStore, series: StoredSeries): SeriesCoverage | null {
  const { bars, first, last } = store.bounds(series.id);
  if (bars === 0 || first === null || last === null) return null;
  // A series with as many bars as its span holds has no gap: no need to walk it.
  const gaps = bars === barsBetween(series.interval, first, last) ? [] : gapsOf(store, series.id, series.interval, first, last);
  const ranges: CandleRange[] = [];
  let start = first;
  for (const gap of gaps) {
    const end = previousOpenTime(series.interval, gap.from);
    ranges.push({ from: start, to: end, bars: barsBetween(series.interval, start, end) });
    start = nextOpenTime(series.interval, gap.to);
  }
  ranges.push({ from: start, to: last, bars: barsBetween(series.interval, start, last) });
  return { venue: series.venue, symbol: series.symbol, interval: series.interval, bars, first, last, ranges, gaps };
}

/**
 * Bars missing from [from, to] (open times on the interval's grid), as ranges: what a
 * download of that span still has to fetch.
 */
export function missingRanges(store: CandleStore, seriesId: number | null, interval: CandleInterval, from: number, to: number): CandleRange[] {
  if (to < from) return [];
  if (seriesId === null) return [{ from, to, bars: barsBetween(interval, from, to) }];
  const missing: CandleRange[] = [];
  let expected = from;
  const add = (start: number, end: number): void => {
    if (end >= start) missing.push({ from: start, to: end, bars: barsBetween(interval, start, end) });
  };
  for (const time of store.openTimes(seriesId, from, to)) {
    if (time > expected) add(expected, previousOpenTime(interval, time));
    expected = nextOpenTime(interval, time);
  }
  add(expected, to);
  return missing;
}

function gapsOf(store: CandleStore, seriesId: number, interval: CandleInterval, first: number, last: number): CandleRange[] {
  if (interval === '1M') return missingRanges(store, seriesId, interval, first, last);
  const step = intervalMs(interval);
  return store.breaks(seriesId, step).map(([previous, next]) => ({ from: previous + step, to: next - step, bars: (next - previous) / step - 1 }));
}

function previousOpenTime(interval: CandleInterval, openTime: number): number {
  if (interval !== '1M') return openTime - intervalMs(interval);
  const date = new Date(openTime);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1);
}
