import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, TRADER } from './market-fixtures';

const harness = new MarketHarness();
const ANY_NUMBER: unknown = expect.any(Number);

afterEach(() => harness.stop());

describe('stop orders through ccxt', () => {
  it('a stop-loss-limit sell waits unworking, triggers when the price falls to the stop, then fills', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const placed = await exchange.createOrder('BTC/USDT', 'limit', 'sell', 0.1, 98.9, { stopLossPrice: 99.1 });
    expect(placed.info).toMatchObject({ type: 'STOP_LOSS_LIMIT', status: 'NEW', stopPrice: '99.10000000', workingTime: -1 });
    expect((await exchange.fetchOrder(String(placed.id), 'BTC/USDT')).info).toMatchObject({ isWorking: false, workingTime: -1 });
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '0.90000000', locked: '0.10000000' });

    emulator.market.clock.advanceSteps(1); // 100.00 → 99.00
    const done = await exchange.fetchOrder(String(placed.id), 'BTC/USDT');
    expect(done).toMatchObject({ status: 'closed', filled: 0.1, average: 98.99, triggerPrice: 99.1 });
    expect(done.info).toMatchObject({ isWorking: true, workingTime: ANY_NUMBER });
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '10009.88910100', locked: '0.00000000' },
      { asset: 'BTC', free: '0.90000000', locked: '0.00000000' },
    ]);
  });

  it('a take-profit-limit sell triggers when the price rises to the stop', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const placed = await exchange.createOrder('BTC/USDT', 'limit', 'sell', 0.1, 100.7, { takeProfitPrice: 100.8 });
    expect(placed.info).toMatchObject({ type: 'TAKE_PROFIT_LIMIT', status: 'NEW' });
    emulator.market.clock.advanceSteps(1); // 99.00: not yet
    expect((await exchange.fetchOrder(String(placed.id), 'BTC/USDT')).status).toBe('open');
    emulator.market.clock.advanceSteps(1); // 101.00
    expect(await exchange.fetchOrder(String(placed.id), 'BTC/USDT')).toMatchObject({ status: 'closed', average: 100.99 });
  });

  it('a stop-loss-limit buy triggers when the price rises to the stop', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const placed = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 101.5, { stopLossPrice: 100.9 });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9989.85000000', locked: '10.15000000' });
    emulator.market.clock.advanceSteps(2); // 99.00, 101.00
    expect(await exchange.fetchOrder(String(placed.id), 'BTC/USDT')).toMatchObject({ status: 'closed', average: 101.01 });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9989.89900000', locked: '0.00000000' });
  });
});

describe('partial fills', () => {
  it('a big resting order fills over several sub-steps with several trades when liquidity is capped', async () => {
    const emulator = await harness.start({ replay: { maxFillQtyPerStep: '0.3' } });
    const exchange = harness.rest();
    const placed = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 1, 99.5);
    emulator.market.clock.advanceSteps(1);
    expect(await exchange.fetchOrder(String(placed.id), 'BTC/USDT')).toMatchObject({ status: 'open', filled: 0.3, remaining: 0.7 });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9900.50000000', locked: '69.65000000' });

    emulator.market.clock.advanceBars(2); // walks on to bar 2's open, through 98.00 and 98.50
    // All four share a millisecond, and ccxt's sort by time does not keep the id order.
    const trades = (await exchange.fetchMyTrades('BTC/USDT')).sort((a, b) => Number(a.id) - Number(b.id));
    expect(trades.map((trade) => [trade.amount, trade.price, trade.takerOrMaker, trade.fee?.cost])).toEqual([
      [0.3, 99.5, 'maker', 0.0003],
      [0.3, 99.5, 'maker', 0.0003],
      [0.3, 99.5, 'maker', 0.0003],
      [0.1, 99.5, 'maker', 0.0001],
    ]);
    expect(await exchange.fetchOrder(String(placed.id), 'BTC/USDT')).toMatchObject({ status: 'closed', filled: 1 });
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9900.50000000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.99900000', locked: '0.00000000' },
    ]);
  });
});

describe('cancelling and querying through ccxt', () => {
  it('cancels one order, then all of a symbol, unlocking what they held', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const first = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5);
    await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.2, 99, { clientOrderId: 'tw-second' });
    await exchange.createOrder('BTC/USDT', 'limit', 'sell', 0.3, 105);
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9970.25000000', locked: '29.75000000' });

    const canceled = await exchange.cancelOrder(String(first.id), 'BTC/USDT');
    expect(canceled).toMatchObject({ id: first.id, status: 'canceled' });
    expect(canceled.info).toMatchObject({ origClientOrderId: first.clientOrderId, status: 'CANCELED' });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9980.20000000', locked: '19.80000000' });

    const all = await exchange.cancelAllOrders('BTC/USDT');
    expect(all.map((order) => (order.info as Record<string, unknown>)['origClientOrderId'])).toContain('tw-second');
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '10000.00000000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.00000000', locked: '0.00000000' },
    ]);
    expect(await exchange.fetchOpenOrders('BTC/USDT')).toEqual([]);
  });

  it('finds an order by clientOrderId, lists open orders with and without a symbol, and all orders', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest(TRADER, { warnOnFetchOpenOrdersWithoutSymbol: false });
    const placed = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5, { clientOrderId: 'tw-find-me' });
    expect(exchange.last_response_headers?.['X-Mbx-Order-Count-10s']).toBe('1');
    await exchange.createOrder('BTC/USDT', 'market', 'buy', 0.1);
    expect(exchange.last_response_headers?.['X-Mbx-Order-Count-1d']).toBe('2');

    const found = await exchange.fetchOrder('', 'BTC/USDT', { clientOrderId: 'tw-find-me' });
    expect(found).toMatchObject({ id: placed.id, clientOrderId: 'tw-find-me', status: 'open' });
    expect(emulator.requests.at(-1)?.query).toMatch(/&symbol=BTCUSDT&origClientOrderId=tw-find-me&/);

    const before = emulator.usedWeight().api;
    expect((await exchange.fetchOpenOrders('BTC/USDT')).map((order) => order.id)).toEqual([placed.id]);
    expect(emulator.usedWeight().api - before).toBe(6);
    expect((await exchange.fetchOpenOrders()).map((order) => order.id)).toEqual([placed.id]);
    expect(emulator.usedWeight().api - before).toBe(86);
    expect((await exchange.fetchOrders('BTC/USDT')).map((order) => order.status)).toEqual(['open', 'closed']);
  });

  it('keeps balances and locked amounts exact through a sequence of orders and fills', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await exchange.createOrder('BTC/USDT', 'market', 'buy', 0.5); // 0.5 @ 100.01 = 50.005, fee 0.0005 BTC
    await exchange.createOrder('BTC/USDT', 'limit', 'sell', 0.3, 101); // rests: locks 0.3 BTC
    await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.2, 99.5); // rests: locks 19.9 USDT
    const balance = await exchange.fetchBalance();
    expect(balance['USDT']).toEqual({ free: 9930.095, used: 19.9, total: 9949.995 });
    expect(balance['BTC']).toEqual({ free: 1.1995, used: 0.3, total: 1.4995 });

    // 99.00 fills the buy (fee 0.0002 BTC); 101.00 leaves the sell (bid 100.99); 103.00 fills it (fee 0.0303 USDT).
    emulator.market.clock.advanceBars(3);
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9960.36470000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.39930000', locked: '0.00000000' },
    ]);
    const account = await exchange.fetchBalance();
    expect(account['USDT']).toEqual({ free: 9960.3647, used: 0, total: 9960.3647 });
    expect((await exchange.fetchMyTrades('BTC/USDT')).map((trade) => trade.takerOrMaker)).toEqual(['taker', 'maker', 'maker']);
  });
});
