import { BadRequest, InsufficientFunds, InvalidOrder, OrderNotFound } from 'ccxt';
import { afterEach, describe, expect, it } from 'vitest';
import { MarketHarness, TRADER } from './market-fixtures';

const harness = new MarketHarness();
const ANY_NUMBER: unknown = expect.any(Number);

afterEach(() => harness.stop());

interface OcoReply {
  orderListId: number;
  listClientOrderId: string;
  orders: { symbol: string; orderId: number; clientOrderId: string }[];
  orderReports: Record<string, unknown>[];
}

/** A take-profit above and a stop-loss-limit below 100.00 (the walk starts at 100.00, bid 99.99, ask 100.01). */
function sellOco(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    symbol: 'BTCUSDT',
    side: 'SELL',
    quantity: '0.1',
    listClientOrderId: 'tw-list',
    aboveType: 'LIMIT_MAKER',
    aboveClientOrderId: 'tw-tp',
    abovePrice: '100.5',
    belowType: 'STOP_LOSS_LIMIT',
    belowClientOrderId: 'tw-sl',
    belowStopPrice: '99.1',
    belowPrice: '98.9',
    belowTimeInForce: 'GTC',
    ...overrides,
  };
}

async function placeOco(params: Record<string, string>): Promise<OcoReply> {
  return (await harness.rest().privatePostOrderListOco(params)) as OcoReply;
}

describe('POST /api/v3/orderList/oco through ccxt (privatePostOrderListOco)', () => {
  it('places both legs, locks the base amount once, and shows each leg as a normal order with its orderListId', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    const reply = (await exchange.privatePostOrderListOco(sellOco())) as OcoReply;
    expect(exchange.last_response_headers?.['X-Mbx-Order-Count-10s']).toBe('2');
    expect(reply).toMatchObject({
      orderListId: 1,
      contingencyType: 'OCO',
      listStatusType: 'EXEC_STARTED',
      listOrderStatus: 'EXECUTING',
      listClientOrderId: 'tw-list',
      transactionTime: ANY_NUMBER,
      symbol: 'BTCUSDT',
      orders: [
        { symbol: 'BTCUSDT', orderId: 1, clientOrderId: 'tw-sl' },
        { symbol: 'BTCUSDT', orderId: 2, clientOrderId: 'tw-tp' },
      ],
    });
    // FULL by default: the RESULT fields and empty fills; stopPrice only on the stop leg.
    expect(reply.orderReports).toEqual([
      {
        symbol: 'BTCUSDT', orderId: 1, orderListId: 1, clientOrderId: 'tw-sl', transactTime: ANY_NUMBER, price: '98.90000000',
        origQty: '0.10000000', executedQty: '0.00000000', origQuoteOrderQty: '0.00000000', cummulativeQuoteQty: '0.00000000',
        status: 'NEW', timeInForce: 'GTC', type: 'STOP_LOSS_LIMIT', side: 'SELL', stopPrice: '99.10000000', workingTime: -1,
        selfTradePreventionMode: 'EXPIRE_MAKER', fills: [],
      },
      {
        symbol: 'BTCUSDT', orderId: 2, orderListId: 1, clientOrderId: 'tw-tp', transactTime: ANY_NUMBER, price: '100.50000000',
        origQty: '0.10000000', executedQty: '0.00000000', origQuoteOrderQty: '0.00000000', cummulativeQuoteQty: '0.00000000',
        status: 'NEW', timeInForce: 'GTC', type: 'LIMIT_MAKER', side: 'SELL', workingTime: ANY_NUMBER,
        selfTradePreventionMode: 'EXPIRE_MAKER', fills: [],
      },
    ]);
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '0.90000000', locked: '0.10000000' });

    const open = await exchange.fetchOpenOrders('BTC/USDT');
    expect(open.map((order) => [order.clientOrderId, order.status, order.info as Record<string, unknown>])).toEqual([
      ['tw-sl', 'open', expect.objectContaining({ type: 'STOP_LOSS_LIMIT', orderListId: 1 })],
      ['tw-tp', 'open', expect.objectContaining({ type: 'LIMIT_MAKER', orderListId: 1 })],
    ]);
    expect((await exchange.fetchOrder('1', 'BTC/USDT')).info).toMatchObject({ orderListId: 1, isWorking: false });
    expect(await exchange.privateGetOrderList({ orderListId: 1 })).toMatchObject({ listClientOrderId: 'tw-list', listOrderStatus: 'EXECUTING' });
    expect(await exchange.privateGetOpenOrderList()).toMatchObject([{ orderListId: 1, orders: reply.orders }]);
  });

  it('locks the larger quote need of the two legs once for a BUY; the take-profit fill gives the rest back and expires the stop', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await exchange.privatePostOrderListOco({
      symbol: 'BTCUSDT', side: 'BUY', quantity: '0.1',
      aboveType: 'STOP_LOSS_LIMIT', aboveStopPrice: '100.9', abovePrice: '101.5', aboveTimeInForce: 'GTC',
      belowType: 'LIMIT_MAKER', belowPrice: '99.5',
    });
    // max(101.5 × 0.1, 99.5 × 0.1), not their sum.
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9989.85000000', locked: '10.15000000' });

    emulator.market.clock.advanceSteps(1); // 99.00: the ask 99.01 trades through 99.50
    expect(emulator.orders(TRADER.apiKey).map((order) => [order.type, order.status])).toEqual([
      ['STOP_LOSS_LIMIT', 'EXPIRED'],
      ['LIMIT_MAKER', 'FILLED'],
    ]);
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9990.05000000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.09990000', locked: '0.00000000' },
    ]);
    expect(emulator.orderLists(TRADER.apiKey)).toMatchObject([{ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE', locked: '0.00000000' }]);
    const [trade] = await exchange.fetchMyTrades('BTC/USDT');
    expect(trade?.info).toMatchObject({ orderId: 2, orderListId: 1, isMaker: true });
  });
});

describe('one cancels the other', () => {
  it('a take-profit fill, even a partial one, expires the stop leg and ends the list', async () => {
    const emulator = await harness.start({ replay: { maxFillQtyPerStep: '0.04' } });
    const exchange = harness.rest();
    await placeOco(sellOco({ belowStopPrice: '98.5', belowPrice: '98.4' }));
    emulator.market.clock.advanceSteps(1); // 99.00: above the stop at 98.50, below the take-profit
    expect((await exchange.fetchOpenOrders('BTC/USDT')).length).toBe(2);

    emulator.market.clock.advanceSteps(1); // 101.00: the bid 100.99 trades through 100.50, 0.04 of 0.1
    const [stop, takeProfit] = emulator.orders(TRADER.apiKey);
    expect(stop).toMatchObject({ clientOrderId: 'tw-sl', status: 'EXPIRED', executedQty: '0.00000000' });
    expect(takeProfit).toMatchObject({ clientOrderId: 'tw-tp', status: 'PARTIALLY_FILLED', executedQty: '0.04000000' });
    expect(await exchange.privateGetOrderList({ origClientOrderId: 'tw-list' })).toMatchObject({ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE' });
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '0.90000000', locked: '0.06000000' });

    // The rest of the take-profit is a normal order now: cancelling it no longer touches the list.
    await exchange.cancelOrder('2', 'BTC/USDT');
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '0.96000000', locked: '0.00000000' });
    await expect(exchange.privateDeleteOrderList({ symbol: 'BTCUSDT', orderListId: 1 })).rejects.toThrow(/-2011.*Unknown order list sent/);
  });

  it('the stop leg triggering expires the take-profit, then fills as a limit order', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await placeOco(sellOco({ abovePrice: '100.8' }));
    emulator.market.clock.advanceSteps(1); // 99.00 ≤ 99.10: triggers; the bid 98.99 takes it at once
    const stop = await exchange.fetchOrder('1', 'BTC/USDT');
    expect(stop).toMatchObject({ status: 'closed', filled: 0.1, average: 98.99, triggerPrice: 99.1 });
    expect(await exchange.fetchOrder('2', 'BTC/USDT')).toMatchObject({ clientOrderId: 'tw-tp', status: 'expired', filled: 0 });
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '10009.88910100', locked: '0.00000000' },
      { asset: 'BTC', free: '0.90000000', locked: '0.00000000' },
    ]);
    expect(await exchange.privateGetOpenOrderList()).toEqual([]);
  });

  it('a BUY whose stop-market leg triggers expires the limit-maker leg and pays what the lock lacks from the free balance', async () => {
    const emulator = await harness.start();
    await placeOco({
      symbol: 'BTCUSDT', side: 'BUY', quantity: '0.1', aboveType: 'STOP_LOSS', aboveStopPrice: '100.9', belowType: 'LIMIT_MAKER', belowPrice: '99',
    });
    expect(emulator.balances(TRADER.apiKey)[0]).toEqual({ asset: 'USDT', free: '9989.91000000', locked: '10.09000000' });
    emulator.market.clock.advanceSteps(2); // 99.00 (the ask 99.01 stays above 99), then 101.00 ≥ 100.90: a market buy at 101.01
    expect(emulator.orders(TRADER.apiKey).map((order) => [order.type, order.status, order.executedQty])).toEqual([
      ['STOP_LOSS', 'FILLED', '0.10000000'],
      ['LIMIT_MAKER', 'EXPIRED', '0.00000000'],
    ]);
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '9989.89900000', locked: '0.00000000' },
      { asset: 'BTC', free: '1.09990000', locked: '0.00000000' },
    ]);
  });

  it('a SELL with a take-profit-limit above and a stop-market below: the take-profit triggering expires the stop', async () => {
    const emulator = await harness.start();
    await placeOco(
      sellOco({ aboveType: 'TAKE_PROFIT_LIMIT', aboveStopPrice: '100.7', abovePrice: '100.6', aboveTimeInForce: 'GTC', belowType: 'STOP_LOSS', belowStopPrice: '98.5', belowPrice: '', belowTimeInForce: '' }),
    );
    emulator.market.clock.advanceSteps(2); // 99.00, then 101.00 ≥ 100.70: the bid 100.99 takes the limit at 100.60
    expect(emulator.orders(TRADER.apiKey).map((order) => [order.type, order.status])).toEqual([
      ['STOP_LOSS', 'EXPIRED'],
      ['TAKE_PROFIT_LIMIT', 'FILLED'],
    ]);
    expect(emulator.balances(TRADER.apiKey)).toEqual([
      { asset: 'USDT', free: '10010.08890100', locked: '0.00000000' },
      { asset: 'BTC', free: '0.90000000', locked: '0.00000000' },
    ]);
  });

  it('cancelling either leg cancels both; DELETE /api/v3/orderList cancels a list by its client id', async () => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await placeOco(sellOco());
    const canceled = await exchange.cancelOrder('2', 'BTC/USDT');
    expect(canceled).toMatchObject({ id: '2', status: 'canceled' });
    expect(canceled.info).toMatchObject({ orderListId: 1, origClientOrderId: 'tw-tp', status: 'CANCELED' });
    expect(emulator.orders(TRADER.apiKey).map((order) => order.status)).toEqual(['CANCELED', 'CANCELED']);
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '1.00000000', locked: '0.00000000' });

    await placeOco(sellOco({ listClientOrderId: 'tw-list-2' }));
    const listCancel = await exchange.privateDeleteOrderList({ symbol: 'BTCUSDT', listClientOrderId: 'tw-list-2', newClientOrderId: 'tw-cancel' });
    expect(listCancel).toMatchObject({
      orderListId: 2,
      listStatusType: 'ALL_DONE',
      listOrderStatus: 'ALL_DONE',
      orderReports: [
        { orderId: 3, orderListId: 2, origClientOrderId: 'tw-sl', clientOrderId: 'tw-cancel', status: 'CANCELED' },
        { orderId: 4, orderListId: 2, origClientOrderId: 'tw-tp', clientOrderId: 'tw-cancel', status: 'CANCELED' },
      ],
    });
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '1.00000000', locked: '0.00000000' });
    await expect(exchange.privateDeleteOrderList({ symbol: 'BTCUSDT', orderListId: 2 })).rejects.toThrow(OrderNotFound);
    await expect(exchange.privateGetOrderList({ orderListId: 9 })).rejects.toThrow(/-2018.*Order list does not exist/);
  });
});

describe('rejections', () => {
  it.each([
    ['prices on the wrong side of the last price', { abovePrice: '99.9' }, InvalidOrder, -2010, 'The relationship of the prices for the orders is not correct.'],
    ['a stop-loss above the last price', { belowStopPrice: '100.1', belowPrice: '100' }, InvalidOrder, -2010, 'The relationship of the prices for the orders is not correct.'],
    ['a SELL with its stop-loss above', { aboveType: 'STOP_LOSS', aboveStopPrice: '101', abovePrice: '' , belowType: 'LIMIT_MAKER', belowPrice: '99', belowStopPrice: '', belowTimeInForce: '' }, InvalidOrder, -2010, 'Unsupported order combination'],
    ['a STOP_LOSS_LIMIT leg without its timeInForce', { belowTimeInForce: '' }, BadRequest, -1102, "Mandatory parameter 'belowTimeInForce' was not sent, was empty/null, or malformed."],
    ['a STOP_LOSS leg with a price', { belowType: 'STOP_LOSS', belowTimeInForce: '' }, BadRequest, -1106, "Parameter 'belowPrice' sent when not required."],
    ['a LIMIT leg', { aboveType: 'LIMIT' }, BadRequest, -1100, "Illegal characters found in parameter 'aboveType'; legal range is 'STOP_LOSS_LIMIT, STOP_LOSS, LIMIT_MAKER, TAKE_PROFIT, TAKE_PROFIT_LIMIT'."],
    ['an iceberg leg', { aboveIcebergQty: '0.01' }, BadRequest, -1020, 'This operation is not supported.'],
    ['a price off the tick', { abovePrice: '100.505' }, InvalidOrder, -1013, 'Filter failure: PRICE_FILTER'],
    ['a quantity off the step', { quantity: '0.100001' }, InvalidOrder, -1013, 'Filter failure: LOT_SIZE'],
    ['a notional under 5', { quantity: '0.04' }, BadRequest, -1013, 'Filter failure: NOTIONAL'],
    ['more than the balance', { quantity: '1.5' }, InsufficientFunds, -2010, 'Account has insufficient balance for requested action.'],
  ])('refuses %s', async (_case, overrides, errorClass, code, msg) => {
    const emulator = await harness.start();
    const exchange = harness.rest();
    await expect(exchange.privatePostOrderListOco(sellOco(overrides))).rejects.toThrow(errorClass);
    expect(JSON.parse(String(exchange.last_http_response))).toEqual({ code, msg });
    expect(emulator.orders()).toEqual([]);
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '1.00000000', locked: '0.00000000' });
  });

  it('refuses a client id already open, for a leg or for the list, and accepts it again once the list is done', async () => {
    const emulator = await harness.start();
    await placeOco(sellOco({ quantity: '0.2' }));
    const duplicate = JSON.stringify({ code: -2010, msg: 'Duplicate order sent.' });
    await expect(placeOco(sellOco({ listClientOrderId: 'tw-other' }))).rejects.toThrow(duplicate);
    await expect(placeOco(sellOco({ aboveClientOrderId: 'tw-tp-2', belowClientOrderId: 'tw-sl-2' }))).rejects.toThrow(duplicate);
    await expect(placeOco(sellOco({ listClientOrderId: 'x', aboveClientOrderId: 'same', belowClientOrderId: 'same' }))).rejects.toThrow(duplicate);
    expect(emulator.balances(TRADER.apiKey)[1]).toEqual({ asset: 'BTC', free: '0.80000000', locked: '0.20000000' });

    await harness.rest().privateDeleteOrderList({ symbol: 'BTCUSDT', orderListId: 1 });
    await expect(placeOco(sellOco())).resolves.toMatchObject({ orderListId: 2, listClientOrderId: 'tw-list' });
  });
});

describe('the user data stream of an OCO', () => {
  it('watchOrders sees both legs NEW, then the fill and the other leg EXPIRED, with g = orderListId; listStatus comes beside', async () => {
    const emulator = await harness.start();
    const exchange = await harness.pro();
    const events: Record<string, unknown>[] = [];
    emulator.onUserEvent(TRADER.apiKey, (event) => events.push(event as Record<string, unknown>));
    const seen = new Map<string, string>();
    // ccxt hands each watchOrders call the updates that came in since the last one.
    const watch = async (count: number): Promise<void> => {
      while (seen.size < count) for (const order of await exchange.watchOrders('BTC/USDT')) seen.set(`${order.clientOrderId}:${order.status}`, String(order.id));
    };
    const first = watch(2);
    await harness.userStreamReady(exchange);
    await exchange.privatePostOrderListOco(sellOco({ belowStopPrice: '98.5', belowPrice: '98.4' }));
    await first;
    expect([...seen.keys()]).toEqual(['tw-sl:open', 'tw-tp:open']);

    const second = watch(4);
    emulator.market.clock.advanceSteps(2); // 99.00 (above the stop), then 101.00: the take-profit fills
    await second;
    expect([...seen.keys()].slice(2).sort()).toEqual(['tw-sl:expired', 'tw-tp:closed']);

    const reports = events.filter((event) => event['e'] === 'executionReport');
    expect(reports.map((event) => [event['c'], event['x'], event['X'], event['g']])).toEqual([
      ['tw-sl', 'NEW', 'NEW', 1],
      ['tw-tp', 'NEW', 'NEW', 1],
      ['tw-tp', 'TRADE', 'FILLED', 1],
      ['tw-sl', 'EXPIRED', 'EXPIRED', 1],
    ]);
    const lists = events.filter((event) => event['e'] === 'listStatus');
    expect(lists).toEqual([
      {
        e: 'listStatus', E: ANY_NUMBER, s: 'BTCUSDT', g: 1, c: 'OCO', l: 'EXEC_STARTED', L: 'EXECUTING', r: 'NONE', C: 'tw-list', T: ANY_NUMBER,
        O: [
          { s: 'BTCUSDT', i: 1, c: 'tw-sl' },
          { s: 'BTCUSDT', i: 2, c: 'tw-tp' },
        ],
      },
      expect.objectContaining({ e: 'listStatus', g: 1, l: 'ALL_DONE', L: 'ALL_DONE', C: 'tw-list' }),
    ]);
    // The stream order: NEW, NEW, listStatus, …, TRADE, EXPIRED, listStatus ALL_DONE.
    expect(events.map((event) => event['e'] === 'executionReport' ? event['x'] : event['e'])).toEqual([
      'NEW', 'NEW', 'listStatus', 'outboundAccountPosition', 'TRADE', 'EXPIRED', 'listStatus', 'outboundAccountPosition',
    ]);
  });

  it('a cancel of one leg reports both legs CANCELED, then listStatus ALL_DONE', async () => {
    const emulator = await harness.start();
    const events: Record<string, unknown>[] = [];
    emulator.onUserEvent(TRADER.apiKey, (event) => events.push(event as Record<string, unknown>));
    await placeOco(sellOco());
    events.length = 0;
    await harness.rest().cancelOrder('1', 'BTC/USDT');
    expect(events.map((event) => [event['e'], event['x'] ?? event['l'], event['C']])).toEqual([
      ['executionReport', 'CANCELED', 'tw-sl'],
      ['executionReport', 'CANCELED', 'tw-tp'],
      ['listStatus', 'ALL_DONE', 'tw-list'],
      ['outboundAccountPosition', undefined, undefined],
    ]);
  });
});
