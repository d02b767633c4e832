import { YEAR_FILE, YEAR_ROWS } from '../lib/kline-inputs';
import { expectCount, openBenchMarket, prepareRawRead, readWindowPages, spanOf, storedSpan, timed, timeImport, WINDOW_PAGE } from '../lib/market-store';
import { median, type Figure } from '../lib/results';

const BARS = 100_000;
const RUNS = 9;

/**
 * Reading the newest 100k 1-minute bars of the stored 2024 year for the chart: as the chart
 * reads (`market.window`, 5,000 per call, paging back with `before`) and in one
 * `candles.range`, against one raw better-sqlite3 query of the same rows on the same
 * connection. Warm cache: every reader runs once untimed, then they take turns.
 */
export async function benchCandleRead(): Promise<Figure[]> {
  const store = openBenchMarket();
  try {
    await timeImport(store.market, YEAR_FILE, YEAR_ROWS);
    const span = storedSpan(store.market);
    const { from, to } = spanOf(span, 'newest', BARS);
    const raw = prepareRawRead(store.sqlite);
    const readers = {
      window: () => readWindowPages(store.market, BARS),
      range: () => store.market.candles.range(span.id, from, to).length,
      raw: () => raw(span.id, from, to),
    };
    const times: Record<keyof typeof readers, number[]> = { window: [], range: [], raw: [] };
    for (let run = -1; run < RUNS; run++) {
      for (const [name, read] of Object.entries(readers) as Array<[keyof typeof readers, () => number]>) {
        const { ms, value } = timed(read);
        expectCount(name, value, BARS);
        if (run >= 0) times[name].push(ms);
      }
    }
    const window = median(times.window);
    const range = median(times.range);
    const peer = median(times.raw);
    return [
      {
        name: 'read newest 100k 1m candles via market.window pages of 5,000 (median)',
        value: window,
        unit: 'ms',
        note: `${BARS / WINDOW_PAGE} calls, each SELECT ... DESC LIMIT into a CandleBatch, then plain arrays for the reply; no IPC or JSON (the chart adds those).`,
      },
      { name: 'read newest 100k 1m candles via candles.range in one call (median)', value: range, unit: 'ms', note: 'One SELECT of the six columns into a CandleBatch of Float64Arrays.' },
      { name: 'peer: raw better-sqlite3 .raw().all() of the same 100k rows (median)', value: peer, unit: 'ms', note: 'The same six columns and rows as arrays of numbers, one query, same connection.' },
      { name: 'read 100k via market.window pages / raw better-sqlite3', value: window / peer, unit: 'x' },
      { name: 'read 100k via candles.range / raw better-sqlite3', value: range / peer, unit: 'x' },
    ];
  } finally {
    await store.close();
  }
}
