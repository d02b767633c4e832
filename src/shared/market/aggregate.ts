import { type CandleInterval } from '../domain/enums';
import { CandleBatchBuilder, type CandleBatch } from './candle-batch';
import { barOpenTime, minutesPerBar } from './intervals';

const MINUTE = 60_000;

export interface Aggregation {
  readonly batch: CandleBatch;
  /** Buckets left out (or, with `includePartial`, kept) because minutes were missing. */
  readonly incomplete: number;
}

/**
 * Builds bars of a higher interval from 1-minute bars (sorted, unique): open of the first
 * minute, high and low over all, close of the last, volumes summed. With `includePartial`
 * false (the default), a bucket is written only when every one of its minutes is present, so
 * a derived bar is exactly the bar Binance publishes; the chart passes true to show the bar
 * still forming and bars around a gap.
 *
 * Volumes are decimals with at most 8 places on Binance, so each sum is rounded back to 8
 * places: the float sum of many minutes otherwise drifts by an ulp or two from the published
 * figure (329.11997000000003 instead of 329.11997).
 */
export function aggregateMinutes(minutes: CandleBatch, interval: CandleInterval, includePartial = false): Aggregation {
  const perBar = minutesPerBar(interval);
  const hasExtras = minutes.extra !== null;
  const out = new CandleBatchBuilder(hasExtras, Math.ceil(minutes.length / (perBar ?? 43_200)) + 2);
  const row = new Float64Array(11);
  const sums = new VolumeSums(hasExtras);
  let incomplete = 0;
  let index = 0;

  while (index < minutes.length) {
    const bucket = barOpenTime(interval, minutes.openTime[index] as number);
    const next = nextBucket(interval, bucket);
    let high = -Infinity;
    let low = Infinity;
    let count = 0;
    const first = index;
    sums.reset();
    while (index < minutes.length && (minutes.openTime[index] as number) < next) {
      high = Math.max(high, minutes.high[index] as number);
      low = Math.min(low, minutes.low[index] as number);
      sums.add(minutes, index);
      count += 1;
      index += 1;
    }
    const expected = perBar ?? (next - bucket) / MINUTE;
    const isComplete = count === expected;
    if (!isComplete) incomplete += 1;
    if (!isComplete && !includePartial) continue;
    row[0] = bucket;
    row[1] = minutes.open[first] as number;
    row[2] = high;
    row[3] = low;
    row[4] = minutes.close[index - 1] as number;
    row[5] = roundTo8(sums.volume.value);
    if (minutes.extra !== null) {
      row[6] = next - 1;
      row[7] = roundTo8(sums.quoteVolume.value);
      row[8] = sums.tradeCount.value;
      row[9] = roundTo8(sums.takerBase.value);
      row[10] = roundTo8(sums.takerQuote.value);
    }
    out.push(row);
  }
  return { batch: out.build(), incomplete };
}

function nextBucket(interval: CandleInterval, bucket: number): number {
  if (interval !== '1M') return bucket + (minutesPerBar(interval) as number) * MINUTE;
  const date = new Date(bucket);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

function roundTo8(value: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(8)) : value;
}

/** Neumaier's compensated sum: the running error of a float sum, added back at the end. */
class CompensatedSum {
  #sum = 0;
  #compensation = 0;

  reset(): void {
    this.#sum = 0;
    this.#compensation = 0;
  }

  add(value: number): void {
    const total = this.#sum + value;
    this.#compensation += Math.abs(this.#sum) >= Math.abs(value) ? this.#sum - total + value : value - total + this.#sum;
    this.#sum = total;
  }

  get value(): number {
    return this.#sum + this.#compensation;
  }
}

class VolumeSums {
  readonly volume = new CompensatedSum();
  readonly quoteVolume = new CompensatedSum();
  readonly tradeCount = new CompensatedSum();
  readonly takerBase = new CompensatedSum();
  readonly takerQuote = new CompensatedSum();

  constructor(private readonly hasExtras: boolean) {}

  reset(): void {
    this.volume.reset();
    this.quoteVolume.reset();
    this.tradeCount.reset();
    this.takerBase.reset();
    this.takerQuote.reset();
  }

  add(batch: CandleBatch, index: number): void {
    this.volume.add(batch.volume[index] as number);
    if (!this.hasExtras || batch.extra === null) return;
    this.quoteVolume.add(batch.extra.quoteVolume[index] as number);
    this.tradeCount.add(batch.extra.tradeCount[index] as number);
    this.takerBase.add(batch.extra.takerBuyBaseVolume[index] as number);
    this.takerQuote.add(batch.extra.takerBuyQuoteVolume[index] as number);
  }
}
