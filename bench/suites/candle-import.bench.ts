import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { readKlineFile } from '../../src/main/market/kline-file';
import { loadKlineFile } from '../../test-support/binance-emulator/kline-file';
import { readYearLines, SERIES, writePeerCsv, YEAR_FILE, YEAR_ROWS } from '../lib/kline-inputs';
import { openBenchMarket, timed, timedAsync, timeImport } from '../lib/market-store';
import { median, type Figure } from '../lib/results';
import { candleTablesDdl, hasSqlite3, SQLITE3_MISSING, timeSqlite3Import } from '../lib/sqlite3-cli';

const RUNS = 3;

/** gunzip and UTF-8 decoding alone, streamed the way the product's reader streams the file. */
async function gunzipOnly(file: string): Promise<number> {
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(zlib.createGunzip());
  stream.setEncoding('utf8');
  let characters = 0;
  for await (const chunk of stream as AsyncIterable<string>) characters += chunk.length;
  return characters;
}

interface Phases {
  readonly gunzip: number[];
  readonly read: number[];
  readonly insert: number[];
  readonly byteParser: number[];
}

/**
 * Where one import's time goes: the same file gunzipped only; read, parsed and validated by
 * the product's reader (nothing stored); that batch inserted into a fresh store as importFile
 * inserts it; and, for scale, the emulator's one-pass byte parser reading the same file.
 */
async function measurePhases(phases: Phases): Promise<void> {
  phases.gunzip.push((await timedAsync(() => gunzipOnly(YEAR_FILE))).ms);
  const read = await timedAsync(() => readKlineFile(YEAR_FILE, SERIES.interval));
  phases.read.push(read.ms);
  const store = openBenchMarket();
  try {
    const candles = store.market.candles;
    const inserted = timed(() => candles.insertMissing(candles.seriesId(SERIES, true), read.value.batch));
    if (inserted.value !== YEAR_ROWS) throw new Error(`inserted ${inserted.value} rows, expected ${YEAR_ROWS}`);
    phases.insert.push(inserted.ms);
  } finally {
    await store.close();
  }
  const parsed = timed(() => loadKlineFile(YEAR_FILE));
  if (parsed.value.length !== YEAR_ROWS) throw new Error(`the byte parser read ${parsed.value.length} rows`);
  phases.byteParser.push(parsed.ms);
}

const rate = (ms: number): number => YEAR_ROWS / (ms / 1000);

/**
 * `market.importFile` of the shared 2024 1-minute file (527,040 rows, gzip'd) into a fresh
 * store, against the sqlite3 shell's `.import` of the same rows into the same tables, run by
 * run in turn so a busy moment lands on both; then where the import spends its time.
 */
export async function benchCandleImport(): Promise<Figure[]> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-bench-import-'));
  try {
    const ours: number[] = [];
    const peer: number[] = [];
    const withPeer = hasSqlite3();
    let peerInput: { csv: string; ddl: string[]; seriesId: number } | null = null;
    for (let run = 0; run < RUNS; run++) {
      const store = openBenchMarket();
      try {
        ours.push(await timeImport(store.market, YEAR_FILE, YEAR_ROWS));
        if (withPeer && peerInput === null) {
          const seriesId = store.market.candles.seriesId(SERIES) ?? 0;
          peerInput = { csv: await writePeerCsv(readYearLines(), YEAR_ROWS, seriesId, scratch), ddl: candleTablesDdl(store.sqlite), seriesId };
        }
      } finally {
        await store.close();
      }
      if (peerInput !== null) peer.push(await timeSqlite3Import(peerInput.ddl, peerInput.seriesId, peerInput.csv, YEAR_ROWS));
    }
    const phases: Phases = { gunzip: [], read: [], insert: [], byteParser: [] };
    for (let run = 0; run < RUNS; run++) await measurePhases(phases);

    const ourRate = rate(median(ours));
    const figures: Figure[] = [
      {
        name: 'candle import, 2024 1m file (527,040 rows, gzip) (median of 3)',
        value: ourRate,
        unit: 'rows/s',
        note: 'market.importFile into a fresh store: gunzip, split, parse, validate every row, insert in one transaction.',
      },
    ];
    if (withPeer) {
      const peerRate = rate(median(peer));
      figures.push(
        {
          name: 'peer: sqlite3 CLI .import of the same rows (median of 3)',
          value: peerRate,
          unit: 'rows/s',
          note: "sqlite3 shell, wall clock of the process: a pre-decompressed CSV (no gunzip, no validation) into the product's own candles DDL, WAL + synchronous NORMAL + foreign keys on; the five extra columns arrive as '' where the product stores NULL (same record size).",
        },
        { name: 'candle import rate / sqlite3 .import rate', value: ourRate / peerRate, unit: 'x', note: 'Above 1: the product imports faster than the shell (which neither gunzips nor validates).' },
      );
    } else {
      console.log(`  ${SQLITE3_MISSING}`);
    }
    figures.push(
      { name: 'candle import phase: whole importFile (median of 3)', value: median(ours), unit: 'ms' },
      { name: 'candle import phase: gunzip + UTF-8 decode only, streamed (median of 3)', value: median(phases.gunzip), unit: 'ms' },
      {
        name: 'candle import phase: readKlineFile, gunzip to typed columns (median of 3)',
        value: median(phases.read),
        unit: 'ms',
        note: 'The product reader: gunzip stream, split lines, split fields, Number(), checks on every row, CandleBatchBuilder. Nothing stored.',
      },
      {
        name: 'candle import phase: insertMissing of the parsed batch, fresh store (median of 3)',
        value: median(phases.insert),
        unit: 'ms',
        note: '64-row multi-value INSERT ... ON CONFLICT DO NOTHING in one transaction, foreign keys on.',
      },
      {
        name: 'reference: one-pass byte parser of the same file, no checks (median of 3)',
        value: median(phases.byteParser),
        unit: 'ms',
        note: "test-support's emulator loader (gunzipSync, then digits to typed arrays in one loop): roughly the floor for getting these bytes into columns in JS.",
      },
    );
    return figures;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
