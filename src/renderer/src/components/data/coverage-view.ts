import { CANDLE_INTERVALS, type CandleInterval } from '../../../../shared/domain/enums';
import { isCandleInterval } from '../../../../shared/market/intervals';
import { type CandleRange, type Download, type SeriesCoverage } from '../../../../shared/schemas/candles';

type SeriesId = Pick<SeriesCoverage, 'venue' | 'symbol' | 'interval'>;

export function seriesKey(series: SeriesId): string {
  return `${series.venue}|${series.symbol}|${series.interval}`;
}

const intervalRank = (interval: CandleInterval): number => CANDLE_INTERVALS.indexOf(interval);

/** By symbol, then venue, then interval from short to long: a symbol's series sit together. */
export function sortedSeries<S extends SeriesId>(series: readonly S[]): S[] {
  return [...series].sort(
    (a, b) => a.symbol.localeCompare(b.symbol) || a.venue.localeCompare(b.venue) || intervalRank(a.interval) - intervalRank(b.interval),
  );
}

/** Series whose symbol contains the filter text, case aside. */
export function filterSeries<S extends SeriesId>(series: readonly S[], text: string): S[] {
  const needle = text.trim().toUpperCase();
  return needle === '' ? [...series] : series.filter((candidate) => candidate.symbol.includes(needle));
}

export type DerivableInterval = Exclude<CandleInterval, '1m'>;

export function isAboveMinute(interval: CandleInterval): interval is DerivableInterval {
  return interval !== '1m';
}

/** A higher timeframe can be rebuilt exactly when 1-minute bars of its venue and symbol are stored. */
export function canDeriveFromMinutes(series: SeriesId, all: readonly SeriesId[]): boolean {
  return series.interval !== '1m' && all.some((other) => other.interval === '1m' && other.venue === series.venue && other.symbol === series.symbol);
}

/**
 * The venues a download or import may name: Binance always, the venues of the accounts, and
 * every venue with stored data. Binance first, then as they come.
 */
export function venueChoices(...sources: readonly (readonly string[])[]): string[] {
  return [...new Set(['binance', ...sources.flat()])];
}

export function symbolsOf(series: readonly SeriesId[]): string[] {
  return [...new Set(series.map((candidate) => candidate.symbol))].sort();
}

/** The newest download of this series whose range holds the whole gap. */
export function downloadCovering(downloads: readonly Download[], series: SeriesId, gap: CandleRange): Download | undefined {
  return downloads
    .filter((d) => d.venue === series.venue && d.symbol === series.symbol && d.interval === series.interval && d.from <= gap.from && d.to >= gap.to)
    .sort((a, b) => b.startedAt - a.startedAt || b.id - a.id)[0];
}

/** Gaps newest first, as the expanded row lists them. */
export function newestGapsFirst(gaps: readonly CandleRange[]): CandleRange[] {
  return [...gaps].sort((a, b) => b.from - a.from);
}

/**
 * Symbol and interval read off a kline file name, "BTCUSDT-1m-2024-01.csv" (Binance's data
 * dumps), "ETHUSDT-1h-2024-03-05.csv.gz" or "BTCUSDT-1h.csv.gz", so the import form can fill
 * them in and warn when they disagree. null when the name does not look like one.
 */
export function guessFromFileName(path: string): { symbol: string; interval: CandleInterval } | null {
  const name = path.split(/[\\/]/).at(-1) ?? '';
  const match = /^([A-Z0-9]{2,20})-(\d+[mhdwM])(?:[-.]|$)/.exec(name);
  if (match === null) return null;
  const [, symbol, interval] = match;
  if (symbol === undefined || interval === undefined || !isCandleInterval(interval)) return null;
  return { symbol, interval };
}
