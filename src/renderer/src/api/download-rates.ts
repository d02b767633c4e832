import { type Download } from '../../../shared/schemas/candles';

/** When a progress event arrived, and how many bars the download had fetched by then. */
export interface RateSample {
  readonly at: number;
  readonly fetched: number;
}

/** Rates are measured over the last this many milliseconds. */
export const RATE_WINDOW_MS = 10_000;
const KEPT_MS = 3 * RATE_WINDOW_MS;

const NO_SAMPLES: readonly RateSample[] = [];

/**
 * Bars per second over the last window, from the samples of one run. The window ends now, not
 * at the last page, so a stalled download reads as slowing down. null until two samples exist.
 */
export function windowRate(samples: readonly RateSample[], now: number, windowMs = RATE_WINDOW_MS): number | null {
  const last = samples.at(-1);
  if (last === undefined || samples.length < 2) return null;
  // The newest sample at or before the window's start, or the oldest when the run is younger.
  const base = samples.findLast((sample) => sample.at <= now - windowMs) ?? samples[0];
  if (base === undefined || base === last) return base === last && now - last.at >= windowMs ? 0 : null;
  const seconds = (Math.max(now, last.at) - base.at) / 1000;
  return seconds <= 0 ? null : (last.fetched - base.fetched) / seconds;
}

/**
 * The progress samples of running downloads, stamped as their events arrive. A download is
 * measured per run: the core's `startedAt` and `fetched` carry over a cancel and resume, so an
 * average since `startedAt` would count the time it was stopped.
 */
export class DownloadRates {
  readonly #samples = new Map<number, readonly RateSample[]>();
  readonly #listeners = new Set<() => void>();

  record(download: Pick<Download, 'id' | 'state' | 'fetched'>, at: number): void {
    const known = this.#samples.get(download.id);
    if (download.state !== 'running') {
      if (known !== undefined) this.#changed(() => this.#samples.delete(download.id));
      return;
    }
    const kept = (known ?? NO_SAMPLES).filter((sample) => sample.at >= at - KEPT_MS && sample.fetched <= download.fetched);
    this.#changed(() => this.#samples.set(download.id, [...kept, { at, fetched: download.fetched }]));
  }

  /** The same array until a sample is added, as useSyncExternalStore needs. */
  samplesOf(id: number): readonly RateSample[] {
    return this.#samples.get(id) ?? NO_SAMPLES;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(change: () => void): void {
    change();
    for (const listener of this.#listeners) listener();
  }
}

/** One per page: the events module records, the download rows read. */
export const downloadRates = new DownloadRates();
