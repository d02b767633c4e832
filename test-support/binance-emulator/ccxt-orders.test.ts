import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, TRADER } from './market-fixtures';

const harness = new MarketHarness();
const ANY_NUMBER: unknown = expect.any(Number);

afterEach(() => harness.stop());

describe('market orders through ccxt', () => {
  it('a market buy by quantity fills at the ask, with the taker commission in the base asset', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const order = await exchange.createOrder('BTC/USDT', 'market', 'buy', 1);
    expect(order).toMatchObject({ status: 'closed', type: 'market', side: 'buy', amount: 1, filled: 1, remaining: 0, average: 100.01, cost: 100.01 });
    expect(order.fee).toEqual({ cost: 0.001, currency: 'BTC' });
    expect(order.trades).toHaveLength(1);
    expect(order.info).toMatchObject({ executedQty: '1.00000000', cummulativeQuoteQty: '100.01000000', fills: [{ price: '100.01000000', qty: '1.00000000', commission: '0.00100000', commissionAsset: 'BTC', tradeId: 1 }] });
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9899.99000000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.99900000', locked: '0.00000000' },
    ]);
  });

  it('a market buy by quote amount spends at most the amount, in whole lot steps', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const order = await exchange.createMarketBuyOrderWithCost('BTC/USDT', 50);
    // 50 / 100.01 = 0.4999500…, down to the 0.00001 step.
    expect(order.info).toMatchObject({ type: 'MARKET', origQuoteOrderQty: '50.00000000', executedQty: '0.49995000', cummulativeQuoteQty: '49.99999950', status: 'FILLED' });
    expect(emulator.requests.at(-1)?.query).toBe('');
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9950.00000050', locked: '0.00000000' },
      { asset: 'BTC', free: '1.49945005', locked: '0.00000000' },
    ]);
  });

  it('a market sell fills at the bid, with the commission in the quote asset', async () => {
    const emulator = await harness.start();
    const order = await harness.rest().createOrder('BTC/USDT', 'market', 'sell', 0.5);
    expect(order).toMatchObject({ status: 'closed', average: 99.99, cost: 49.995, fee: { cost: 0.049995, currency: 'USDT' } });
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '10049.94500500', locked: '0.00000000' },
      { asset: 'BTC', free: '0.50000000', locked: '0.00000000' },
    ]);
  });
});

describe('limit orders through ccxt', () => {
  it('a GTC buy below the ask rests with its quote locked, then fills as maker when the price trades through', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const placed = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5);
    expect(placed).toMatchObject({ status: 'open', filled: 0, price: 99.5, timeInForce: 'GTC' });
    expect(placed.info).toMatchObject({ status: 'NEW', fills: [], workingTime: ANY_NUMBER });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9990.05000000', locked: '9.95000000' });

    emulator.market.clock.advanceSteps(1); // 100.00 → 99.00: the ask (99.01) is below 99.50.
    const filled = await exchange.fetchOrder(String(placed.id), 'BTC/USDT');
    expect(filled).toMatchObject({ status: 'closed', filled: 0.1, average: 99.5, cost: 9.95 });
    const [trade] = await exchange.fetchMyTrades('BTC/USDT');
    expect(trade).toMatchObject({ order: placed.id, price: 99.5, amount: 0.1, takerOrMaker: 'maker', fee: { cost: 0.0001, currency: 'BTC' } });
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9990.05000000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.09990000', locked: '0.00000000' },
    ]);
  });

  it('a marketable limit order takes at the ask, better than its limit, and frees the difference', async () => {
    const emulator = await harness.start();
    const order = await harness.rest().createOrder('BTC/USDT', 'limit', 'buy', 0.2, 100.5);
    expect(order).toMatchObject({ status: 'closed', average: 100.01 });
    expect(order.info).toMatchObject({ fills: [{ price: '100.01000000', qty: '0.20000000' }] });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9979.99800000', locked: '0.00000000' });
  });

  it('IOC takes what crosses and expires the rest; a non-crossing IOC or FOK expires unfilled', async () => {
    const emulator = await harness.start({ replay: { maxFillQtyPerStep: '0.3' } });
    const exchange = harness.rest();
    const ioc = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.5, 100.01, { timeInForce: 'IOC' });
    expect(ioc.info).toMatchObject({ status: 'EXPIRED', timeInForce: 'IOC', executedQty: '0.30000000' });
    expect(ioc.status).toBe('expired');
    const fok = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 100.01, { timeInForce: 'FOK' });
    // The sub-step's 0.3 are gone: fill-or-kill gets nothing.
    expect(fok.info).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000', fills: [] });
    const away = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99, { timeInForce: 'IOC' });
    expect(away.info).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000' });

    emulator.market.clock.advanceSteps(1);
    const fokNextStep = await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.3, 99.01, { timeInForce: 'FOK' });
    expect(fokNextStep.info).toMatchObject({ status: 'FILLED', executedQty: '0.30000000' });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9940.29400000', locked: '0.00000000' });
  });

  it('a post-only order that would not cross rests as LIMIT_MAKER', async () => {
    await harness.start();
    const order = await harness.rest().createOrder('BTC/USDT', 'limit', 'sell', 0.1, 100.01, { postOnly: true });
    expect(order.info).toMatchObject({ type: 'LIMIT_MAKER', status: 'NEW' });
    expect(order).toMatchObject({ status: 'open', postOnly: true });
  });
});

describe('order replies and inspection', () => {
  it('answers in the newOrderRespType asked for: FULL by default for MARKET and LIMIT, ACK for the others', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const ack = await exchange.privatePostOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT_MAKER', quantity: '0.1', price: '99.5' });
    expect(Object.keys(ack).sort()).toEqual(['clientOrderId', 'orderId', 'orderListId', 'symbol', 'transactTime']);
    const result = await exchange.privatePostOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1', newOrderRespType: 'RESULT' });
    expect(result).toMatchObject({ status: 'FILLED', executedQty: '0.10000000', selfTradePreventionMode: 'EXPIRE_MAKER' });
    expect(result).not.toHaveProperty('fills');
    const full = await exchange.privatePostOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99' });
    expect(full).toMatchObject({ status: 'FILLED', fills: [{ price: '99.99000000', qty: '0.10000000', commission: '0.00999900', commissionAsset: 'USDT', tradeId: 2 }] });
    expect(await exchange.privatePostOrderTest({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' })).toEqual({});
    expect(emulator.orders().map((order) => [order.type, order.status])).toEqual([
      ['LIMIT_MAKER', 'NEW'],
      ['MARKET', 'FILLED'],
      ['LIMIT', 'FILLED'],
    ]);
    expect(emulator.trades(TRADER.apiKey)).toMatchObject([
      { id: 1, price: '100.01000000', qty: '0.10000000', isBuyer: true, isMaker: false, commission: '0.00010000', commissionAsset: 'BTC' },
      { id: 2, price: '99.99000000', isBuyer: false },
    ]);
    expect(emulator.orders(TRADER.apiKey)[1]?.fills).toEqual([emulator.trades()[0]]);
  });
});
