import { afterEach, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';
import { brackets } from '../store/schema';

/*
 * Brackets on the emulator's hand-made BTCUSDT bars (manual clock; bar 0 walks 100.00 → 99.00 →
 * 101.00 → 100.50 with a one-tick half-spread). A market buy fills at the ask, 100.01, with
 * its fee taken in BTC, so the exits sell what was bought less that fee.
 */
let t: TradingFixture;
afterEach(() => t.close());

const bracketRow = () => t.app.store.db.select().from(brackets).all()[0];
const statusOf = (clientOrderId: string | null | undefined) => (clientOrderId ? t.app.journal.get(clientOrderId)?.status : undefined);
const marketBuy = (bracket: { takeProfitPrice?: string; stopLoss?: { stopPrice: string; price: string } }) =>
  t.call('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.5', bracket });

describe('a bracket\'s exits', () => {
  it('are placed as one OCO once the entry fills; the take-profit fills and the exchange expires the stop', async () => {
    t = await startTrading();
    const entry = await marketBuy({ takeProfitPrice: '100.90', stopLoss: { stopPrice: '98.50', price: '98.40' } });
    expect(entry.status).toBe('FILLED');
    await expect.poll(() => bracketRow()?.status, { timeout: 10_000 }).toBe('placed');
    const row = bracketRow();
    expect(row).toMatchObject({ quantity: '0.4995', takeProfitPrice: '100.9', stopPrice: '98.5', stopLimitPrice: '98.4' });
    await expect.poll(() => [statusOf(row?.takeProfitClientOrderId), statusOf(row?.stopClientOrderId)], { timeout: 10_000 }).toEqual(['NEW', 'NEW']);
    expect(t.emulator.orderLists(TRADER.apiKey)).toHaveLength(1);
    // The base is locked once for both exits.
    expect(t.emulator.balances(TRADER.apiKey).find((balance) => balance.asset === 'BTC')?.locked).toBe('0.49950000');

    t.emulator.market.clock.advanceSteps(2); // 99.00 (above the stop), then 101.00: the take-profit trades
    await expect.poll(() => [statusOf(row?.takeProfitClientOrderId), statusOf(row?.stopClientOrderId)], { timeout: 10_000 }).toEqual(['FILLED', 'EXPIRED']);
    await expect.poll(() => bracketRow()?.status, { timeout: 10_000 }).toBe('done');
    const legs = (await t.call('orders.list', { accountId: t.accountId, limit: 10 })).orders.filter((order) => order.listClientOrderId !== null);
    expect(legs.map((leg) => [leg.type, leg.side, leg.origin])).toEqual(expect.arrayContaining([['LIMIT_MAKER', 'SELL', 'manual'], ['STOP_LOSS_LIMIT', 'SELL', 'manual']]));
  });

  it('the stop triggers and fills; the take-profit is expired by the exchange', async () => {
    t = await startTrading();
    await marketBuy({ takeProfitPrice: '102.00', stopLoss: { stopPrice: '99.20', price: '98.90' } });
    await expect.poll(() => bracketRow()?.status, { timeout: 10_000 }).toBe('placed');
    const row = bracketRow();
    await expect.poll(() => statusOf(row?.stopClientOrderId), { timeout: 10_000 }).toBe('NEW');
    t.emulator.market.clock.advanceSteps(1); // down to 99.00: the stop at 99.20 triggers, its 98.90 limit fills at the bid
    await expect.poll(() => [statusOf(row?.stopClientOrderId), statusOf(row?.takeProfitClientOrderId)], { timeout: 10_000 }).toEqual(['FILLED', 'EXPIRED']);
    await expect.poll(() => bracketRow()?.status, { timeout: 10_000 }).toBe('done');
  });

  it('an entry cancelled unfilled cancels its bracket; bad exit prices are refused before the entry is sent', async () => {
    t = await startTrading();
    const entry = await t.call('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.50', bracket: { takeProfitPrice: '101.00' } });
    expect(bracketRow()).toMatchObject({ status: 'waiting', entryClientOrderId: entry.clientOrderId });
    await t.call('orders.cancel', { accountId: t.accountId, clientOrderId: entry.clientOrderId });
    await expect.poll(() => bracketRow()?.status, { timeout: 10_000 }).toBe('cancelled');

    const wrongSide = await t.result('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.50', bracket: { takeProfitPrice: '99.00', stopLoss: { stopPrice: '99.60', price: '99.70' } } });
    expect(wrongSide.ok).toBe(false);
    if (!wrongSide.ok) {
      expect(wrongSide.error.code).toBe('BAD_INPUT');
      expect(wrongSide.error.message).toContain('The take profit (99) must be above the entry price 99.5.');
      expect(wrongSide.error.message).toContain('The stop (99.6) must be below the entry price 99.5.');
    }
    expect(t.app.journal.list({ limit: 10 })).toHaveLength(1);
  });

  it('a single take-profit is one GTC limit order', async () => {
    t = await startTrading();
    await marketBuy({ takeProfitPrice: '100.90' });
    await expect.poll(() => bracketRow()?.status, { timeout: 10_000 }).toBe('placed');
    const row = bracketRow();
    expect(row?.listClientOrderId).toBeNull();
    await expect.poll(() => t.app.journal.get(row?.takeProfitClientOrderId ?? '')?.type).toBe('LIMIT');
    expect(t.emulator.orderLists(TRADER.apiKey)).toEqual([]);
  });
});
