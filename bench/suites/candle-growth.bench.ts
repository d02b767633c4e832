import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readYearLines, rowsLabel, writeGzipInput, writePeerCsv, type YearLines } from '../lib/kline-inputs';
import { expectCount, openBenchMarket, readWindowPages, spanOf, storedSpan, timed, timeImport, type BenchMarket } from '../lib/market-store';
import { median, type Figure } from '../lib/results';
import { candleTablesDdl, hasSqlite3, SQLITE3_MISSING, timeSqlite3Import } from '../lib/sqlite3-cli';

const MINUTE_MS = 60_000;
const READ_BARS = 100_000;
const READ_RUNS = 7;

/** Imports per size: the 4M import takes about 15-20 s here, and its peer as long, so it runs once. */
const SIZES = [
  { rows: 10_000, imports: 5 },
  { rows: 1_000_000, imports: 3 },
  { rows: 4_000_000, imports: 1 },
] as const;

const seconds = (runs: readonly number[]): string => (median(runs) / 1000).toFixed(1);

const INPUT_NOTE = 'The 2024 file repeated, year k shifted by k × 527,040 minutes, gzip level 1, written once per run (untimed); each import into a fresh store.';

/** Reading 100k bars (all of them when fewer are stored) from either end, as the chart pages. */
function timeReads(store: BenchMarket): { newest: number; oldest: number; bars: number } {
  const span = storedSpan(store.market);
  const bars = Math.min(READ_BARS, span.bars);
  const oldestBefore = spanOf(span, 'oldest', bars).to + MINUTE_MS;
  const newest: number[] = [];
  const oldest: number[] = [];
  for (let run = -1; run < READ_RUNS; run++) {
    const fromNewest = timed(() => readWindowPages(store.market, bars));
    const fromOldest = timed(() => readWindowPages(store.market, bars, oldestBefore));
    expectCount('paging from the newest end', fromNewest.value, bars);
    expectCount('paging from the oldest end', fromOldest.value, bars);
    if (run < 0) continue;
    newest.push(fromNewest.ms);
    oldest.push(fromOldest.ms);
  }
  return { newest: median(newest), oldest: median(oldest), bars };
}

async function measureSize(year: YearLines, size: (typeof SIZES)[number], scratch: string, withPeer: boolean): Promise<Figure[]> {
  const label = rowsLabel(size.rows);
  const gzip = await writeGzipInput(year, size.rows, scratch);
  let plain: string | null = null;
  const ours: number[] = [];
  const peer: number[] = [];
  let reads: ReturnType<typeof timeReads> | null = null;
  try {
    for (let run = 0; run < size.imports; run++) {
      const store = openBenchMarket();
      let peerTables: { ddl: string[]; seriesId: number };
      try {
        ours.push(await timeImport(store.market, gzip, size.rows));
        // The last store imported is the one read from.
        if (run === size.imports - 1) reads = timeReads(store);
        peerTables = { ddl: candleTablesDdl(store.sqlite), seriesId: storedSpan(store.market).id };
      } finally {
        await store.close();
      }
      if (withPeer) {
        plain ??= await writePeerCsv(year, size.rows, peerTables.seriesId, scratch);
        peer.push(await timeSqlite3Import(peerTables.ddl, peerTables.seriesId, plain, size.rows));
      }
    }
  } finally {
    fs.rmSync(gzip, { force: true });
    if (plain !== null) fs.rmSync(plain, { force: true });
  }
  if (reads === null) throw new Error(`no reads were timed at ${label}`);
  const times = size.imports === 1 ? 'once' : `median of ${size.imports}`;
  const ourRate = size.rows / (median(ours) / 1000);
  const readLabel = reads.bars === READ_BARS ? '100k' : `all ${rowsLabel(reads.bars)}`;
  const figures: Figure[] = [
    {
      name: `candle store growth, import ${label} rows, gzip (${times})`,
      value: ourRate,
      unit: 'rows/s',
      note: size.imports === 1 ? `${INPUT_NOTE} Run once, no repeats: this import took ${seconds(ours)} s${withPeer ? ` and its peer ${seconds(peer)} s` : ''}.` : INPUT_NOTE,
    },
  ];
  if (withPeer) {
    const peerRate = size.rows / (median(peer) / 1000);
    figures.push(
      { name: `peer: sqlite3 CLI .import ${label} rows (${times})`, value: peerRate, unit: 'rows/s' },
      { name: `candle store growth, import ${label} rows rate / sqlite3 .import rate`, value: ourRate / peerRate, unit: 'x' },
    );
  }
  figures.push(
    { name: `candle store growth, ${label} stored: read newest ${readLabel} via window pages (median)`, value: reads.newest, unit: 'ms' },
    { name: `candle store growth, ${label} stored: read oldest ${readLabel} via window pages (median)`, value: reads.oldest, unit: 'ms' },
  );
  return figures;
}

/**
 * How import and the chart's reads change with the stored history: 10k, 1M and 4M 1-minute
 * rows (the 2024 year repeated with shifted times, about 7.6 years at 4M), each imported into
 * a fresh store, then read from both ends of the series in 5,000-bar pages as the chart reads.
 * The sqlite3 shell imports the same rows each time beside it.
 */
export async function benchCandleGrowth(): Promise<Figure[]> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-bench-growth-'));
  try {
    const year = readYearLines();
    const withPeer = hasSqlite3();
    if (!withPeer) console.log(`  ${SQLITE3_MISSING}`);
    const figures: Figure[] = [];
    for (const size of SIZES) figures.push(...(await measureSize(year, size, scratch, withPeer)));
    return figures;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
