import type Database from 'better-sqlite3';
import { type CandleInterval } from '../../shared/domain/enums';
import { aggregateMinutes } from '../../shared/market/aggregate';
import { type CandleBatch } from '../../shared/market/candle-batch';
import { barOpenTime, closeTimeOf, minutesPerBar } from '../../shared/market/intervals';
import { type CandleImportResult, type CandleWindow, type SeriesCoverage } from '../../shared/schemas/candles';
import { AppError } from '../api/app-error';
import { type EventBus } from '../core/event-bus';
import { type LiveCandle } from '../exchange/candle';
import { type Logger } from '../log/logger';
import { type StoreDb } from '../store/open-store';
import { CandleDownloads } from './candle-downloads';
import { CandleStore, type SeriesKey } from './candle-store';
import { seriesCoverage } from './coverage';
import { DownloadRepo } from './download-repo';
import { type CreateHistorySource } from './history-source';
import { KlineFileError, readKlineFile } from './kline-file';

/** A derived window reads at most this many 1-minute bars; the chart pages back for more. */
const MAX_MINUTES_PER_WINDOW = 250_000;

export interface MarketDataDeps {
  readonly db: StoreDb;
  readonly sqlite: Database.Database;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly sources: CreateHistorySource;
}

/**
 * Stored market history: import, download, coverage, derivation and the windows the chart
 * reads. Every write that adds bars announces `candles.stored`, so open charts refresh.
 */
export class MarketData {
  readonly candles: CandleStore;
  readonly downloads: CandleDownloads;
  readonly #log: Logger;

  constructor(private readonly deps: MarketDataDeps) {
    this.candles = new CandleStore(deps.sqlite);
    this.#log = deps.logger.child('market');
    this.downloads = new CandleDownloads({
      candles: this.candles,
      repo: new DownloadRepo(deps.db),
      sources: deps.sources,
      logger: deps.logger,
      onProgress: (download) => deps.bus.emit('candles.download', download),
      onStored: (request, added) => this.#announce(request, added),
    });
  }

  /**
   * The newest `limit` bars before `before`. Where stored bars of the interval run out (none
   * stored, or only the few a live feed has closed), older bars are built from stored 1-minute
   * bars, so the chart's history does not end at the first live bar.
   */
  window(input: SeriesKey & { before?: number | undefined; limit: number }): CandleWindow {
    const before = input.before ?? Number.MAX_SAFE_INTEGER;
    const id = this.candles.seriesId(input);
    const stored = id === null ? emptyColumns() : this.candles.newest(id, before, input.limit);
    const storedHasMore = id !== null && stored.length > 0 && this.candles.hasBarsBefore(id, stored.openTime[0] as number);
    if (stored.length === input.limit || storedHasMore || input.interval === '1m') return windowOf(input, 'stored', stored, storedHasMore);
    const derived = this.#derivedWindow({ ...input, limit: input.limit - stored.length }, stored.length > 0 ? (stored.openTime[0] as number) : before);
    if (derived === null) return windowOf(input, 'stored', stored, false);
    const older = derived.window;
    return {
      ...older,
      candles: {
        time: [...older.candles.time, ...Array.from(stored.openTime)],
        open: [...older.candles.open, ...Array.from(stored.open)],
        high: [...older.candles.high, ...Array.from(stored.high)],
        low: [...older.candles.low, ...Array.from(stored.low)],
        close: [...older.candles.close, ...Array.from(stored.close)],
        volume: [...older.candles.volume, ...Array.from(stored.volume)],
      },
    };
  }

  coverage(filter: { venue?: string | undefined; symbol?: string | undefined; interval?: CandleInterval | undefined }): SeriesCoverage[] {
    return this.candles
      .series()
      .filter((series) => (filter.venue ?? series.venue) === series.venue && (filter.symbol ?? series.symbol) === series.symbol && (filter.interval ?? series.interval) === series.interval)
      .map((series) => seriesCoverage(this.candles, series))
      .filter((coverage): coverage is SeriesCoverage => coverage !== null);
  }

  /** Reads the whole file first, then stores it in one transaction: all of it or nothing. */
  async importFile(input: SeriesKey & { path: string }): Promise<CandleImportResult> {
    let parsed;
    try {
      parsed = await readKlineFile(input.path, input.interval);
    } catch (error: unknown) {
      if (error instanceof KlineFileError) throw new AppError('BAD_INPUT', error.message);
      throw error;
    }
    const { batch } = parsed;
    const added = this.deps.sqlite.transaction(() => this.candles.insertMissingInTransaction(this.candles.seriesId(input, true), batch))();
    const result: CandleImportResult = {
      venue: input.venue,
      symbol: input.symbol,
      interval: input.interval,
      file: parsed.file,
      rows: batch.length,
      added,
      first: batch.openTime[0] ?? null,
      last: batch.openTime[batch.length - 1] ?? null,
      format: parsed.format,
    };
    this.#log.info(`Imported ${input.symbol} ${input.interval}: ${added} of ${batch.length} rows were new`, { file: parsed.file, venue: input.venue });
    this.#announce(input, added);
    return result;
  }

  /** Writes complete bars of `interval` built from stored 1-minute bars; stored bars stay. */
  derive(input: SeriesKey & { from?: number | undefined; to?: number | undefined }): { buckets: number; added: number; incomplete: number } {
    const minuteId = this.candles.seriesId({ ...input, interval: '1m' });
    if (minuteId === null) throw new AppError('NOT_FOUND', `No 1-minute ${input.symbol} bars are stored on ${input.venue} to derive ${input.interval} from`);
    const from = barOpenTime(input.interval, input.from ?? 0);
    const minutes = this.candles.rangeWithExtras(minuteId, from, input.to ?? Number.MAX_SAFE_INTEGER);
    const { batch, incomplete } = aggregateMinutes(minutes, input.interval);
    const added = this.deps.sqlite.transaction(() => this.candles.insertMissingInTransaction(this.candles.seriesId(input, true), batch))();
    this.#announce(input, added);
    return { buckets: batch.length, added, incomplete };
  }

  /** A closed candle from a live feed is stored once, when the next one begins. */
  storeClosed(key: SeriesKey, candle: LiveCandle): void {
    if (!candle.isClosed) return;
    try {
      this.candles.putClosed(this.candles.seriesId(key, true), { ...candle, closeTime: closeTimeOf(key.interval, candle.openTime) });
      this.#announce(key, 1);
    } catch (error: unknown) {
      this.#log.warn(`Could not store the closed ${key.symbol} ${key.interval} candle`, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  #derivedWindow(input: SeriesKey & { limit: number }, before: number): { window: CandleWindow } | null {
    const minuteId = this.candles.seriesId({ ...input, interval: '1m' });
    if (minuteId === null) return null;
    const newest = this.candles.newest(minuteId, before, 1);
    if (newest.length === 0) return null;
    const perBar = minutesPerBar(input.interval) ?? 44_640;
    const bars = Math.max(1, Math.min(input.limit, Math.floor(MAX_MINUTES_PER_WINDOW / perBar)));
    const lastBucket = barOpenTime(input.interval, newest.openTime[0] as number);
    const firstBucket = firstBucketOf(input.interval, lastBucket, bars);
    const minutes = this.candles.range(minuteId, firstBucket, before - 1);
    const { batch } = aggregateMinutes(minutes, input.interval, true);
    return { window: windowOf(input, 'derived', batch, this.candles.hasBarsBefore(minuteId, firstBucket)) };
  }

  #announce(key: SeriesKey, added: number): void {
    if (added > 0) this.deps.bus.emit('candles.stored', { venue: key.venue, symbol: key.symbol, interval: key.interval, added });
  }
}

function firstBucketOf(interval: CandleInterval, lastBucket: number, bars: number): number {
  if (interval === '1M') {
    const date = new Date(lastBucket);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (bars - 1), 1);
  }
  return lastBucket - (bars - 1) * (minutesPerBar(interval) as number) * 60_000;
}

type Columns = Pick<CandleBatch, 'length' | 'openTime' | 'open' | 'high' | 'low' | 'close' | 'volume'>;

function windowOf(key: SeriesKey, source: 'stored' | 'derived', batch: Columns, hasMore: boolean): CandleWindow {
  return {
    venue: key.venue,
    symbol: key.symbol,
    interval: key.interval,
    source,
    candles: {
      time: Array.from(batch.openTime),
      open: Array.from(batch.open),
      high: Array.from(batch.high),
      low: Array.from(batch.low),
      close: Array.from(batch.close),
      volume: Array.from(batch.volume),
    },
    hasMore,
  };
}

function emptyColumns(): Columns {
  const none = new Float64Array(0);
  return { length: 0, openTime: none, open: none, high: none, low: none, close: none, volume: none };
}
