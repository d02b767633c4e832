import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRADER } from '../../../test-support/binance-emulator/market-fixtures';
import { DEFAULT_SYMBOLS } from '../../../test-support/binance-emulator/symbols';
import { startTrading, type TradingFixture } from '../../../test-support/trading-fixture';

let t: TradingFixture;
beforeAll(async () => {
  t = await startTrading();
  await t.call('exchange.connect', { accountId: t.accountId });
});
afterAll(() => t.close());

function orderRequestsSent(): number {
  return t.emulator.requests.filter((request) => request.method === 'POST' && request.path === '/api/v3/order').length;
}

describe('an order that would fail never leaves the app', () => {
  it.each([
    ['a price off the tick', { type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.999' }, 'PRICE_FILTER', /nearest valid prices: 99.99 or 100/],
    ['a quantity off the step', { type: 'LIMIT', timeInForce: 'GTC', quantity: '0.000001', price: '99' }, 'LOT_SIZE', /step/],
    ['an order worth too little', { type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001', price: '99' }, 'NOTIONAL', /5/],
    ['a market order above the market lot size', { type: 'MARKET', quantity: '90' }, 'MARKET_LOT_SIZE', /85\.12345/],
    ['a price beyond the price filter', { type: 'LIMIT', timeInForce: 'GTC', quantity: '0.00001', price: '2000000' }, 'PRICE_FILTER', /1000000/],
    ['a limit order without a price', { type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1' }, 'PARAMETERS', /price/i],
  ] as const)('%s: refused with the rule and the nearest valid values, nothing journaled or sent', async (_name, order, rule, message) => {
    const sentBefore = orderRequestsSent();
    const journaledBefore = (await t.call('orders.list', { accountId: t.accountId })).orders.length;
    const result = await t.result('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', ...order });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.message).toMatch(message);
    expect((result.error.details as { problems: Array<{ rule: string }> }).problems.map((problem) => problem.rule)).toContain(rule);
    expect(orderRequestsSent()).toBe(sentBefore);
    expect((await t.call('orders.list', { accountId: t.accountId })).orders).toHaveLength(journaledBefore);
  });

  it('an unknown symbol is refused before anything is sent', async () => {
    expect(await t.result('orders.place', { accountId: t.accountId, symbol: 'NOPEUSDT', side: 'BUY', type: 'MARKET', quantity: '1' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('what only the exchange can refuse', () => {
  it('insufficient balance: journaled, sent once, rejected with Binance reason, never placed', async () => {
    const order = await t.call('orders.place', { accountId: t.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '500', price: '99' });
    expect(order.status).toBe('REJECTED');
    expect(order.rejectReason).toMatch(/insufficient balance/i);
    expect(t.emulator.placeCount(order.clientOrderId)).toBe(0);
  });
});

describe('the open-order limit (MAX_NUM_ORDERS)', () => {
  it('counts only the symbol\'s orders that are still open, and refuses the one over the limit before sending', async () => {
    const limited = await startTrading({ emulator: { symbols: DEFAULT_SYMBOLS.map((spec) => (spec.symbol === 'BTCUSDT' ? { ...spec, maxNumOrders: 3 } : spec)) } });
    try {
      await limited.call('exchange.connect', { accountId: limited.accountId });
      const buy = { accountId: limited.accountId, symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '90' } as const;
      const first = await limited.call('orders.place', buy);
      await limited.call('orders.place', buy);
      await limited.call('orders.place', buy);
      const refused = await limited.result('orders.place', buy);
      expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
      expect(limited.emulator.orders(TRADER.apiKey)).toHaveLength(3);
      // A cancelled order no longer counts: the fourth goes through.
      await limited.call('orders.cancel', { accountId: limited.accountId, clientOrderId: first.clientOrderId });
      expect((await limited.call('orders.place', buy)).status).toBe('NEW');
    } finally {
      await limited.close();
    }
  });
});
