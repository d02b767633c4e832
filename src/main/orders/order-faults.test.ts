import { afterEach, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';

let t: TradingFixture;
afterEach(() => t.close());

const marketBuy = () => ({ accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' }) as const;
const restingBuy = () => ({ accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.50' }) as const;

function placedOnExchange(clientOrderId: string): number {
  return t.emulator.placeCount(clientOrderId);
}

function statusOf(): ReturnType<TradingFixture['app']['exchange']['statuses']>[number] | undefined {
  return t.app.exchange.statuses().find((status) => status.accountId === t.accountId);
}

describe('faults: no order lost, none doubled, a clear state shown', () => {
  it('a 5xx after the exchange took the order: unknown, then settled by a lookup, placed once', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    t.emulator.faults.acceptOrderThen5xx(1);
    const order = await t.call('orders.place', marketBuy());
    // Unknown to the reply; the account stream may already have told the truth.
    expect(['unknown', 'FILLED']).toContain(order.status);
    await expect.poll(() => t.app.journal.get(order.clientOrderId)?.status, { timeout: 10_000 }).toBe('FILLED');
    expect(placedOnExchange(order.clientOrderId)).toBe(1);
    expect((await t.call('fills.list', { clientOrderId: order.clientOrderId })).fills.length).toBeGreaterThan(0);
  });

  it('a reply lost after the order was placed: the same', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    t.emulator.faults.acceptOrderThenDropReply(1);
    const order = await t.call('orders.place', marketBuy());
    expect(['unknown', 'FILLED']).toContain(order.status);
    await expect.poll(() => t.app.journal.get(order.clientOrderId)?.status, { timeout: 10_000 }).toBe('FILLED');
    expect(placedOnExchange(order.clientOrderId)).toBe(1);
  });

  it('a reply slower than the timeout: unknown until the lookup finds it, counted as in doubt meanwhile', async () => {
    t = await startTrading({ exchangeTimeoutMs: 1_000 });
    await t.call('exchange.connect', { accountId: t.accountId });
    const inDoubtAnnounced: number[] = [];
    t.core.bus.on((name, payload) => {
      if (name === 'exchange.status') inDoubtAnnounced.push((payload as { ordersInDoubt: number }).ordersInDoubt);
    });
    t.emulator.faults.latencyMs = 1_500;
    const order = await t.call('orders.place', restingBuy());
    expect(order.status).toBe('unknown');
    expect(statusOf()?.ordersInDoubt).toBe(1);
    t.emulator.faults.latencyMs = 0;
    // The slow request reaches the exchange after the client gave up on it.
    await expect.poll(() => placedOnExchange(order.clientOrderId), { timeout: 5_000 }).toBe(1);
    await t.call('orders.reconcile', { accountId: t.accountId });
    expect(t.app.journal.get(order.clientOrderId)?.status).toBe('NEW');
    expect(placedOnExchange(order.clientOrderId)).toBe(1);
    expect(statusOf()?.ordersInDoubt).toBe(0);
    // The header heard both moves: into doubt (pending counts too) and out of it.
    expect(inDoubtAnnounced).toContain(1);
    expect(inDoubtAnnounced.at(-1)).toBe(0);
  });

  it('429: the order is refused, not placed; further orders wait for Retry-After; the back-off is shown', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    t.emulator.faults.rateLimit429Next(1, 30);
    const order = await t.call('orders.place', restingBuy());
    expect(order.status).toBe('REJECTED');
    expect(placedOnExchange(order.clientOrderId)).toBe(0);
    expect(statusOf()?.backoffUntil).toBeGreaterThan(Date.now() + 20_000);
    const requestsBefore = t.emulator.requests.length;
    expect(await t.result('orders.place', restingBuy())).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(t.emulator.requests.length).toBe(requestsBefore);
  });

  it('418: every request stops until the ban ends, and the ban is shown', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    t.emulator.faults.ban418(120);
    const order = await t.call('orders.place', restingBuy());
    expect(order.status).toBe('REJECTED');
    const status = statusOf();
    expect(status?.bannedUntil).toBeGreaterThan(Date.now() + 100_000);
    const requestsBefore = t.emulator.requests.length;
    expect(await t.result('orders.place', marketBuy())).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('banned') as string } });
    await expect(t.app.exchange.connect(t.accountId).then((connection) => connection.reconcile())).rejects.toThrow(/banned/);
    expect(t.emulator.requests.length).toBe(requestsBefore);
  });

  it('clock skew beyond recvWindow: the clock is re-synced and the order sent once more, placed once', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    t.emulator.setClockSkewMs(20_000);
    const order = await t.call('orders.place', restingBuy());
    expect(order.status).toBe('NEW');
    expect(placedOnExchange(order.clientOrderId)).toBe(1);
    expect(statusOf()?.timeOffsetMs).toBeLessThan(-15_000);
  });

  it('a dropped account stream reconnects and reconciles what happened meanwhile', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    const order = await t.call('orders.place', restingBuy());
    t.emulator.faults.dropWebSockets();
    t.emulator.market.clock.advanceSteps(1); // fills while the stream is down
    await expect.poll(() => t.app.journal.get(order.clientOrderId)?.status, { timeout: 20_000 }).toBe('FILLED');
    await expect.poll(() => t.app.journal.fillsOf(order.clientOrderId).length, { timeout: 5_000 }).toBe(1);
  });
});

describe('reconciliation', () => {
  it('adopts an order placed outside Tradewind, marked as adopted', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    t.emulator.placeOrder(TRADER.apiKey, { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.2', price: '150', newClientOrderId: 'placed-by-hand' });
    await t.call('orders.reconcile', { accountId: t.accountId });
    expect(t.app.journal.get('placed-by-hand')).toMatchObject({ isAdopted: true, status: 'NEW', origin: 'manual', quantity: '0.20000000' });
  });

  it('keeps looking for an order the exchange does not know, then marks it not placed, never drops it', async () => {
    t = await startTrading();
    await t.call('exchange.connect', { accountId: t.accountId });
    const request = { symbol: 'BTCUSDT', clientOrderId: 'tw-never-sent', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99' } as const;
    t.app.journal.insertPending({ accountId: t.accountId, request, origin: 'manual', deploymentId: null }, Date.now());
    expect(await t.call('orders.reconcile', { accountId: t.accountId })).toMatchObject({ stillUnknown: 1, notPlaced: 0 });
    expect(t.app.journal.get('tw-never-sent')?.status).toBe('pending');
    t.app.store.sqlite.prepare("UPDATE orders SET created_at = created_at - 120000 WHERE client_order_id = 'tw-never-sent'").run();
    expect(await t.call('orders.reconcile', { accountId: t.accountId })).toMatchObject({ notPlaced: 1 });
    expect(t.app.journal.get('tw-never-sent')).toMatchObject({ status: 'REJECTED', rejectReason: expect.stringContaining('never received') as string });
  });
});
