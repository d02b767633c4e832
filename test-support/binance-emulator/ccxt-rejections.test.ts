import {
  BadRequest,
  BadSymbol,
  InsufficientFunds,
  InvalidOrder,
  MarketClosed,
  OrderImmediatelyFillable,
  OrderNotFound,
} from 'ccxt';
import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, TRADER } from './market-fixtures';
import { DEFAULT_SYMBOLS } from './symbols';

const harness = new MarketHarness();

afterEach(() => harness.stop());

function binanceBody(code: number, msg: string): string {
  return JSON.stringify({ code, msg });
}

/** Raw parameters as Binance takes them, for what ccxt's own rounding would never send. */
function rawOrder(params: Record<string, string>): Record<string, string> {
  return { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '99.5', ...params };
}

describe('filter failures through ccxt (-1013)', () => {
  it.each([
    ['NOTIONAL', BadRequest, () => harness.rest().createOrder('BTC/USDT', 'limit', 'buy', 0.0001, 99.5)],
    ['NOTIONAL', BadRequest, () => harness.rest().createOrder('BTC/USDT', 'market', 'buy', 0.00004)],
    ['LOT_SIZE', InvalidOrder, () => harness.rest().createOrder('BTC/USDT', 'limit', 'buy', 9001, 99.5)],
    ['LOT_SIZE', InvalidOrder, () => harness.rest().privatePostOrder(rawOrder({ quantity: '0.100005' }))],
    ['PRICE_FILTER', InvalidOrder, () => harness.rest().privatePostOrder(rawOrder({ price: '99.505' }))],
    ['MARKET_LOT_SIZE', InvalidOrder, () => harness.rest().createOrder('BTC/USDT', 'market', 'sell', 86)],
    ['PERCENT_PRICE_BY_SIDE', InvalidOrder, () => harness.rest().createOrder('BTC/USDT', 'limit', 'sell', 0.1, 600)],
  ])('%s is %o, with the exact message', async (filter, errorClass, call) => {
    await harness.start();
    const attempt = call();
    await expect(attempt).rejects.toThrow(errorClass);
    // ccxt quotes the whole body when it maps the code, only the message when it maps the message.
    await expect(attempt).rejects.toThrow(filter === 'PERCENT_PRICE_BY_SIDE' ? `binance Filter failure: ${filter}` : binanceBody(-1013, `Filter failure: ${filter}`));
    expect(harness.emulator.orders()).toEqual([]);
  });

  it('MAX_NUM_ORDERS counts the open orders of the symbol; MAX_NUM_ALGO_ORDERS the stop orders', async () => {
    const symbols = DEFAULT_SYMBOLS.map((spec) => (spec.symbol === 'BTCUSDT' ? { ...spec, maxNumOrders: 6 } : spec));
    await harness.start({ symbols });
    const exchange = harness.rest();
    for (let stop = 0; stop < 5; stop++) await exchange.createOrder('BTC/USDT', 'limit', 'sell', 0.06, 98, { stopLossPrice: 98.5 });
    const sixthStop = exchange.createOrder('BTC/USDT', 'limit', 'sell', 0.06, 98, { stopLossPrice: 98.5 });
    await expect(sixthStop).rejects.toThrow(binanceBody(-1013, 'Filter failure: MAX_NUM_ALGO_ORDERS'));
    await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99);
    const seventh = exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99);
    await expect(seventh).rejects.toThrow(BadRequest);
    await expect(seventh).rejects.toThrow(binanceBody(-1013, 'Filter failure: MAX_NUM_ORDERS'));
  });
});

describe('matching-engine rejections through ccxt (-2010)', () => {
  it('insufficient balance is InsufficientFunds, and nothing is locked', async () => {
    const emulator = await harness.start();
    const attempt = harness.rest().createOrder('BTC/USDT', 'limit', 'buy', 101, 99.5);
    await expect(attempt).rejects.toThrow(InsufficientFunds);
    await expect(attempt).rejects.toThrow('binance Account has insufficient balance for requested action.');
    await expect(harness.rest().createOrder('BTC/USDT', 'market', 'sell', 1.5)).rejects.toThrow(InsufficientFunds);
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '10000.00000000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.00000000', locked: '0.00000000' },
    ]);
  });

  it('a post-only order that would cross, and a stop that would trigger at once, are OrderImmediatelyFillable', async () => {
    await harness.start();
    const maker = harness.rest().createOrder('BTC/USDT', 'limit', 'buy', 0.1, 100.01, { postOnly: true });
    await expect(maker).rejects.toThrow(OrderImmediatelyFillable);
    await expect(maker).rejects.toThrow('binance Order would immediately match and take.');
    const stop = harness.rest().createOrder('BTC/USDT', 'limit', 'sell', 0.1, 100, { stopLossPrice: 100.5 });
    await expect(stop).rejects.toThrow(OrderImmediatelyFillable);
    await expect(stop).rejects.toThrow('binance Stop price would trigger immediately.');
  });

  it('a clientOrderId of an open order is a duplicate (InvalidOrder); of a closed one it is accepted again', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5, { clientOrderId: 'tw-dup' });
    const again = exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5, { clientOrderId: 'tw-dup' });
    await expect(again).rejects.toThrow(InvalidOrder);
    await expect(again).rejects.toThrow(binanceBody(-2010, 'Duplicate order sent.'));
    expect(emulator.placeCount('tw-dup')).toBe(1);
    await exchange.cancelOrder('', 'BTC/USDT', { clientOrderId: 'tw-dup' });
    await exchange.createOrder('BTC/USDT', 'limit', 'buy', 0.1, 99.5, { clientOrderId: 'tw-dup' });
    expect(emulator.placeCount('tw-dup')).toBe(2);
  });
});

describe('parameter and lookup errors through ccxt', () => {
  it('an unknown symbol is BadSymbol (-1121); a symbol without market data is MarketClosed', async () => {
    await harness.start();
    const unknown = harness.rest().privatePostOrder(rawOrder({ symbol: 'DOGEUSDT' }));
    await expect(unknown).rejects.toThrow(BadSymbol);
    await expect(unknown).rejects.toThrow(binanceBody(-1121, 'Invalid symbol.'));
    const closed = harness.rest().createOrder('ETH/USDT', 'limit', 'buy', 0.1, 99.5);
    await expect(closed).rejects.toThrow(MarketClosed);
  });

  it('missing, superfluous and over-precise parameters are BadRequest (-1102, -1106, -1111)', async () => {
    await harness.start();
    const exchange = harness.rest();
    const missing = exchange.privatePostOrder(rawOrder({ price: '' }));
    await expect(missing).rejects.toThrow(BadRequest);
    await expect(missing).rejects.toThrow(binanceBody(-1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed."));
    const neither = exchange.privatePostOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET' });
    await expect(neither).rejects.toThrow(binanceBody(-1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!"));
    const superfluous = exchange.privatePostOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1', price: '100' });
    await expect(superfluous).rejects.toThrow(binanceBody(-1106, "Parameter 'price' sent when not required."));
    const precise = exchange.privatePostOrder(rawOrder({ quantity: '0.100000001' }));
    await expect(precise).rejects.toThrow(BadRequest);
    await expect(precise).rejects.toThrow(binanceBody(-1111, "Parameter 'quantity' has too much precision."));
  });

  it('cancelling an unknown order is OrderNotFound (-2011); fetching one is OrderNotFound (-2013)', async () => {
    await harness.start();
    const exchange = harness.rest();
    const cancel = exchange.cancelOrder('12345', 'BTC/USDT');
    await expect(cancel).rejects.toThrow(OrderNotFound);
    await expect(cancel).rejects.toThrow(binanceBody(-2011, 'Unknown order sent.'));
    const fetch = exchange.fetchOrder('12345', 'BTC/USDT');
    await expect(fetch).rejects.toThrow(OrderNotFound);
    await expect(fetch).rejects.toThrow(binanceBody(-2013, 'Order does not exist.'));
    const filled = await exchange.createOrder('BTC/USDT', 'market', 'buy', 0.1);
    await expect(exchange.cancelOrder(String(filled.id), 'BTC/USDT')).rejects.toThrow(OrderNotFound);
  });
});
