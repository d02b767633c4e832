import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type EventName } from '../src/shared/contract';
import { type CandleInterval } from '../src/shared/domain/enums';
import { EventBus } from '../src/main/core/event-bus';
import { createLogger } from '../src/main/log/logger';
import { ccxtHistorySources, type CreateHistorySource } from '../src/main/market/history-source';
import { MarketData } from '../src/main/market/market-data';
import { openTestStore, type TestStore } from '../src/main/store/test-store';
import { resolveDataFile } from './binance-emulator/kline-file';

export interface MarketDataFixture {
  readonly testStore: TestStore;
  readonly market: MarketData;
  readonly events: Array<{ name: EventName; payload: unknown }>;
  cleanup(): Promise<void>;
}

/** MarketData on a fresh migrated store, recording every event it emits. */
export function openMarketData(sources: CreateHistorySource = ccxtHistorySources()): MarketDataFixture {
  const testStore = openTestStore();
  const bus = new EventBus((error) => {
    throw error;
  });
  const events: MarketDataFixture['events'] = [];
  bus.on((name, payload) => events.push({ name, payload }));
  const market = new MarketData({ db: testStore.store.db, sqlite: testStore.store.sqlite, bus, logger: createLogger([]), sources });
  return {
    testStore,
    market,
    events,
    async cleanup() {
      await market.downloads.stopAll();
      testStore.cleanup();
    },
  };
}

/** The text lines of a shared data file, read independently of the product's parser. */
export function sharedFileLines(file: string): string[] {
  const raw = fs.readFileSync(resolveDataFile(file));
  const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Writes lines to a file in `dir` (gzip'd when the name ends in .gz) and returns its path. */
export async function writeKlineFile(dir: string, name: string, lines: readonly string[]): Promise<string> {
  const { gzipSync } = await import('node:zlib');
  const file = path.join(dir, name);
  const text = `${lines.join('\n')}\n`;
  fs.writeFileSync(file, name.endsWith('.gz') ? gzipSync(text) : text);
  return file;
}

/** MarketData with shared data files already imported, e.g. [['1h', 'BTCUSDT-1h.csv.gz']] (venue binance, BTCUSDT). */
export async function openMarketDataWith(imports: ReadonlyArray<readonly [CandleInterval, string]>): Promise<MarketDataFixture> {
  const fixture = openMarketData();
  for (const [interval, file] of imports) await fixture.market.importFile({ venue: 'binance', symbol: 'BTCUSDT', interval, path: resolveDataFile(file) });
  return fixture;
}
