import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAccount } from '../store/test-seed';
import { openTestStore, type TestStore } from '../store/test-store';
import { seedDeploymentRow, seedPaperBook, seedSession, seedStrategy } from './report-test-seed';
import { snapshotAtOrBefore } from './snapshot-repo';
import { takeSnapshot, type SnapshotSource } from './snapshot-taker';

const T = Date.UTC(2024, 2, 1, 12);

let t: TestStore;
let accountId: number;
let asked: string[];

/** An exchange holding cash, BTC (priced), an asset with no USDT market, a zero balance and an asset whose price fails. */
const source: SnapshotSource = {
  balances: () =>
    Promise.resolve([
      { asset: 'USDT', free: '900', locked: '100' },
      { asset: 'BTC', free: '0.25', locked: '0.25' },
      { asset: 'XYZ', free: '10', locked: '0' },
      { asset: 'ETH', free: '0', locked: '0' },
      { asset: 'DOGE', free: '100', locked: '0' },
    ]),
  hasMarket: (_accountId, symbol) => ['BTCUSDT', 'ETHUSDT', 'DOGEUSDT'].includes(symbol),
  lastPrice: (_accountId, symbol) => {
    asked.push(symbol);
    return symbol === 'BTCUSDT' ? Promise.resolve('60000.00') : Promise.reject(new Error('no price'));
  },
};

beforeEach(() => {
  t = openTestStore();
  accountId = seedAccount(t.store.sqlite, 'Main');
  asked = [];
});

afterEach(() => t.cleanup());

describe('taking a portfolio snapshot', () => {
  it('values every balance at its last price, lists what it could not price, and keeps paper money apart', async () => {
    const { sqlite, db } = t.store;
    const strategyId = seedStrategy(sqlite, 'Crossover');
    const running = seedDeploymentRow(sqlite, { accountId, strategyId, mode: 'paper', paperCapital: '1000', createdAt: T - 1000 });
    const stopped = seedDeploymentRow(sqlite, { accountId, strategyId, mode: 'paper', paperCapital: '1000', createdAt: T - 1000 });
    seedSession(sqlite, running, T - 500, null);
    seedSession(sqlite, stopped, T - 500, T - 100);
    seedPaperBook(sqlite, running, { cash: 480.5, quantity: 0.01, entryPrice: 52000, entryTime: T - 200, equity: 1001.25 });
    seedPaperBook(sqlite, stopped, { cash: 1000, quantity: 0, entryPrice: 0, entryTime: 0, equity: 1000 });

    expect(await takeSnapshot(db, source, accountId, T)).toBe(true);
    // Only the nonzero assets with a USDT market are priced.
    expect(asked.sort()).toEqual(['BTCUSDT', 'DOGEUSDT']);
    const snapshot = snapshotAtOrBefore(db, accountId, T);
    // 1000 USDT + 0.5 × 60000
    expect(snapshot).toMatchObject({ accountId, ts: T, quoteAsset: 'USDT', totalValue: '31000', cash: '1000' });
    expect(snapshot?.holdings).toEqual([
      { asset: 'BTC', free: '0.25', locked: '0.25', price: '60000', value: '30000' },
      { asset: 'USDT', free: '900', locked: '100', price: '1', value: '1000' },
      { asset: 'DOGE', free: '100', locked: '0', price: null, value: null },
      { asset: 'XYZ', free: '10', locked: '0', price: null, value: null },
    ]);
    expect(snapshot?.paper).toEqual([{ deploymentId: running, symbol: 'BTCUSDT', cash: '480.5', positionQty: '0.01', equity: '1001.25' }]);

    // The same instant again (a tick run twice) adds nothing.
    expect(await takeSnapshot(db, source, accountId, T)).toBe(false);
    expect(sqlite.prepare('select count(*) as n from portfolio_snapshots').get()).toEqual({ n: 1 });
  });
});
