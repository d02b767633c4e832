import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SymbolAssets } from '../../shared/portfolio/average-cost';
import { seedAccount } from '../store/test-seed';
import { openTestStore, type TestStore } from '../store/test-store';
import { dayReports } from './day-reports';
import { seedDeploymentRow, seedPaperBook, seedRoundTrip, seedSession, seedSnapshot, seedStrategy, seedTrade } from './report-test-seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The day reported: 2024-03-01, UTC. */
const D = Date.UTC(2024, 2, 1);

const assetsOf = (symbol: string): SymbolAssets => (symbol === 'ETHBTC' ? { baseAsset: 'ETH', quoteAsset: 'BTC' } : { baseAsset: symbol.replace('USDT', ''), quoteAsset: 'USDT' });

let t: TestStore;
let accountId: number;
let liveId: number;
let paperId: number;
let idleId: number;

/*
 * The account (quote USDT):
 * - 2024-02-29: a manual buy of 0.1 BTC at 60000, no fee: 0.1 BTC held at a cost of 6000.
 * - D 10:00, live deployment: buy 0.1 at 62000 = 6200, fee 6.2 USDT → 0.2 BTC costing 12206.2.
 * - D 12:00, live deployment: sell 0.1 at 63000 = 6300, fee 6.3 USDT → proceeds 6293.7 for a
 *   cost of 12206.2 / 2 = 6103.1: realized +190.6.
 * - D 15:00, manual: sell 0.05 at 61000 = 3050, fee 0.01 BNB (500 USDT in the closing snapshot:
 *   5 USDT) → proceeds 3045 for a cost of 6103.1 / 2 = 3051.55: realized −6.55.
 * - D 16:00, manual: buy 1 ETH at 0.05 BTC, fee 0.001 ETH (0.00005 BTC): quoted in BTC, out of the totals.
 * - D+1 00:30: a manual buy, which belongs to the next day.
 * A paper deployment (no fills): a round trip entered the day before and closed at D 08:00
 * (+17.98 after 2.02 of fees), one in and out during D (−12.05 after 2.05), and an open position
 * entered at D 20:00 (0.01 at 52000). An idle paper deployment whose session ended before D.
 */
beforeEach(() => {
  t = openTestStore();
  const { sqlite } = t.store;
  accountId = seedAccount(sqlite, 'Main');
  const strategyId = seedStrategy(sqlite, 'Crossover');
  liveId = seedDeploymentRow(sqlite, { accountId, strategyId, mode: 'live', createdAt: D - 10 * DAY });
  paperId = seedDeploymentRow(sqlite, { accountId, strategyId, mode: 'paper', paperCapital: '10000', createdAt: D - 10 * DAY });
  idleId = seedDeploymentRow(sqlite, { accountId, strategyId, mode: 'paper', paperCapital: '500', createdAt: D - 10 * DAY });

  const base = { accountId, commission: '0', commissionAsset: 'USDT' } as const;
  seedTrade(sqlite, { ...base, id: 'before', side: 'BUY', price: '60000', qty: '0.1', quoteQty: '6000', time: D - 12 * HOUR });
  seedTrade(sqlite, { ...base, id: 'live-buy', side: 'BUY', price: '62000', qty: '0.1', quoteQty: '6200', commission: '6.2', time: D + 10 * HOUR, deploymentId: liveId });
  seedTrade(sqlite, { ...base, id: 'live-sell', side: 'SELL', price: '63000', qty: '0.1', quoteQty: '6300', commission: '6.3', time: D + 12 * HOUR, deploymentId: liveId });
  seedTrade(sqlite, { ...base, id: 'manual-sell', side: 'SELL', price: '61000', qty: '0.05', quoteQty: '3050', commission: '0.01', commissionAsset: 'BNB', time: D + 15 * HOUR });
  seedTrade(sqlite, { ...base, id: 'eth', symbol: 'ETHBTC', side: 'BUY', price: '0.05', qty: '1', quoteQty: '0.05', commission: '0.001', commissionAsset: 'ETH', time: D + 16 * HOUR });
  seedTrade(sqlite, { ...base, id: 'next-day', side: 'BUY', price: '60000', qty: '0.01', quoteQty: '600', time: D + DAY + 30 * 60_000 });

  seedSession(sqlite, liveId, D + 9 * HOUR, D + 13 * HOUR);
  seedSession(sqlite, paperId, D - 5 * HOUR, null);
  seedSession(sqlite, idleId, D - 3 * DAY, D - 2 * DAY);
  seedRoundTrip(sqlite, paperId, { entryTime: D - 4 * HOUR, entryPrice: 50000, exitTime: D + 8 * HOUR, exitPrice: 51000, quantity: 0.02, fees: 2.02, pnl: 17.98 });
  seedRoundTrip(sqlite, paperId, { entryTime: D + 9 * HOUR, entryPrice: 51500, exitTime: D + 11 * HOUR, exitPrice: 51000, quantity: 0.02, fees: 2.05, pnl: -12.05 });
  seedPaperBook(sqlite, paperId, { cash: 9485.93, quantity: 0.01, entryPrice: 52000, entryTime: D + 20 * HOUR, equity: 10005.93 });

  const { db } = t.store;
  const bnb = { asset: 'BNB', free: '1', locked: '0', price: '500', value: '500' };
  seedSnapshot(db, accountId, D - 2 * DAY, '9000');
  seedSnapshot(db, accountId, D, '10000');
  seedSnapshot(db, accountId, D + 12 * HOUR, '10500');
  seedSnapshot(db, accountId, D + 18 * HOUR, '9800');
  seedSnapshot(db, accountId, D + DAY, '10200', { assets: [bnb], paper: [{ deploymentId: paperId, symbol: 'BTCUSDT', cash: '9485.93', positionQty: '0.01', equity: '10005.93' }] });
});

afterEach(() => t.cleanup());

const reportOf = (from: number, to: number, isActiveOnly = true) => dayReports(t.store.db, { accountId, from, to, assetsOf, isActiveOnly, isPartial: false, now: D + DAY + HOUR });

describe('a daily report from fills, round trips and snapshots', () => {
  it('adds up the account, its symbols and its deployments as computed by hand', () => {
    const [report] = reportOf(D, D + DAY);
    expect(report).toMatchObject({
      accountId,
      day: '2024-03-01',
      dayStart: D,
      quoteAsset: 'USDT',
      // Exchange fills in USDT only: the live buy and sell, the manual sell.
      tradeCount: 3,
      buyCount: 1,
      sellCount: 2,
      winCount: 1,
      lossCount: 1,
      volume: '15550',
      fees: '17.5',
      realizedPnl: '184.05',
      costClosed: '9154.65',
      // 184.05 / 9154.65
      realizedPct: '2.0105',
      startingEquity: '10000',
      endingEquity: '10200',
      startingAt: D,
      endingAt: D + DAY,
      equityChange: '200',
      equityChangePct: '2',
      cash: '10200',
      unvaluedFees: [],
      isPartial: false,
    });
    // From the peak 10500 down to 9800.
    expect(report?.maxDrawdownPct).toBeCloseTo((700 / 10500) * 100, 10);
    expect(report?.balances.map((holding) => holding.asset)).toEqual(['USDT', 'BNB']);

    expect(report?.symbols).toEqual([
      { symbol: 'BTCUSDT', quoteAsset: 'USDT', isInTotals: true, tradeCount: 3, buyCount: 1, sellCount: 2, winCount: 1, lossCount: 1, volume: '15550', fees: '17.5', realizedPnl: '184.05', costClosed: '9154.65', realizedPct: '2.0105' },
      // The base fee is valued at the fill price: 0.001 × 0.05 BTC.
      { symbol: 'ETHBTC', quoteAsset: 'BTC', isInTotals: false, tradeCount: 1, buyCount: 1, sellCount: 0, winCount: 0, lossCount: 0, volume: '0.05', fees: '0.00005', realizedPnl: '0', costClosed: '0', realizedPct: null },
    ]);

    const [live, paper, ...others] = report?.deployments ?? [];
    expect(others).toEqual([]);
    expect(live).toMatchObject({ deploymentId: liveId, mode: 'live', strategyName: 'Crossover', strategyType: 'ma-crossover', symbol: 'BTCUSDT', quoteAsset: 'USDT' });
    // 190.6 / 6103.1
    expect(live).toMatchObject({ tradeCount: 2, buyCount: 1, sellCount: 1, winCount: 1, lossCount: 0, volume: '12500', fees: '12.5', realizedPnl: '190.6', realizedPct: '3.123', endingEquity: null });
    // Buys: the round trip entered during D (0.02 × 51500 = 1030) and the open position (0.01 × 52000 = 520);
    // sells: both exits (2 × 0.02 × 51000); fees and P&L of the two round trips closed during D.
    expect(paper).toMatchObject({ deploymentId: paperId, mode: 'paper', tradeCount: 4, buyCount: 2, sellCount: 2, winCount: 1, lossCount: 1, volume: '3590', fees: '4.07', realizedPnl: '5.93', costClosed: '2030' });
    expect(paper).toMatchObject({ endingEquity: '10005.93', endingCash: '9485.93', positionQty: '0.01' });
  });

  it('a fee in an asset no snapshot priced is reported apart, not guessed', () => {
    t.store.sqlite.prepare('delete from portfolio_snapshots where ts = ?').run(D + DAY);
    const [report] = reportOf(D, D + DAY);
    expect(report?.unvaluedFees).toEqual([{ asset: 'BNB', amount: '0.01' }]);
    expect(report?.fees).toBe('12.5');
    // No snapshot at the end: the day's last one stands.
    expect(report).toMatchObject({ endingEquity: '9800', endingAt: D + 18 * HOUR });
  });

  it('reports a range day by day, and leaves out days nothing is known of', () => {
    const reports = reportOf(D - 3 * DAY, D + 2 * DAY);
    // D−3 and D−2: the idle deployment's session; D−2 a snapshot too; D−1: the first buy.
    expect(reports.map((report) => report.day)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    const [first, , dayBefore, , next] = reports;
    expect(first?.deployments.map((row) => row.deploymentId)).toEqual([idleId]);
    // Its only snapshot is the one closing it (2024-02-28 00:00): an end, not a start.
    expect(first).toMatchObject({ tradeCount: 0, startingEquity: null, endingEquity: '9000', equityChange: null });
    expect(dayBefore).toMatchObject({ tradeCount: 1, buyCount: 1, volume: '6000', startingEquity: '9000', endingEquity: '10000' });
    // The round trip entered on D−1 is a buy of that day.
    expect(dayBefore?.deployments.find((row) => row.deploymentId === paperId)).toMatchObject({ buyCount: 1, sellCount: 0, volume: '1000' });
    expect(next).toMatchObject({ tradeCount: 1, volume: '600', startingEquity: '10200', endingEquity: '10200' });
    // The paper deployment is still in its session on D+1: listed with nothing traded.
    expect(next?.deployments).toEqual([expect.objectContaining({ deploymentId: paperId, tradeCount: 0, realizedPnl: '0' })]);

    expect(reportOf(D - 6 * DAY, D - 4 * DAY)).toEqual([]);
    expect(reportOf(D - 6 * DAY, D - 4 * DAY, false).map((report) => report.day)).toEqual(['2024-02-24', '2024-02-25']);
  });
});
