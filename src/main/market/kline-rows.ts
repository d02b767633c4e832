import { type CandleInterval } from '../../shared/domain/enums';
import { CandleBatchBuilder, type CandleBatch } from '../../shared/market/candle-batch';
import { barOpenTime, nextOpenTime } from '../../shared/market/intervals';

/**
 * `six-column`: open_time_ms,open,high,low,close,volume (the files in shared/data).
 * `binance-12`: Binance's public dump rows: open time, OHLCV, close time, quote volume, trade
 * count, taker buy base and quote volume, and an unused last field.
 */
export type KlineFormat = 'six-column' | 'binance-12';

/** Binance's dumps switched to microsecond times in 2025; no millisecond time reaches this. */
const MICROSECONDS_ABOVE = 1e14;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const COLUMN_NAMES = ['open time', 'open', 'high', 'low', 'close', 'volume', 'close time', 'quote volume', 'trade count', 'taker buy base volume', 'taker buy quote volume'];

/**
 * Turns CSV lines into candle rows, checking each one: the column count, numbers that are
 * numbers, a high and low that contain open and close, non-negative volumes, an open time on
 * the interval's grid and later than the row before. The first problem is returned as text
 * (the caller adds file and line); nothing is guessed or skipped.
 */
export class KlineRowParser {
  format: KlineFormat | null = null;
  #builder: CandleBatchBuilder | null = null;
  #previousOpenTime = -Infinity;
  #isFirstLine = true;
  #rows = 0;
  #hasOneBarStep = false;
  readonly #row = new Float64Array(11);

  constructor(private readonly interval: CandleInterval) {}

  /** Reads one line; returns null when it was taken (or was a header or blank), else the problem. */
  line(text: string): string | null {
    const isFirstLine = this.#isFirstLine;
    this.#isFirstLine = false;
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (line.trim() === '') return null;
    const fields = line.split(',');
    if (isFirstLine && !NUMBER.test((fields[0] ?? '').trim())) return null; // a header row
    if (this.format === null) {
      const format = formatOf(fields.length);
      if (format === null) return `expected 6 columns (open_time,open,high,low,close,volume) or Binance's 12, found ${fields.length}`;
      this.format = format;
      this.#builder = new CandleBatchBuilder(format === 'binance-12', 1 << 16);
    }
    const wanted = this.format === 'binance-12' ? 12 : 6;
    if (fields.length !== wanted) return `expected ${wanted} columns like the rows before, found ${fields.length}`;
    return this.#take(fields);
  }

  /**
   * A file of 1h bars also sits on the 15m grid; what gives it away is that no two rows are
   * one 15m bar apart. Null when the rows fit the interval.
   */
  intervalProblem(): string | null {
    if (this.#rows < 2 || this.#hasOneBarStep) return null;
    return `no two rows are one ${this.interval} bar apart: these look like bars of a longer interval (is --interval right?)`;
  }

  finish(): CandleBatch {
    return (this.#builder ?? new CandleBatchBuilder(false, 16)).build();
  }

  #take(fields: readonly string[]): string | null {
    const row = this.#row;
    const count = this.format === 'binance-12' ? 11 : 6;
    for (let column = 0; column < count; column++) {
      const text = fields[column] as string;
      // Number() alone would take "", " ", "0x1f" and "Infinity"; a decimal starts with a digit, "-" or ".".
      const first = text.charCodeAt(0);
      const isNumeric = (first >= 48 && first <= 57) || first === 45 || first === 46;
      const value = isNumeric ? Number(text) : NaN;
      if (!Number.isFinite(value) || (text.length > 1 && !isDecimalText(text))) {
        return `${COLUMN_NAMES[column] ?? `column ${column + 1}`} is not a number: "${text.trim().slice(0, 40)}"`;
      }
      row[column] = value;
    }
    row[0] = toMillis(row[0] as number);
    if (count === 11) row[6] = Math.floor(toMillis(row[6] as number));
    return this.#check(row, count) ?? this.#push(row);
  }

  #check(row: Float64Array, count: number): string | null {
    const [openTime = 0, open = 0, high = 0, low = 0, close = 0, volume = 0] = row;
    if (!Number.isInteger(openTime) || openTime < 0) return `open time ${openTime} is not a time in milliseconds`;
    if (barOpenTime(this.interval, openTime) !== openTime) {
      return `open time ${new Date(openTime).toISOString()} is not the start of a ${this.interval} bar (is the interval right?)`;
    }
    if (openTime <= this.#previousOpenTime) {
      return openTime === this.#previousOpenTime
        ? `open time ${new Date(openTime).toISOString()} appears twice`
        : `open time ${new Date(openTime).toISOString()} is earlier than the row before (rows must be sorted)`;
    }
    if (open <= 0 || close <= 0 || low <= 0) return 'prices must be positive';
    if (high < Math.max(open, close, low) || low > Math.min(open, close)) return `high ${high} and low ${low} do not contain open ${open} and close ${close}`;
    if (volume < 0) return `volume ${volume} is negative`;
    if (count === 11) {
      for (let column = 7; column < 11; column++) {
        if ((row[column] as number) < 0) return `${COLUMN_NAMES[column]} is negative`;
      }
      if (!Number.isInteger(row[8])) return `trade count ${row[8]} is not a whole number`;
    }
    return null;
  }

  #push(row: Float64Array): null {
    const openTime = row[0] as number;
    if (!this.#hasOneBarStep && this.#rows > 0 && nextOpenTime(this.interval, this.#previousOpenTime) === openTime) this.#hasOneBarStep = true;
    this.#rows += 1;
    this.#previousOpenTime = openTime;
    this.#builder?.push(row);
    return null;
  }
}

/** Rejects what Number() takes but a CSV decimal never is: hex, binary and octal literals. */
function isDecimalText(text: string): boolean {
  const second = text.charCodeAt(1);
  return !(text.charCodeAt(0) === 48 && (second === 120 || second === 88 || second === 98 || second === 66 || second === 111 || second === 79));
}

function formatOf(columns: number): KlineFormat | null {
  if (columns === 6) return 'six-column';
  if (columns === 12) return 'binance-12';
  return null;
}

function toMillis(time: number): number {
  return time >= MICROSECONDS_ABOVE ? time / 1000 : time;
}
