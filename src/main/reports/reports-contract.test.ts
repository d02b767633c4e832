import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';
import { insertDailyReport } from './daily-report-repo';
import { dayReports } from './day-reports';
import { seedTrade } from './report-test-seed';
import { DAY_MS, dayStartOf, isoDay, isoMonth } from './utc-days';

/*
 * The reports.* methods through the real core and contract, on the emulator's account (10000
 * USDT and 1 BTC; BTCUSDT last 100.00, ask 100.01; taker fee 0.1 % taken in the asset received).
 */
let t: TradingFixture;

beforeAll(async () => {
  t = await startTrading({ emulator: { keys: [{ ...TRADER, commission: { maker: '0.00075', taker: '0.001' } }] } });
});

afterAll(() => t.close());

describe('reports through the contract', () => {
  it('today so far: the fills of the day and a fresh snapshot of the account', async () => {
    // Market buy of 0.5 at the ask 100.01 = 50.005 USDT; fee 0.0005 BTC, worth 0.050005 USDT at the fill price.
    await t.call('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5' });
    const today = await t.call('reports.generate', { accountId: t.accountId });
    expect(today).toMatchObject({ accountId: t.accountId, day: isoDay(Date.now()), isPartial: true, quoteAsset: 'USDT', tradeCount: 1, buyCount: 1, sellCount: 0, volume: '50.005', fees: '0.050005', realizedPnl: '0' });
    // 9949.995 USDT + 1.4995 BTC × 100
    expect(today).toMatchObject({ endingEquity: '10099.945', cash: '9949.995' });
    expect(today.symbols.map((symbol) => [symbol.symbol, symbol.isInTotals])).toEqual([['BTCUSDT', true]]);

    const curve = await t.call('reports.snapshots', { accountId: t.accountId });
    expect(curve.count).toBe(1);
    expect(curve.points).toEqual([{ ts: today.endingAt, totalValue: '10099.945', cash: '9949.995' }]);
    expect(curve.latest?.holdings.map((holding) => [holding.asset, holding.price, holding.value])).toEqual([
      ['USDT', '1', '9949.995'],
      ['BTC', '100', '149.95'],
    ]);
    // Nothing was stored as a report: today is not finished.
    expect((await t.call('reports.daily', { accountId: t.accountId, month: isoMonth(Date.now()) })).days).toEqual([]);
  });

  it('a stored day, and the month it is in, read back as written', async () => {
    const yesterday = dayStartOf(Date.now()) - DAY_MS;
    const { db, sqlite } = t.app.store;
    seedTrade(sqlite, { accountId: t.accountId, id: 'yesterday', side: 'BUY', price: '100', qty: '1', quoteQty: '100', commission: '0.1', commissionAsset: 'USDT', time: yesterday + 3_600_000 });
    const [report] = dayReports(db, { accountId: t.accountId, from: yesterday, to: yesterday + DAY_MS, assetsOf: () => ({ baseAsset: 'BTC', quoteAsset: 'USDT' }), isActiveOnly: true, isPartial: false, now: Date.now() });
    if (report === undefined) throw new Error('expected a report of yesterday');
    insertDailyReport(db, report);

    expect(await t.call('reports.dailyGet', { accountId: t.accountId, day: isoDay(yesterday) })).toEqual(report);
    const month = await t.call('reports.daily', { accountId: t.accountId, month: isoMonth(yesterday) });
    expect(month.days).toEqual([report]);
    expect(month.months).toEqual([isoMonth(yesterday)]);
    expect(month.totals).toMatchObject({ tradeCount: 1, volume: '100', fees: '0.1' });
  });

  it('answers NOT_FOUND for an unknown account or day, BAD_INPUT for a day or month that is not one', async () => {
    for (const result of [
      await t.result('reports.daily', { accountId: 999, month: '2024-03' }),
      await t.result('reports.dailyGet', { accountId: 999, day: '2024-03-01' }),
      await t.result('reports.dailyGet', { accountId: t.accountId, day: '2001-01-01' }),
      await t.result('reports.generate', { accountId: 999 }),
      await t.result('reports.snapshots', { accountId: 999 }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    for (const result of [
      await t.result('reports.daily', { accountId: t.accountId, month: '2024-13' }),
      await t.result('reports.dailyGet', { accountId: t.accountId, day: '2024-02-30' }),
      await t.result('reports.snapshots', { accountId: t.accountId, from: 10, to: 5 }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await t.call('reports.performance', {})).toEqual({ rows: [] });
  });
});
