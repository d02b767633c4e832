import { afterEach, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';

/*
 * The hand-made BTCUSDT bars (test-support/binance-emulator/market-fixtures.ts) walk in four
 * sub-steps each, with a one-tick half-spread: bar 0 100.00 → 99.00 → 101.00 → 100.50; bar 1
 * 100.50 → 100.80 → 98.00 → 98.50; … The clock is manual, so every fill after placement below
 * happens because the test moved the price one sub-step at a time.
 */
let t: TradingFixture;
afterEach(() => t.close());

const base = (): { accountId: number; symbol: 'BTCUSDT' } => ({ accountId: t.accountId, symbol: 'BTCUSDT' });

function statusOf(clientOrderId: string): string | undefined {
  return t.app.journal.get(clientOrderId)?.status;
}

function exchangeOrder(clientOrderId: string) {
  return t.emulator.orders(TRADER.apiKey).find((order) => order.clientOrderId === clientOrderId);
}

describe('every order type, through ccxt against the emulator', () => {
  it('market buy by quantity: filled, fills and commission stored once, sent once', async () => {
    t = await startTrading();
    const order = await t.call('orders.place', { ...base(), side: 'BUY', type: 'MARKET', quantity: '0.5' });
    expect(order).toMatchObject({ status: 'FILLED', executedQty: '0.50000000', origin: 'manual', isAdopted: false });
    const { fills } = await t.call('fills.list', { clientOrderId: order.clientOrderId });
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.map((fill) => fill.tradeId).sort()).toEqual((exchangeOrder(order.clientOrderId)?.fills ?? []).map((trade) => String(trade.id)).sort());
    expect(fills.every((fill) => fill.commissionAsset === 'BTC' && !fill.isMaker)).toBe(true);
    expect(t.emulator.placeCount(order.clientOrderId)).toBe(1);
  });

  it('market buy by quote amount spends at most that amount', async () => {
    t = await startTrading();
    const order = await t.call('orders.place', { ...base(), side: 'BUY', type: 'MARKET', quoteOrderQty: '50' });
    expect(order.status).toBe('FILLED');
    expect(Number(order.cumulativeQuoteQty)).toBeLessThanOrEqual(50);
    expect(Number(order.cumulativeQuoteQty)).toBeGreaterThan(49);
  });

  it('limit GTC rests, then fills as a maker when the price trades through', async () => {
    t = await startTrading();
    const order = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.50' });
    expect(order.status).toBe('NEW');
    t.emulator.market.clock.advanceSteps(1); // down to the bar's low, 99.00
    await expect.poll(() => statusOf(order.clientOrderId), { timeout: 10_000 }).toBe('FILLED');
    const { fills } = await t.call('fills.list', { clientOrderId: order.clientOrderId });
    expect(fills).toMatchObject([{ price: '99.50000000', qty: '0.10000000', isMaker: true }]);
  });

  it('IOC and FOK that cannot fill expire at once, placing nothing on the book', async () => {
    t = await startTrading();
    const ioc = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT', timeInForce: 'IOC', quantity: '0.1', price: '99.50' });
    expect(ioc).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000' });
    const fok = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT', timeInForce: 'FOK', quantity: '0.1', price: '99.50' });
    expect(fok.status).toBe('EXPIRED');
    expect((await t.call('orders.list', { accountId: t.accountId, isOpenOnly: true })).orders).toEqual([]);
  });

  it('a limit maker that would take is rejected by the exchange and journaled as not placed', async () => {
    t = await startTrading();
    const order = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT_MAKER', quantity: '0.1', price: '100.50' });
    expect(order.status).toBe('REJECTED');
    expect(order.rejectReason).toMatch(/immediately match/);
    expect(t.emulator.placeCount(order.clientOrderId)).toBe(0);
  });

  it('stop-loss-limit and take-profit-limit wait for their stop, then trade', async () => {
    t = await startTrading();
    const stopLoss = await t.call('orders.place', { ...base(), side: 'SELL', type: 'STOP_LOSS_LIMIT', timeInForce: 'GTC', quantity: '0.1', stopPrice: '99.50', price: '98.90' });
    const takeProfit = await t.call('orders.place', { ...base(), side: 'SELL', type: 'TAKE_PROFIT_LIMIT', timeInForce: 'GTC', quantity: '0.1', stopPrice: '100.80', price: '100.70' });
    expect([stopLoss.status, takeProfit.status]).toEqual(['NEW', 'NEW']);
    t.emulator.market.clock.advanceSteps(1); // 100.00 → 99.00: the stop-loss triggers
    await expect.poll(() => statusOf(stopLoss.clientOrderId), { timeout: 10_000 }).toBe('FILLED');
    expect(statusOf(takeProfit.clientOrderId)).toBe('NEW');
    t.emulator.market.clock.advanceSteps(1); // 99.00 → 101.00: the take-profit triggers
    await expect.poll(() => statusOf(takeProfit.clientOrderId), { timeout: 10_000 }).toBe('FILLED');
  });

  it('partial fills: several trades, each stored once, until filled', async () => {
    t = await startTrading({ emulator: { replay: { speed: 0, maxFillQtyPerStep: '0.1' } } });
    const order = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.3', price: '100.50' });
    expect(order).toMatchObject({ status: 'PARTIALLY_FILLED', executedQty: '0.10000000' });
    t.emulator.market.clock.advanceSteps(1); // 99.00: the ask is under the limit, 0.1 more trades
    await expect.poll(() => t.app.journal.get(order.clientOrderId)?.executedQty, { timeout: 10_000 }).toBe('0.20000000');
    // Up and above the limit, then back down through it: the last 0.1.
    for (let step = 0; step < 8 && exchangeOrder(order.clientOrderId)?.status !== 'FILLED'; step++) t.emulator.market.clock.advanceSteps(1);
    await expect.poll(() => statusOf(order.clientOrderId), { timeout: 10_000 }).toBe('FILLED');
    await t.call('orders.reconcile', { accountId: t.accountId }); // a lookup after the stream adds nothing twice
    const { fills } = await t.call('fills.list', { clientOrderId: order.clientOrderId });
    expect(fills).toHaveLength(3);
    expect(new Set(fills.map((fill) => fill.tradeId)).size).toBe(3);
  });

  it('cancels one order, and all orders of a symbol', async () => {
    t = await startTrading();
    const one = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '90' });
    expect((await t.call('orders.cancel', { accountId: t.accountId, clientOrderId: one.clientOrderId })).status).toBe('CANCELED');
    const a = await t.call('orders.place', { ...base(), side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '91' });
    const b = await t.call('orders.place', { ...base(), side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '120' });
    const { orders } = await t.call('orders.cancelAll', { accountId: t.accountId, symbol: 'BTCUSDT' });
    expect(orders.map((order) => [order.clientOrderId, order.status]).sort()).toEqual([
      [a.clientOrderId, 'CANCELED'],
      [b.clientOrderId, 'CANCELED'],
    ].sort());
    expect(exchangeOrder(a.clientOrderId)?.status).toBe('CANCELED');
  });
});
