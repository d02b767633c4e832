import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SymbolAssets } from '../../shared/portfolio/average-cost';
import { type DailyReady } from '../../shared/schemas/reports';
import { EventBus } from '../core/event-bus';
import { seedAccount } from '../store/test-seed';
import { openTestStore, type TestStore } from '../store/test-store';
import { readPerformance } from './performance-repo';
import { generateFinishedDays, type ReportGeneratorDeps } from './report-generator';
import { dayReport, monthReports } from './report-reads';
import { seedDeploymentRow, seedRoundTrip, seedSession, seedSnapshot, seedStrategy, seedTrade } from './report-test-seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Friday 2024-03-01; the day before is Thursday 2024-02-29, in the same ISO week. */
const D = Date.UTC(2024, 2, 1);

const assetsOf = (): ((symbol: string) => SymbolAssets) => (symbol) => ({ baseAsset: symbol.replace('USDT', ''), quoteAsset: 'USDT' });

let t: TestStore;
let accountId: number;
let strategyId: number;
let ready: DailyReady[];
let deps: ReportGeneratorDeps;

/*
 * A paper deployment (capital 10000) in a session since D−1 00:30: a round trip closed at D−1
 * 10:00 for +20 and one at D 10:00 for −10. A manual buy on D. Snapshots at each midnight.
 */
beforeEach(() => {
  t = openTestStore();
  const { sqlite, db } = t.store;
  accountId = seedAccount(sqlite, 'Main');
  seedAccount(sqlite, 'Quiet');
  strategyId = seedStrategy(sqlite, 'Crossover');
  const paperId = seedDeploymentRow(sqlite, { accountId, strategyId, mode: 'paper', paperCapital: '10000', createdAt: D - DAY });
  seedSession(sqlite, paperId, D - DAY + HOUR / 2, null);
  seedRoundTrip(sqlite, paperId, { entryTime: D - DAY + HOUR, entryPrice: 100, exitTime: D - DAY + 10 * HOUR, exitPrice: 101, quantity: 20, fees: 0, pnl: 20 });
  seedRoundTrip(sqlite, paperId, { entryTime: D + HOUR, entryPrice: 100, exitTime: D + 10 * HOUR, exitPrice: 99.5, quantity: 20, fees: 0, pnl: -10 });
  seedTrade(sqlite, { accountId, id: 'buy', side: 'BUY', price: '100', qty: '1', quoteQty: '100', commission: '0.1', commissionAsset: 'USDT', time: D + 5 * HOUR });
  for (let day = D - DAY; day <= D + 3 * DAY; day += DAY) seedSnapshot(db, accountId, day, '5000');
  const bus = new EventBus((error) => {
    throw error;
  });
  ready = [];
  bus.on((name, payload) => {
    if (name === 'reports.dailyReady') ready.push(payload as DailyReady);
  });
  deps = { db, bus, accountIds: () => [accountId, accountId + 1], assetsOf };
});

afterEach(() => t.cleanup());

/** Sharpe by the book, apart from the product: mean over sample deviation of daily returns, times √365. */
function sharpeOf(returns: number[]): number {
  const mean = returns.reduce((sum, value) => sum + value, 0) / returns.length;
  const variance = returns.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (returns.length - 1);
  return (mean / Math.sqrt(variance)) * Math.sqrt(365);
}

describe('writing the reports of finished days', () => {
  it('catches up every missed day once, announces each, and never writes a day twice', () => {
    const first = generateFinishedDays(deps, D + 2 * DAY + 10 * HOUR);
    expect(first.reports.map((report) => report.day)).toEqual(['2024-02-29', '2024-03-01', '2024-03-02']);
    expect(ready.map((event) => event.day)).toEqual(['2024-02-29', '2024-03-01', '2024-03-02']);
    expect(ready[1]).toEqual({ accountId, day: '2024-03-01', quoteAsset: 'USDT', tradeCount: 1, realizedPnl: '0', endingEquity: '5000', equityChangePct: '0' });

    // Again the same day, and again after a fill arrived late for a day already written.
    seedTrade(t.store.sqlite, { accountId, id: 'late', side: 'BUY', price: '100', qty: '1', quoteQty: '100', commission: '0', commissionAsset: 'USDT', time: D + 6 * HOUR });
    expect(generateFinishedDays(deps, D + 2 * DAY + 11 * HOUR).reports).toEqual([]);
    expect(ready).toHaveLength(3);
    expect(dayReport(t.store.db, accountId, '2024-03-01').tradeCount).toBe(1);

    // The next midnight: only the day that just finished.
    expect(generateFinishedDays(deps, D + 3 * DAY + 5 * 60_000).reports.map((report) => report.day)).toEqual(['2024-03-03']);
    expect(t.store.sqlite.prepare('select count(*) as n from daily_reports').get()).toEqual({ n: 4 });

    const march = monthReports(t.store.db, accountId, '2024-03');
    expect(march.days.map((report) => report.day)).toEqual(['2024-03-03', '2024-03-02', '2024-03-01']);
    expect(march.months).toEqual(['2024-03', '2024-02']);
    expect(march.totals).toMatchObject({ tradeCount: 1, volume: '100', fees: '0.1', startingEquity: '5000', endingEquity: '5000' });
    expect(monthReports(t.store.db, accountId, '2024-01')).toMatchObject({ days: [], totals: null });
  });

  it('recomputes each strategy’s paper figures for the day, week, month, year and all time', () => {
    expect(generateFinishedDays(deps, D + 2 * DAY + 10 * HOUR).performanceRows).toBe(7);
    const all = readPerformance(t.store.db, { period: 'all', limit: 10 });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ strategyId, strategyName: 'Crossover', mode: 'paper', periodStart: 0, periodEnd: D + 2 * DAY, quoteAsset: 'USDT', tradeCount: 2, winRate: 0.5, netPnl: '10', profitFactor: 2 });
    expect(all[0]?.returnPct).toBeCloseTo(0.1, 12);
    // From 10020 after the first trade down to 10010.
    expect(all[0]?.maxDrawdownPct).toBeCloseTo((10 / 10020) * 100, 10);
    // D−1, D, D+1: returns 20/10000, −10/10020, 0.
    expect(all[0]?.sharpe).toBeCloseTo(sharpeOf([20 / 10000, -10 / 10020, 0]), 10);

    const days = readPerformance(t.store.db, { period: 'day', limit: 10 });
    expect(days.map((row) => [row.periodStart, row.tradeCount, row.netPnl])).toEqual([
      [D, 1, '-10'],
      [D - DAY, 1, '20'],
    ]);
    // One day: no Sharpe; a loss and no profit: a profit factor of 0.
    expect(days[0]).toMatchObject({ sharpe: null, winRate: 0, profitFactor: 0 });
    expect(days[0]?.returnPct).toBeCloseTo((-10 / 10020) * 100, 12);

    // Monday 2024-02-26 to the end of Saturday 2024-03-02: three quiet days, then the two trades, then a quiet day.
    const [week] = readPerformance(t.store.db, { period: 'week', limit: 10 });
    expect(week).toMatchObject({ periodStart: Date.UTC(2024, 1, 26), periodEnd: D + 2 * DAY, tradeCount: 2 });
    expect(week?.sharpe).toBeCloseTo(sharpeOf([0, 0, 0, 20 / 10000, -10 / 10020, 0]), 10);

    expect(readPerformance(t.store.db, { period: 'month', limit: 10 }).map((row) => [row.periodStart, row.netPnl])).toEqual([
      [D, '-10'],
      [Date.UTC(2024, 1, 1), '20'],
    ]);
    expect(readPerformance(t.store.db, { period: 'year', mode: 'live', limit: 10 })).toEqual([]);

    // A later day updates the periods it falls in, in place.
    generateFinishedDays(deps, D + 3 * DAY + HOUR);
    expect(readPerformance(t.store.db, { period: 'all', limit: 10 })).toEqual([expect.objectContaining({ periodEnd: D + 3 * DAY, tradeCount: 2 })]);
  });
});
