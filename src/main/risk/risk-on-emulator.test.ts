import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';
import { auditLog, deployments, strategies } from '../store/schema';

/*
 * The gate and the kill switch on the real core against the emulator. The hand-made BTCUSDT
 * bars start at 100.00 (bid 99.99, ask 100.01) on a manual clock, so resting buys at 99.xx stay
 * open until a test moves the price.
 */
let t: TradingFixture;
const dirs: string[] = [];
afterEach(async () => {
  await t.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const restingBuy = (price: string, quantity = '0.1') => ({ accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity, price }) as const;
const openOnExchange = (): string[] => t.emulator.orders(TRADER.apiKey).filter((order) => order.status === 'NEW').map((order) => order.clientOrderId);
const journalRows = (): number => t.app.journal.list({ limit: 1000 }).length;

async function refusalOf(promise: ReturnType<TradingFixture['result']>) {
  const result = await promise;
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('the risk gate on every order', () => {
  it('refuses an order over the max value, naming the limit and the excess; nothing journaled, nothing sent', async () => {
    t = await startTrading();
    await t.call('risk.setLimits', { accountId: t.accountId, maxOrderValue: '50', maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null });
    const error = await refusalOf(t.result('orders.place', restingBuy('99.50', '0.6')));
    expect(error.code).toBe('RISK_LIMIT');
    expect(error.message).toBe('At most 50 USDT per order; this order is worth 59.7 USDT, 9.7 USDT over.');
    expect(error.details).toMatchObject({ rule: 'maxOrderValue', limit: '50', actual: '59.7', excess: '9.7' });
    expect(journalRows()).toBe(0);
    expect(t.emulator.orders(TRADER.apiKey)).toEqual([]);
    // Limits for an account that does not exist are refused at the boundary.
    const noAccount = await t.result('risk.setLimits', { accountId: 999, maxOrderValue: '1', maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null });
    expect(noAccount).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no account 999' } });
    // A market order is valued at the last price.
    const market = await refusalOf(t.result('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.6' }));
    expect(market.details).toMatchObject({ rule: 'maxOrderValue', actual: '60' });
    expect((await t.call('orders.place', restingBuy('99.50', '0.5'))).status).toBe('NEW');
  });

  it('price band, max open orders and orders per minute', async () => {
    t = await startTrading();
    await t.call('risk.setLimits', { accountId: t.accountId, maxOrderValue: null, maxOpenOrders: 2, maxOrdersPerMinute: 3, priceBandPct: 2, dailyLossLimit: null });
    expect((await refusalOf(t.result('orders.place', restingBuy('97.90')))).details).toMatchObject({ rule: 'priceBandPct', limit: '2', actual: '2.10', excess: '0.10' });
    await t.call('orders.place', restingBuy('99.50'));
    await t.call('orders.place', restingBuy('99.40'));
    expect((await refusalOf(t.result('orders.place', restingBuy('99.30')))).details).toMatchObject({ rule: 'maxOpenOrders', limit: '2', actual: '3', excess: '1' });
    const first = t.app.journal.list({ limit: 10 }).at(-1);
    await t.call('orders.cancel', { accountId: t.accountId, clientOrderId: first?.clientOrderId ?? '' });
    await t.call('orders.place', restingBuy('99.30'));
    expect((await refusalOf(t.result('orders.place', restingBuy('99.20')))).details).toMatchObject({ rule: 'maxOrdersPerMinute', limit: '3', actual: '4' });
    expect(openOnExchange()).toHaveLength(2);
  });
});

describe('moving an order', () => {
  it('cancel + replace at the new price, the rest of the order kept, one audit entry', async () => {
    t = await startTrading();
    const old = await t.call('orders.place', restingBuy('99.50', '0.3'));
    const { cancelled, placed } = await t.call('orders.replace', { accountId: t.accountId, clientOrderId: old.clientOrderId, price: '99.20' });
    expect(cancelled).toMatchObject({ clientOrderId: old.clientOrderId, status: 'CANCELED' });
    expect(placed).toMatchObject({ status: 'NEW', price: '99.2', quantity: '0.3', replacesClientOrderId: old.clientOrderId, origin: 'manual' });
    expect(openOnExchange()).toEqual([placed.clientOrderId]);
    const actions = t.app.store.db.select().from(auditLog).all().map((entry) => entry.action);
    expect(actions.filter((action) => action.startsWith('orders.'))).toEqual(['orders.place', 'orders.replace']);
  });

  it('a move the gate refuses leaves the order where it was', async () => {
    t = await startTrading();
    const old = await t.call('orders.place', restingBuy('99.50'));
    await t.call('risk.setLimits', { accountId: t.accountId, maxOrderValue: null, maxOpenOrders: 1, maxOrdersPerMinute: null, priceBandPct: 1, dailyLossLimit: null });
    const error = await refusalOf(t.result('orders.replace', { accountId: t.accountId, clientOrderId: old.clientOrderId, price: '95.00' }));
    expect(error.details).toMatchObject({ rule: 'priceBandPct' });
    expect(openOnExchange()).toEqual([old.clientOrderId]);
    // At the open-order limit, moving is still allowed: the moved order takes the old one's place.
    expect((await t.call('orders.replace', { accountId: t.accountId, clientOrderId: old.clientOrderId, price: '99.60' })).placed.status).toBe('NEW');
  });
});

describe('the kill switch', () => {
  it('cancels every open order, blocks the next one, and stays engaged after a restart until cleared', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-kill-'));
    dirs.push(dataDir);
    t = await startTrading({ dataDir });
    const { db } = t.app.store;
    const strategyId = Number(db.insert(strategies).values({ name: 'RSI', type: 'rsi-reversal', version: 1, parameters: '{}', parameterHash: 'h', createdAt: 1, updatedAt: 1 }).run().lastInsertRowid);
    const deployment = { accountId: t.accountId, strategyId, symbol: 'BTCUSDT', timeframe: '1h', amountPerTrade: '10', mode: 'live', createdAt: 1, updatedAt: 1 } as const;
    db.insert(deployments).values([{ ...deployment, status: 'running' }, { ...deployment, status: 'paused' }, { ...deployment, status: 'failed' }]).run();
    await t.call('orders.place', restingBuy('99.50'));
    await t.call('orders.place', restingBuy('99.40'));
    expect(openOnExchange()).toHaveLength(2);
    const report = await t.call('risk.engageKillSwitch', { reason: 'test' });
    expect(report).toMatchObject({ killSwitch: { isActive: true, reason: 'test' }, cancelled: 2, failures: [], deploymentsStopped: 2 });
    expect(db.select().from(deployments).all().map((row) => row.status)).toEqual(['stopped', 'stopped', 'failed']);
    expect(openOnExchange()).toEqual([]);
    expect(t.app.journal.list({ isOpenOnly: true, limit: 10 })).toEqual([]);
    const blocked = await refusalOf(t.result('orders.place', restingBuy('99.30')));
    expect(blocked).toMatchObject({ code: 'RISK_LIMIT', details: { rule: 'killSwitch' } });
    expect(t.emulator.orders(TRADER.apiKey)).toHaveLength(2);

    await t.close();
    t = await startTrading({ dataDir });
    expect(await t.call('risk.killSwitch', {})).toMatchObject({ isActive: true, reason: 'test' });
    expect((await refusalOf(t.result('orders.place', restingBuy('99.30')))).details).toMatchObject({ rule: 'killSwitch' });
    await t.call('risk.clearKillSwitch', {});
    expect(await t.call('risk.killSwitch', {})).toEqual({ isActive: false, reason: null, since: null });
  });
});
