/**
 * Candles as parallel float64 columns, oldest first: how market data moves between the file
 * parser, the store, aggregation and the chart. A missing optional value is NaN (null in the
 * store). Open and close times are epoch milliseconds, exact in a float64.
 */
export interface CandleBatch {
  readonly length: number;
  readonly openTime: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
  /** Present only when the source carries Binance's full kline rows. */
  readonly extra: CandleExtras | null;
}

export interface CandleExtras {
  readonly closeTime: Float64Array;
  readonly quoteVolume: Float64Array;
  readonly tradeCount: Float64Array;
  readonly takerBuyBaseVolume: Float64Array;
  readonly takerBuyQuoteVolume: Float64Array;
}

const BASE_COLUMNS = ['openTime', 'open', 'high', 'low', 'close', 'volume'] as const;
const EXTRA_COLUMNS = ['closeTime', 'quoteVolume', 'tradeCount', 'takerBuyBaseVolume', 'takerBuyQuoteVolume'] as const;

/** One row as the builder takes it: six base values, then the five extras when present. */
export type CandleRow = Float64Array;

/** Grows typed columns row by row (doubling), then hands out a trimmed batch. */
export class CandleBatchBuilder {
  #length = 0;
  #capacity: number;
  #columns: Float64Array[];

  constructor(
    readonly hasExtras: boolean,
    initialCapacity = 4096,
  ) {
    this.#capacity = Math.max(16, initialCapacity);
    const count = BASE_COLUMNS.length + (hasExtras ? EXTRA_COLUMNS.length : 0);
    this.#columns = Array.from({ length: count }, () => new Float64Array(this.#capacity));
  }

  get length(): number {
    return this.#length;
  }

  /** Appends one row; `row` holds at least as many values as this builder has columns. */
  push(row: CandleRow): void {
    if (this.#length === this.#capacity) this.#grow();
    const columns = this.#columns;
    for (let column = 0; column < columns.length; column++) {
      (columns[column] as Float64Array)[this.#length] = row[column] as number;
    }
    this.#length += 1;
  }

  build(): CandleBatch {
    const length = this.#length;
    const take = (index: number): Float64Array => (this.#columns[index] as Float64Array).slice(0, length);
    return {
      length,
      openTime: take(0),
      open: take(1),
      high: take(2),
      low: take(3),
      close: take(4),
      volume: take(5),
      extra: this.hasExtras
        ? { closeTime: take(6), quoteVolume: take(7), tradeCount: take(8), takerBuyBaseVolume: take(9), takerBuyQuoteVolume: take(10) }
        : null,
    };
  }

  #grow(): void {
    this.#capacity *= 2;
    this.#columns = this.#columns.map((column) => {
      const bigger = new Float64Array(this.#capacity);
      bigger.set(column);
      return bigger;
    });
  }
}

/** A batch without extras from OHLCV rows: open time, open, high, low, close and volume first; further values are left out. */
export function batchOfRows(rows: readonly ArrayLike<number>[]): CandleBatch {
  const builder = new CandleBatchBuilder(false, rows.length);
  const row = new Float64Array(BASE_COLUMNS.length);
  for (const source of rows) {
    for (let column = 0; column < row.length; column++) row[column] = source[column] as number;
    builder.push(row);
  }
  return builder.build();
}

export function emptyBatch(): CandleBatch {
  return new CandleBatchBuilder(false, 16).build();
}

/** Rows [start, end) of a batch, sharing its memory. */
export function sliceBatch(batch: CandleBatch, start: number, end: number): CandleBatch {
  const cut = (column: Float64Array): Float64Array => column.subarray(start, end);
  return {
    length: Math.max(0, Math.min(end, batch.length) - start),
    openTime: cut(batch.openTime),
    open: cut(batch.open),
    high: cut(batch.high),
    low: cut(batch.low),
    close: cut(batch.close),
    volume: cut(batch.volume),
    extra:
      batch.extra === null
        ? null
        : {
            closeTime: cut(batch.extra.closeTime),
            quoteVolume: cut(batch.extra.quoteVolume),
            tradeCount: cut(batch.extra.tradeCount),
            takerBuyBaseVolume: cut(batch.extra.takerBuyBaseVolume),
            takerBuyQuoteVolume: cut(batch.extra.takerBuyQuoteVolume),
          },
  };
}
