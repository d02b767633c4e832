import type Database from 'better-sqlite3';
import { type CandleInterval } from '../../shared/domain/enums';
import { batchOfRows, CandleBatchBuilder, type CandleBatch } from '../../shared/market/candle-batch';

export interface SeriesKey {
  readonly venue: string;
  readonly symbol: string;
  readonly interval: CandleInterval;
}

export interface StoredSeries extends SeriesKey {
  readonly id: number;
}

/** Rows per INSERT statement: one call binds many rows, which is most of the import speed. */
const ROWS_PER_INSERT = 64;
const COLUMNS = ['series_id', 'open_time', 'open', 'high', 'low', 'close', 'volume', 'close_time', 'quote_volume', 'trade_count', 'taker_buy_base_volume', 'taker_buy_quote_volume'];

type Row = Array<number | null>;

/**
 * Where `tradewind_collect` writes the rows of a range read. better-sqlite3 is synchronous and
 * a read never nests, so one collector serves every store and connection in the process.
 */
const collector = { columns: [] as Float64Array[], length: 0 };

/** A SQL function that copies one bar into the collector's typed columns. */
function collect(openTime: number, open: number, high: number, low: number, close: number, volume: number): null {
  const { columns } = collector;
  const at = collector.length;
  (columns[0] as Float64Array)[at] = openTime;
  (columns[1] as Float64Array)[at] = open;
  (columns[2] as Float64Array)[at] = high;
  (columns[3] as Float64Array)[at] = low;
  (columns[4] as Float64Array)[at] = close;
  (columns[5] as Float64Array)[at] = volume;
  collector.length = at + 1;
  return null;
}

/**
 * The candle tables, through prepared better-sqlite3 statements (bulk market data is the one
 * place the store is driven by hand, for speed). Writes never replace a stored bar except
 * through `putClosed`, the live feed's closed candle; imports and downloads only fill holes.
 */
export class CandleStore {
  readonly #findSeries: Database.Statement<[string, string, string], { id: number }>;
  readonly #createSeries: Database.Statement<[string, string, string]>;
  readonly #listSeries: Database.Statement<[], { id: number; venue: string; symbol: string; interval: CandleInterval }>;
  readonly #insertOne: Database.Statement<Row>;
  readonly #insertMany: Database.Statement<Row>;
  readonly #upsertOne: Database.Statement<Row>;
  readonly #newest: Database.Statement<[number, number, number]>;
  readonly #countRange: Database.Statement<[number, number, number], number>;
  readonly #collectRange: Database.Statement<[number, number, number]>;
  readonly #rangeFull: Database.Statement<[number, number, number]>;
  readonly #anyBefore: Database.Statement<[number, number]>;
  readonly #bounds: Database.Statement<[number], { bars: number; first: number | null; last: number | null }>;
  readonly #breaks: Database.Statement<[number, number]>;
  readonly #timesBetween: Database.Statement<[number, number, number]>;

  constructor(private readonly sqlite: Database.Database) {
    const values = (rows: number): string => Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
    const insert = `insert into candles (${COLUMNS.join(', ')}) values`;
    this.#findSeries = sqlite.prepare('select id from candle_series where exchange = ? and symbol = ? and interval = ?');
    this.#createSeries = sqlite.prepare('insert into candle_series (exchange, symbol, interval) values (?, ?, ?)');
    this.#listSeries = sqlite.prepare('select id, exchange as venue, symbol, interval from candle_series order by exchange, symbol, interval');
    this.#insertOne = sqlite.prepare<Row>(`${insert} ${values(1)} on conflict do nothing`);
    this.#insertMany = sqlite.prepare<Row>(`${insert} ${values(ROWS_PER_INSERT)} on conflict do nothing`);
    this.#upsertOne = sqlite.prepare<Row>(
      `${insert} ${values(1)} on conflict (series_id, open_time) do update set open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume, close_time = coalesce(excluded.close_time, close_time)`,
    );
    this.#newest = sqlite.prepare('select open_time, open, high, low, close, volume from candles where series_id = ? and open_time < ? order by open_time desc limit ?').raw(true);
    // A long range is read through a SQL function that writes each row straight into typed
    // columns: about 3.5× faster than having better-sqlite3 build an array per row.
    sqlite.function('tradewind_collect', { directOnly: true }, collect);
    this.#countRange = sqlite.prepare<[number, number, number], number>('select count(*) from candles where series_id = ? and open_time >= ? and open_time <= ?').pluck(true);
    this.#collectRange = sqlite.prepare(
      'select count(tradewind_collect(open_time, open, high, low, close, volume)) from (select * from candles where series_id = ? and open_time >= ? and open_time <= ? order by open_time)',
    );
    this.#rangeFull = sqlite.prepare(`select ${COLUMNS.slice(1).join(', ')} from candles where series_id = ? and open_time >= ? and open_time <= ? order by open_time`).raw(true);
    this.#anyBefore = sqlite.prepare('select 1 from candles where series_id = ? and open_time < ? limit 1').pluck(true);
    this.#bounds = sqlite.prepare('select count(*) as bars, min(open_time) as first, max(open_time) as last from candles where series_id = ?');
    // Each pair of neighbours further apart than one bar: the edges of a gap.
    this.#breaks = sqlite
      .prepare('select previous, open_time from (select open_time, lag(open_time) over (order by open_time) as previous from candles where series_id = ?) where open_time - previous > ?')
      .raw(true);
    this.#timesBetween = sqlite.prepare('select open_time from candles where series_id = ? and open_time >= ? and open_time <= ? order by open_time').pluck(true);
  }

  /** The series' id; with `create`, made on first use. */
  seriesId(key: SeriesKey, create: true): number;
  seriesId(key: SeriesKey, create?: false): number | null;
  seriesId(key: SeriesKey, create = false): number | null {
    const found = this.#findSeries.get(key.venue, key.symbol, key.interval);
    if (found !== undefined) return found.id;
    if (!create) return null;
    return Number(this.#createSeries.run(key.venue, key.symbol, key.interval).lastInsertRowid);
  }

  series(): StoredSeries[] {
    return this.#listSeries.all();
  }

  /**
   * Adds the bars of `batch` the series lacks, all or none in one transaction; returns how
   * many were new. Bars already stored are left as they are.
   */
  insertMissing(seriesId: number, batch: CandleBatch): number {
    return this.sqlite.transaction(() => this.#insertRows(seriesId, batch))();
  }

  /** The same, for a caller that already holds a transaction. */
  insertMissingInTransaction(seriesId: number, batch: CandleBatch): number {
    return this.#insertRows(seriesId, batch);
  }

  /** A closed live candle: written, or corrected if an earlier poll stored it still forming. */
  putClosed(seriesId: number, bar: { openTime: number; open: number; high: number; low: number; close: number; volume: number; closeTime: number }): void {
    this.#upsertOne.run(seriesId, bar.openTime, bar.open, bar.high, bar.low, bar.close, bar.volume, bar.closeTime, null, null, null, null);
  }

  /** The newest `limit` bars opening before `before`, oldest first. */
  newest(seriesId: number, before: number, limit: number): CandleBatch {
    const rows = this.#newest.all(seriesId, before, limit) as number[][];
    rows.reverse();
    return batchOfRows(rows);
  }

  /** Bars opening in [from, to], oldest first. */
  range(seriesId: number, from: number, to: number): CandleBatch {
    // One transaction, so the count and the rows come from the same snapshot of the file.
    return this.sqlite.transaction(() => this.#readRange(seriesId, from, to))();
  }

  #readRange(seriesId: number, from: number, to: number): CandleBatch {
    const count = this.#countRange.get(seriesId, from, to) ?? 0;
    collector.columns = Array.from({ length: 6 }, () => new Float64Array(count));
    collector.length = 0;
    try {
      this.#collectRange.get(seriesId, from, to);
      const [openTime, open, high, low, close, volume] = collector.columns as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
      if (collector.length !== count || !isAscending(openTime)) throw new Error(`A candle range read came back with ${collector.length} of ${count} rows, or out of order`);
      return { length: count, openTime, open, high, low, close, volume, extra: null };
    } finally {
      collector.columns = [];
    }
  }

  /** Bars opening in [from, to] with close time, quote volume, trades and taker volumes (NaN where null). */
  rangeWithExtras(seriesId: number, from: number, to: number): CandleBatch {
    const rows = this.#rangeFull.all(seriesId, from, to) as Array<Array<number | null>>;
    const builder = new CandleBatchBuilder(true, rows.length);
    const row = new Float64Array(11);
    for (const stored of rows) {
      for (let column = 0; column < 11; column++) row[column] = stored[column] ?? NaN;
      builder.push(row);
    }
    return builder.build();
  }

  hasBarsBefore(seriesId: number, time: number): boolean {
    return this.#anyBefore.get(seriesId, time) !== undefined;
  }

  bounds(seriesId: number): { bars: number; first: number | null; last: number | null } {
    return this.#bounds.get(seriesId) ?? { bars: 0, first: null, last: null };
  }

  /** Neighbouring stored bars further apart than `stepMs`, as [previous, next] open times. */
  breaks(seriesId: number, stepMs: number): Array<[number, number]> {
    return this.#breaks.all(seriesId, stepMs) as Array<[number, number]>;
  }

  /** Stored open times in [from, to], ascending. */
  openTimes(seriesId: number, from: number, to: number): number[] {
    return this.#timesBetween.all(seriesId, from, to) as number[];
  }

  #insertRows(seriesId: number, batch: CandleBatch): number {
    let added = 0;
    const many: Row = new Array<number | null>(ROWS_PER_INSERT * COLUMNS.length);
    let index = 0;
    for (; index + ROWS_PER_INSERT <= batch.length; index += ROWS_PER_INSERT) {
      for (let offset = 0; offset < ROWS_PER_INSERT; offset++) writeRow(many, offset * COLUMNS.length, seriesId, batch, index + offset);
      added += this.#insertMany.run(...many).changes;
    }
    const one: Row = new Array<number | null>(COLUMNS.length);
    for (; index < batch.length; index++) {
      writeRow(one, 0, seriesId, batch, index);
      added += this.#insertOne.run(...one).changes;
    }
    return added;
  }
}

function writeRow(target: Row, at: number, seriesId: number, batch: CandleBatch, index: number): void {
  target[at] = seriesId;
  target[at + 1] = batch.openTime[index] as number;
  target[at + 2] = batch.open[index] as number;
  target[at + 3] = batch.high[index] as number;
  target[at + 4] = batch.low[index] as number;
  target[at + 5] = batch.close[index] as number;
  target[at + 6] = batch.volume[index] as number;
  const extra = batch.extra;
  target[at + 7] = extra === null ? null : orNull(extra.closeTime[index] as number);
  target[at + 8] = extra === null ? null : orNull(extra.quoteVolume[index] as number);
  target[at + 9] = extra === null ? null : orNull(extra.tradeCount[index] as number);
  target[at + 10] = extra === null ? null : orNull(extra.takerBuyBaseVolume[index] as number);
  target[at + 11] = extra === null ? null : orNull(extra.takerBuyQuoteVolume[index] as number);
}

function isAscending(times: Float64Array): boolean {
  for (let i = 1; i < times.length; i++) if ((times[i] as number) <= (times[i - 1] as number)) return false;
  return true;
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
