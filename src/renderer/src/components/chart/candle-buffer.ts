import { type CandleColumns } from '../../../../shared/schemas/candles';

/** One bar as the chart and the legend read it; times are epoch ms of the bar's open. */
export interface Bar {
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}

/** What a live candle did to the buffer: changed the newest bar, began a new one, or nothing. */
export type MergeResult = 'updated' | 'appended' | 'ignored';

const FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;
type Field = (typeof FIELDS)[number];
type Columns = Record<Field, Float64Array>;

function allocate(capacity: number): Columns {
  return {
    time: new Float64Array(capacity),
    open: new Float64Array(capacity),
    high: new Float64Array(capacity),
    low: new Float64Array(capacity),
    close: new Float64Array(capacity),
    volume: new Float64Array(capacity),
  };
}

/**
 * The bars a chart has loaded, oldest first, as typed arrays: indicators read `close` without a
 * copy, older pages are put in front, and a live candle changes or appends the newest bar in
 * place. Appends grow the arrays by doubling, so a day of live 1-minute bars costs a handful of
 * copies, not one per bar.
 */
export class CandleBuffer {
  #columns: Columns;
  #length: number;

  private constructor(columns: Columns, length: number) {
    this.#columns = columns;
    this.#length = length;
  }

  static empty(): CandleBuffer {
    return new CandleBuffer(allocate(64), 0);
  }

  /** Columns as the core sends them (oldest first); bars out of order or repeated are dropped. */
  static fromColumns(columns: CandleColumns): CandleBuffer {
    const buffer = new CandleBuffer(allocate(Math.max(64, columns.time.length + 64)), 0);
    buffer.#appendColumns(columns);
    return buffer;
  }

  /** Windows paged back from the newest (`pages[0]`) to the oldest, joined into one run. */
  static fromPages(pages: readonly CandleColumns[]): CandleBuffer {
    const total = pages.reduce((sum, page) => sum + page.time.length, 0);
    const buffer = new CandleBuffer(allocate(Math.max(64, total + 64)), 0);
    for (let index = pages.length - 1; index >= 0; index--) {
      const page = pages[index];
      if (page !== undefined) buffer.#appendColumns(page);
    }
    return buffer;
  }

  get length(): number {
    return this.#length;
  }

  get time(): Float64Array {
    return this.#columns.time.subarray(0, this.#length);
  }

  get open(): Float64Array {
    return this.#columns.open.subarray(0, this.#length);
  }

  get high(): Float64Array {
    return this.#columns.high.subarray(0, this.#length);
  }

  get low(): Float64Array {
    return this.#columns.low.subarray(0, this.#length);
  }

  get close(): Float64Array {
    return this.#columns.close.subarray(0, this.#length);
  }

  get volume(): Float64Array {
    return this.#columns.volume.subarray(0, this.#length);
  }

  get firstTime(): number | null {
    return this.#length === 0 ? null : (this.#columns.time[0] ?? null);
  }

  get lastTime(): number | null {
    return this.#length === 0 ? null : (this.#columns.time[this.#length - 1] ?? null);
  }

  bar(index: number): Bar | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.#length) return undefined;
    const c = this.#columns;
    return {
      time: c.time[index] ?? 0,
      open: c.open[index] ?? 0,
      high: c.high[index] ?? 0,
      low: c.low[index] ?? 0,
      close: c.close[index] ?? 0,
      volume: c.volume[index] ?? 0,
    };
  }

  last(): Bar | undefined {
    return this.bar(this.#length - 1);
  }

  /** Index of the bar opening exactly at `time`, or -1. */
  indexOfTime(time: number): number {
    const index = this.indexAtOrBefore(time);
    return index >= 0 && this.#columns.time[index] === time ? index : -1;
  }

  /** Index of the last bar opening at or before `time`; -1 when `time` is before the first bar. */
  indexAtOrBefore(time: number): number {
    const times = this.#columns.time;
    let low = 0;
    let high = this.#length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((times[middle] ?? Infinity) <= time) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /**
   * Puts an older page in front. Only bars opening before the current first bar are taken, so a
   * page that overlaps what is loaded (the store gained bars in between) cannot duplicate one.
   * Returns how many bars were added.
   */
  prepend(columns: CandleColumns): number {
    const first = this.firstTime ?? Infinity;
    const older = CandleBuffer.fromColumns(columns);
    let take = older.indexAtOrBefore(first);
    if (take >= 0 && older.#columns.time[take] === first) take -= 1;
    const count = take + 1;
    if (count <= 0) return 0;
    const next = allocate(Math.max(64, count + this.#length + 64));
    for (const field of FIELDS) {
      next[field].set(older.#columns[field].subarray(0, count), 0);
      next[field].set(this.#columns[field].subarray(0, this.#length), count);
    }
    this.#columns = next;
    this.#length += count;
    return count;
  }

  /**
   * A live candle: the newest bar again (updated in place), the next bar (appended), or an older
   * bar (ignored: the stored history is the record for closed bars, and the chart can only
   * update its newest bar cheaply).
   */
  merge(bar: Bar): MergeResult {
    const last = this.lastTime;
    if (last !== null && bar.time < last) return 'ignored';
    if (last !== null && bar.time === last) {
      this.#write(this.#length - 1, bar);
      return 'updated';
    }
    this.#ensureCapacity(this.#length + 1);
    this.#write(this.#length, bar);
    this.#length += 1;
    return 'appended';
  }

  #appendColumns(columns: CandleColumns): void {
    const count = columns.time.length;
    this.#ensureCapacity(this.#length + count);
    for (let index = 0; index < count; index++) {
      const time = columns.time[index];
      if (time === undefined) continue;
      const last = this.lastTime;
      if (last !== null && time <= last) continue;
      this.#write(this.#length, {
        time,
        open: columns.open[index] ?? NaN,
        high: columns.high[index] ?? NaN,
        low: columns.low[index] ?? NaN,
        close: columns.close[index] ?? NaN,
        volume: columns.volume[index] ?? 0,
      });
      this.#length += 1;
    }
  }

  #write(index: number, bar: Bar): void {
    const c = this.#columns;
    c.time[index] = bar.time;
    c.open[index] = bar.open;
    c.high[index] = bar.high;
    c.low[index] = bar.low;
    c.close[index] = bar.close;
    c.volume[index] = bar.volume;
  }

  #ensureCapacity(needed: number): void {
    if (needed <= this.#columns.time.length) return;
    const next = allocate(Math.max(needed, this.#columns.time.length * 2));
    for (const field of FIELDS) next[field].set(this.#columns[field].subarray(0, this.#length));
    this.#columns = next;
  }
}
