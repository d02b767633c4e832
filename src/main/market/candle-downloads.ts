import { type CandleInterval } from '../../shared/domain/enums';
import { batchOfRows } from '../../shared/market/candle-batch';
import { barOpenTime, intervalMs, nextOpenTime } from '../../shared/market/intervals';
import { type CandleRange, type Download } from '../../shared/schemas/candles';
import { AppError } from '../api/app-error';
import { describeExchangeError } from '../exchange/exchange-error';
import { type Logger } from '../log/logger';
import { type CandleStore, type SeriesKey } from './candle-store';
import { missingRanges } from './coverage';
import { type DownloadRepo } from './download-repo';
import { PAGE_LIMIT, type CreateHistorySource, type HistorySource, type OhlcvRow } from './history-source';

/** Failures worth waiting out: the network, a rate limit, an exchange that is down. */
const RETRYABLE = new Set(['NETWORK', 'RATE_LIMIT', 'UNAVAILABLE']);
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000];
const CANCEL_CHECK_MS = 200;

interface Job {
  cancelled: boolean;
  done: Promise<void>;
}

export interface DownloadRequest {
  readonly venue: string;
  readonly symbol: string;
  readonly interval: CandleInterval;
  readonly from: number;
  readonly to: number;
}

interface DownloadDeps {
  readonly candles: CandleStore;
  readonly repo: DownloadRepo;
  readonly sources: CreateHistorySource;
  readonly logger: Logger;
  readonly onProgress: (download: Download) => void;
  readonly onStored: (key: SeriesKey, added: number) => void;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * History downloads, page by page through the venue's klines. Each page is committed as it
 * arrives, and a download only ever asks for bars the store lacks, so stopping (cancel, a
 * failure, quitting the app) loses nothing and a resume continues where it stopped. Only
 * closed bars are fetched: the bar still forming belongs to the live feed.
 */
export class CandleDownloads {
  readonly #running = new Map<number, Job>();
  readonly #sources = new Map<string, Promise<HistorySource>>();
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: DownloadDeps) {
    this.#now = deps.now ?? Date.now;
    this.#sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** At start of the app that runs downloads: any still marked running died with the last run. */
  recoverInterrupted(): void {
    const interrupted = this.deps.repo.markInterrupted();
    if (interrupted > 0) this.deps.logger.child('market').info(`${interrupted} download(s) stopped when the app last quit; resume them from the Data tab`);
  }

  start(request: DownloadRequest): Download {
    const download = this.deps.repo.create({ ...request, state: 'running', expected: 0, fetched: 0, error: null, startedAt: this.#now(), finishedAt: null });
    return this.#launch(download);
  }

  resume(id: number): Download {
    const download = this.#get(id);
    if (download.state === 'running') return download;
    if (download.state === 'done') throw new AppError('CONFLICT', `Download ${id} is complete; start a new one to fetch more`);
    return this.#launch(this.deps.repo.update(id, { state: 'running', error: null, finishedAt: null }));
  }

  cancel(id: number): Download {
    const download = this.#get(id);
    const job = this.#running.get(id);
    if (job === undefined) {
      if (download.state !== 'running') return download;
      return this.#finish(id, { state: 'cancelled' });
    }
    job.cancelled = true;
    return download;
  }

  /**
   * Stores the newest closed bars of a series (up to one page), without a row in the downloads
   * list: what a chart needs when it starts streaming a market whose recent history is not
   * stored. The exchange's newest bar is still forming, so it is left to the live feed; asking
   * for "the newest" rather than a time range also works when the venue's clock is not ours
   * (a replaying emulator). Resolves with the bars added; a failure is logged, not thrown.
   */
  async topUp(key: SeriesKey, bars: number): Promise<number> {
    let added = 0;
    try {
      const source = await this.#source(key.venue);
      const rows = await source.fetchCandles(key.symbol, key.interval, undefined, Math.min(PAGE_LIMIT, bars + 1));
      const closed = rows.slice(0, -1).filter((row) => barOpenTime(key.interval, row[0]) === row[0]);
      if (closed.length > 0) added = this.deps.candles.insertMissing(this.deps.candles.seriesId(key, true), batchOfRows(closed));
    } catch (error: unknown) {
      this.deps.logger.child('market').warn(`Could not fetch recent ${key.symbol} ${key.interval} bars`, { error: (await describeExchangeError(error)).message });
    }
    if (added > 0) this.deps.onStored(key, added);
    return added;
  }

  list(limit = 50): Download[] {
    return this.deps.repo.recent(limit);
  }

  /** Resolves once the download has stopped, however it ended (for tests and shutdown). */
  async settled(id: number): Promise<Download> {
    await this.#running.get(id)?.done;
    return this.#get(id);
  }

  async stopAll(): Promise<void> {
    for (const job of this.#running.values()) job.cancelled = true;
    await Promise.all([...this.#running.values()].map((job) => job.done));
    const sources = await Promise.all([...this.#sources.values()].map((source) => source.catch(() => null)));
    this.#sources.clear();
    await Promise.all(sources.map((source) => (source === null ? Promise.resolve() : source.close().catch(() => undefined))));
  }

  /**
   * Works out what the range still lacks before answering, so the reply already carries the
   * count of bars expected; the pages are fetched in the background.
   */
  #launch(download: Download): Download {
    const { interval } = download;
    const firstBar = alignUp(interval, download.from);
    const lastClosed = barOpenTime(interval, this.#now()) - 1;
    const lastBar = barOpenTime(interval, Math.min(download.to, lastClosed));
    const todo = missingRanges(this.deps.candles, this.deps.candles.seriesId(download), interval, firstBar, lastBar);
    const started = this.deps.repo.update(download.id, { expected: download.fetched + todo.reduce((sum, range) => sum + range.bars, 0) });
    const job: Job = { cancelled: false, done: Promise.resolve() };
    job.done = this.#run(started, todo, job).finally(() => this.#running.delete(download.id));
    this.#running.set(download.id, job);
    return started;
  }

  async #run(download: Download, todo: readonly CandleRange[], job: Job): Promise<void> {
    const { onProgress } = this.deps;
    let state = download;
    onProgress(state);
    try {
      const source = await this.#source(download.venue);
      for (const range of todo) {
        if (job.cancelled) break;
        state = await this.#fetchRange(state, range, source, job);
      }
      onProgress(this.#finish(download.id, { state: job.cancelled ? 'cancelled' : 'done' }));
    } catch (error: unknown) {
      if (job.cancelled) {
        onProgress(this.#finish(download.id, { state: 'cancelled' }));
        return;
      }
      const message = error instanceof AppError ? error.message : (await describeExchangeError(error)).message;
      this.deps.logger.child('market').warn(`Download of ${download.symbol} ${download.interval} stopped`, { id: download.id, error: message });
      onProgress(this.#finish(download.id, { state: 'failed', error: message }));
    }
  }

  async #fetchRange(state: Download, range: CandleRange, source: HistorySource, job: Job): Promise<Download> {
    const { candles, onProgress, onStored } = this.deps;
    const request: DownloadRequest = { venue: state.venue, symbol: state.symbol, interval: state.interval, from: state.from, to: state.to };
    let cursor = range.from;
    let current = state;
    while (cursor <= range.to && !job.cancelled) {
      const limit = Math.min(PAGE_LIMIT, pagesWorth(state.interval, cursor, range.to));
      const rows = await this.#withRetries(() => source.fetchCandles(state.symbol, state.interval, cursor, limit), job);
      const page = rows.filter((row) => row[0] >= cursor && row[0] <= range.to && barOpenTime(state.interval, row[0]) === row[0]);
      // Nothing (more) at this venue for the range: a listing that began later, or an outage.
      if (page.length === 0) break;
      const added = candles.insertMissing(candles.seriesId({ venue: state.venue, symbol: state.symbol, interval: state.interval }, true), batchOfRows(page));
      current = this.deps.repo.update(state.id, { fetched: current.fetched + added });
      onProgress(current);
      if (added > 0) onStored(request, added);
      cursor = nextOpenTime(state.interval, (page.at(-1) as OhlcvRow)[0]);
    }
    return current;
  }

  async #withRetries<T>(call: () => Promise<T>, job: Job): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error: unknown) {
        const problem = await describeExchangeError(error);
        const delay = RETRY_DELAYS_MS[attempt];
        if (!(RETRYABLE.has(problem.code) || (await isOperationFailure(error))) || delay === undefined || job.cancelled) throw error;
        this.deps.logger.child('market').info(`Download page failed, retrying in ${delay / 1000} s`, { error: problem.message });
        // Waits in short slices, so a cancel during the back-off takes effect at once.
        for (let waited = 0; waited < delay && !job.cancelled; waited += CANCEL_CHECK_MS) await this.#sleep(Math.min(CANCEL_CHECK_MS, delay - waited));
        if (job.cancelled) throw error;
      }
    }
  }

  #source(venue: string): Promise<HistorySource> {
    let source = this.#sources.get(venue);
    if (source === undefined) {
      source = this.deps.sources(venue);
      this.#sources.set(venue, source);
      source.catch(() => this.#sources.delete(venue));
    }
    return source;
  }

  #finish(id: number, patch: Pick<Download, 'state'> & { error?: string }): Download {
    return this.deps.repo.update(id, { state: patch.state, error: patch.error ?? null, finishedAt: this.#now() });
  }

  #get(id: number): Download {
    const download = this.deps.repo.get(id);
    if (download === null) throw new AppError('NOT_FOUND', `There is no download ${id}`);
    return download;
  }
}

/**
 * ccxt's OperationFailed: the exchange could not carry out a valid request (Binance -1001
 * "internal error", timeouts, the network). For a read, another try is the right answer.
 */
async function isOperationFailure(error: unknown): Promise<boolean> {
  const { default: ccxt } = await import('ccxt');
  return error instanceof ccxt.OperationFailed;
}

function alignUp(interval: CandleInterval, time: number): number {
  const open = barOpenTime(interval, time);
  return open === time ? open : nextOpenTime(interval, open);
}

function pagesWorth(interval: CandleInterval, from: number, to: number): number {
  return interval === '1M' ? PAGE_LIMIT : Math.floor((to - from) / intervalMs(interval)) + 1;
}

