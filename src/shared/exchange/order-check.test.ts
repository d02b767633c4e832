import { describe, expect, it } from 'vitest';
import { BTCUSDT, DOGEBTC, withFilters } from './exchange-info.fixture';
import {
  nearestValidPrice,
  nearestValidQuantity,
  nearestValidQuantityForNotional,
  nearestValidQuoteOrderQty,
} from './nearest-valid';
import { checkOrder } from './order-check';
import { type CheckContext, type OrderCheckResult, type OrderDraft, type OrderProblem } from './order';
import { type SymbolFilters } from './symbol-filters';

const limit = (over: Partial<OrderDraft> = {}): OrderDraft => ({
  side: 'BUY',
  type: 'LIMIT',
  quantity: '0.001',
  price: '42000',
  timeInForce: 'GTC',
  ...over,
});
const market = (over: Partial<OrderDraft> = {}): OrderDraft => ({ side: 'BUY', type: 'MARKET', ...over });
const LAST = { lastPrice: '42000' } satisfies CheckContext;

const problemsOf = (result: OrderCheckResult): OrderProblem[] => (result.ok ? [] : result.problems);
const rulesOf = (result: OrderCheckResult): string[] => problemsOf(result).map((p) => `${p.rule}:${p.field}`);
const only = (result: OrderCheckResult): OrderProblem => {
  const problems = problemsOf(result);
  expect(problems).toHaveLength(1);
  return problems[0] as OrderProblem;
};

describe('checkOrder: BTCUSDT limit orders, rule by rule', () => {
  it.each<[string, Partial<OrderDraft>, string[]]>([
    ['a plain valid order', {}, []],
    ['price exactly the minimum, value exactly the minimum notional', { price: '0.01', quantity: '500' }, []],
    ['value one step under the minimum notional', { price: '0.01', quantity: '499.99999' }, ['NOTIONAL:quantity']],
    ['price one tick below the minimum, off the tick', { price: '0.009' }, ['PRICE_FILTER:price', 'PRICE_FILTER:price', 'NOTIONAL:quantity']],
    ['price exactly the maximum', { price: '1000000' }, []],
    ['price one tick above the maximum', { price: '1000000.01' }, ['PRICE_FILTER:price']],
    ['price off the tick', { price: '42000.123' }, ['PRICE_FILTER:price']],
    ['price with trailing zeros', { price: '42000.12000000' }, []],
    ['quantity exactly the minimum at a high price', { quantity: '0.00001', price: '500000' }, []],
    ['quantity under the minimum and off the step', { quantity: '0.000009', price: '1000000' }, ['LOT_SIZE:quantity', 'LOT_SIZE:quantity']],
    ['quantity exactly the maximum, value exactly the maximum notional', { quantity: '9000', price: '1000' }, []],
    ['quantity one step over the maximum', { quantity: '9000.00001', price: '0.01' }, ['LOT_SIZE:quantity']],
    ['a tiny quantity (1e-8)', { quantity: '0.00000001' }, ['LOT_SIZE:quantity', 'LOT_SIZE:quantity', 'NOTIONAL:quantity']],
    ['a huge quantity', { quantity: '99999999999999999999.99999999999999999999' }, ['LOT_SIZE:quantity', 'LOT_SIZE:quantity', 'NOTIONAL:quantity']],
    ['a huge price', { price: '99999999999999999999' }, ['PRICE_FILTER:price', 'NOTIONAL:quantity']],
    ['more digits than Binance accepts', { price: '123456789012345678901' }, ['PARAMETERS:price']],
    ['exponent notation', { quantity: '1e-3' }, ['PARAMETERS:quantity']],
    ['a zero quantity', { quantity: '0' }, ['PARAMETERS:quantity']],
    ['a negative price', { price: '-42000' }, ['PARAMETERS:price']],
    ['no time in force', { timeInForce: undefined }, ['PARAMETERS:timeInForce']],
    ['an unknown time in force', { timeInForce: 'GTX' as OrderDraft['timeInForce'] }, ['PARAMETERS:timeInForce']],
    ['a blank quantity', { quantity: '' }, ['PARAMETERS:quantity']],
    ['a quote amount', { quoteOrderQty: '10' }, ['PARAMETERS:quoteOrderQty']],
    ['a stop price', { stopPrice: '41000' }, ['PARAMETERS:stopPrice']],
  ])('%s', (_what, over, expected) => {
    expect(rulesOf(checkOrder(BTCUSDT, limit(over)))).toEqual(expected);
  });

  it('answers the exact order to send, amounts in canonical form', () => {
    expect(checkOrder(BTCUSDT, limit({ quantity: '0.00100000', price: '42000.10000000', side: 'SELL', timeInForce: 'IOC' }))).toEqual({
      ok: true,
      order: { side: 'SELL', type: 'LIMIT', quantity: '0.001', price: '42000.1', timeInForce: 'IOC' },
    });
  });

  it('says which tick the price missed and the two nearest valid prices', () => {
    expect(only(checkOrder(BTCUSDT, limit({ price: '42000.123' })))).toEqual({
      rule: 'PRICE_FILTER',
      field: 'price',
      message: 'Price 42000.123 is not a multiple of the tick size 0.01; nearest valid prices: 42000.12 or 42000.13',
      nearest: { below: '42000.12', above: '42000.13' },
    });
  });

  it('reports a price below the minimum and off the tick as two problems, each with the valid price', () => {
    const problems = problemsOf(checkOrder(BTCUSDT, limit({ price: '0.009', quantity: '1000' })));
    expect(problems.map((p) => p.message)).toEqual([
      'Price 0.009 is not a multiple of the tick size 0.01; nearest valid price: 0.01',
      'Price 0.009 is below the minimum price 0.01; nearest valid price: 0.01',
    ]);
    expect(problems.map((p) => p.nearest)).toEqual([{ above: '0.01' }, { above: '0.01' }]);
  });

  it('offers the highest valid price above the maximum', () => {
    expect(only(checkOrder(BTCUSDT, limit({ price: '1000000.01' }))).nearest).toEqual({ below: '1000000' });
  });

  it('says how much quantity reaches the minimum notional', () => {
    expect(only(checkOrder(BTCUSDT, limit({ quantity: '0.00001' })))).toEqual({
      rule: 'NOTIONAL',
      field: 'quantity',
      message: 'Order value 0.42 USDT (quantity 0.00001 × price 42000) is below the minimum 5 USDT; nearest valid quantity at this price: 0.00012',
      nearest: { above: '0.00012' },
    });
  });

  it('says how much quantity stays under the maximum notional', () => {
    expect(only(checkOrder(BTCUSDT, limit({ quantity: '9000' })))).toEqual({
      rule: 'NOTIONAL',
      field: 'quantity',
      message: 'Order value 378000000 USDT (quantity 9000 × price 42000) is above the maximum 9000000 USDT; nearest valid quantity at this price: 214.28571',
      nearest: { below: '214.28571' },
    });
  });

  it('names the step and both neighbours of an off-step quantity', () => {
    expect(only(checkOrder(BTCUSDT, limit({ quantity: '0.123456' }))).message).toBe(
      'Quantity 0.123456 is not a multiple of the step size 0.00001; nearest valid quantities: 0.12345 or 0.12346',
    );
  });

  it('explains unreadable and non-positive amounts', () => {
    expect(only(checkOrder(BTCUSDT, limit({ quantity: '1e-3' }))).message).toBe('Quantity "1e-3" is not a plain decimal number (like 42000.5 or 0.00001)');
    expect(only(checkOrder(BTCUSDT, limit({ quantity: '0' }))).message).toBe('Quantity must be greater than zero, not 0');
  });

  it('lists every missing parameter, not only the first', () => {
    const result = checkOrder(BTCUSDT, { side: 'BUY', type: 'LIMIT' });
    expect(problemsOf(result).map((p) => p.message)).toEqual([
      'A limit order needs a quantity',
      'A limit order needs a price',
      'A limit order needs a time in force (GTC, IOC or FOK)',
    ]);
  });

  it('reports every problem of a thoroughly bad order', () => {
    const filters = withFilters({ status: 'HALT' });
    const result = checkOrder(filters, limit({ price: '42000.123', quantity: '0.000001', timeInForce: undefined }), { openOrders: 200 });
    expect(rulesOf(result)).toEqual([
      'SYMBOL_STATUS:symbol',
      'PARAMETERS:timeInForce',
      'PRICE_FILTER:price',
      'LOT_SIZE:quantity',
      'LOT_SIZE:quantity',
      'NOTIONAL:quantity',
      'MAX_NUM_ORDERS:symbol',
    ]);
  });
});

describe('checkOrder: other order types', () => {
  it('sends a LIMIT_MAKER without a time in force', () => {
    expect(checkOrder(BTCUSDT, { side: 'SELL', type: 'LIMIT_MAKER', quantity: '0.5', price: '43000' })).toEqual({
      ok: true,
      order: { side: 'SELL', type: 'LIMIT_MAKER', quantity: '0.5', price: '43000' },
    });
    expect(only(checkOrder(BTCUSDT, { side: 'SELL', type: 'LIMIT_MAKER', quantity: '0.5', price: '43000', timeInForce: 'GTC' })).message).toBe(
      'A limit maker order takes no time in force; leave it out',
    );
  });

  it.each(['STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'] as const)('checks the stop price of %s like a price', (type) => {
    const draft: OrderDraft = { side: 'SELL', type, quantity: '0.01', price: '40999.99', stopPrice: '41000', timeInForce: 'GTC' };
    expect(checkOrder(BTCUSDT, draft)).toEqual({ ok: true, order: draft });
    expect(only(checkOrder(BTCUSDT, { ...draft, stopPrice: undefined })).message).toMatch(/order needs a stop price$/);
    expect(only(checkOrder(BTCUSDT, { ...draft, stopPrice: '41000.005' }))).toEqual({
      rule: 'PRICE_FILTER',
      field: 'stopPrice',
      message: 'Stop price 41000.005 is not a multiple of the tick size 0.01; nearest valid stop prices: 41000 or 41000.01',
      nearest: { below: '41000', above: '41000.01' },
    });
    expect(rulesOf(checkOrder(BTCUSDT, { ...draft, stopPrice: '2000000' }))).toEqual(['PRICE_FILTER:stopPrice']);
  });

  it('refuses an order type the symbol does not list', () => {
    const filters = withFilters({ orderTypes: ['MARKET', 'LIMIT'] });
    const draft: OrderDraft = { side: 'SELL', type: 'TAKE_PROFIT_LIMIT', quantity: '0.01', price: '45000', stopPrice: '45000', timeInForce: 'GTC' };
    expect(only(checkOrder(filters, draft))).toEqual({
      rule: 'ORDER_TYPE',
      field: 'type',
      message: 'BTCUSDT does not accept take-profit limit orders (it accepts: market, limit)',
    });
  });

  it('refuses a side or type outside the contract', () => {
    expect(rulesOf(checkOrder(BTCUSDT, limit({ side: 'HOLD' as OrderDraft['side'] })))).toEqual(['PARAMETERS:side']);
    expect(rulesOf(checkOrder(BTCUSDT, limit({ type: 'STOP_LOSS' as OrderDraft['type'] })))).toEqual(['PARAMETERS:type']);
  });
});

describe('checkOrder: market orders', () => {
  it.each<[string, Partial<OrderDraft>, CheckContext, string[]]>([
    ['by quantity with a last price', { quantity: '0.001' }, LAST, []],
    ['exactly the highest valid market quantity', { quantity: '107.64763' }, LAST, []],
    ['over the market-order maximum but within LOT_SIZE', { quantity: '108' }, LAST, ['MARKET_LOT_SIZE:quantity']],
    ['off the LOT_SIZE step', { quantity: '0.0012345' }, LAST, ['LOT_SIZE:quantity']],
    ['under the minimum notional at the last price', { quantity: '0.0001' }, LAST, ['NOTIONAL:quantity']],
    ['without a last price', { quantity: '0.001' }, {}, ['NOTIONAL:quantity']],
    ['with an unusable last price', { quantity: '0.001' }, { lastPrice: 'abc' }, ['NOTIONAL:quantity']],
    ['by quote amount, no last price needed', { quoteOrderQty: '10' }, {}, []],
    ['by quote amount exactly the minimum notional', { quoteOrderQty: '5.00000000' }, {}, []],
    ['by quote amount under the minimum notional', { quoteOrderQty: '4.99' }, {}, ['NOTIONAL:quoteOrderQty']],
    ['by quote amount with too many decimals', { quoteOrderQty: '10.123456789' }, {}, ['PARAMETERS:quoteOrderQty']],
    ['with both quantity and quote amount', { quantity: '0.001', quoteOrderQty: '10' }, LAST, ['PARAMETERS:quoteOrderQty']],
    ['with neither quantity nor quote amount', {}, LAST, ['PARAMETERS:quantity']],
    ['with a price and a time in force', { quantity: '0.001', price: '42000', timeInForce: 'GTC' }, LAST, ['PARAMETERS:price', 'PARAMETERS:timeInForce']],
  ])('%s', (_what, over, context, expected) => {
    expect(rulesOf(checkOrder(BTCUSDT, market(over), context))).toEqual(expected);
  });

  it('sends only the quantity or only the quote amount', () => {
    expect(checkOrder(BTCUSDT, market({ quantity: '0.00100' }), LAST)).toEqual({ ok: true, order: { side: 'BUY', type: 'MARKET', quantity: '0.001' } });
    expect(checkOrder(BTCUSDT, market({ side: 'SELL', quoteOrderQty: '25.50' }))).toEqual({ ok: true, order: { side: 'SELL', type: 'MARKET', quoteOrderQty: '25.5' } });
  });

  it('estimates the value of a market order from the last price', () => {
    expect(only(checkOrder(BTCUSDT, market({ quantity: '0.0001' }), LAST)).message).toBe(
      'Estimated order value 4.2 USDT (quantity 0.0001 × last price 42000) is below the minimum 5 USDT; nearest valid quantity at this price: 0.00012',
    );
  });

  it('refuses to guess the value of a market order without a last price', () => {
    expect(only(checkOrder(BTCUSDT, market({ quantity: '0.001' }))).message).toBe(
      "The value of this market order cannot be checked against BTCUSDT's order value limits (minimum 5 USDT): no last price for BTCUSDT is known yet",
    );
  });

  it('needs no last price when the symbol applies no notional bound to market orders', () => {
    const filters = withFilters({ applyMinToMarket: false, applyMaxToMarket: false });
    expect(checkOrder(filters, market({ quantity: '0.00001' })).ok).toBe(true);
  });

  it('applies the maximum notional to market orders only when the symbol says so', () => {
    const filters = withFilters({ marketMaxQty: null });
    expect(checkOrder(filters, market({ quantity: '300' }), LAST).ok).toBe(true);
    expect(rulesOf(checkOrder(withFilters({ marketMaxQty: null, applyMaxToMarket: true }), market({ quantity: '300' }), LAST))).toEqual(['NOTIONAL:quantity']);
  });

  it('applies the MARKET_LOT_SIZE minimum and the maximum order value for quote amounts', () => {
    const filters = withFilters({ marketMinQty: '0.001', applyMaxToMarket: true });
    expect(rulesOf(checkOrder(filters, market({ quantity: '0.001' }), LAST))).toEqual([]);
    expect(only(checkOrder(filters, market({ quantity: '0.00099' }), LAST))).toEqual({
      rule: 'MARKET_LOT_SIZE',
      field: 'quantity',
      message: 'Quantity 0.00099 is below the market-order minimum 0.001; nearest valid quantity: 0.001',
      nearest: { above: '0.001' },
    });
    expect(checkOrder(filters, market({ quoteOrderQty: '9000000' })).ok).toBe(true);
    expect(only(checkOrder(filters, market({ quoteOrderQty: '9000000.01' })))).toMatchObject({
      rule: 'NOTIONAL',
      message: 'Quote amount 9000000.01 USDT is above the maximum order value 9000000 USDT; nearest valid quote amount: 9000000',
    });
  });

  it('offers the highest valid quantity over the market-order maximum', () => {
    expect(only(checkOrder(BTCUSDT, market({ quantity: '108' }), LAST))).toEqual({
      rule: 'MARKET_LOT_SIZE',
      field: 'quantity',
      message: 'Quantity 108 is above the market-order maximum 107.64763607; nearest valid quantity: 107.64763',
      nearest: { below: '107.64763' },
    });
  });

  it('states the quote amount problems with numbers', () => {
    expect(only(checkOrder(BTCUSDT, market({ quoteOrderQty: '4.99' })))).toEqual({
      rule: 'NOTIONAL',
      field: 'quoteOrderQty',
      message: 'Quote amount 4.99 USDT is below the minimum order value 5 USDT; nearest valid quote amount: 5',
      nearest: { above: '5' },
    });
    expect(only(checkOrder(BTCUSDT, market({ quoteOrderQty: '10.123456789' })))).toEqual({
      rule: 'PARAMETERS',
      field: 'quoteOrderQty',
      message: 'Quote amount 10.123456789 has more decimal places than USDT accepts (8); nearest valid quote amounts: 10.12345678 or 10.12345679',
      nearest: { below: '10.12345678', above: '10.12345679' },
    });
  });

  it('allows a quote amount only where the symbol does', () => {
    expect(only(checkOrder(DOGEBTC, market({ quoteOrderQty: '0.01' })))).toEqual({
      rule: 'ORDER_TYPE',
      field: 'quoteOrderQty',
      message: 'DOGEBTC does not accept market orders by quote amount; give a quantity instead',
    });
  });
});

describe('checkOrder: the market and the account', () => {
  it.each(['HALT', 'BREAK', 'PRE_TRADING'] as const)('refuses to trade a symbol in status %s', (status) => {
    expect(only(checkOrder(withFilters({ status }), limit()))).toEqual({
      rule: 'SYMBOL_STATUS',
      field: 'symbol',
      message: `BTCUSDT is not open for trading right now (status ${status})`,
    });
  });

  it('refuses a symbol without spot trading', () => {
    expect(only(checkOrder(withFilters({ isSpotTradingAllowed: false }), limit())).message).toBe('Spot trading is not allowed on BTCUSDT');
  });

  it.each<[number | undefined, string[]]>([
    [undefined, []],
    [0, []],
    [199, []],
    [200, ['MAX_NUM_ORDERS:symbol']],
    [250, ['MAX_NUM_ORDERS:symbol']],
  ])('with %s open orders of at most 200: %j', (openOrders, expected) => {
    expect(rulesOf(checkOrder(BTCUSDT, limit(), { openOrders }))).toEqual(expected);
  });

  it('words the open-order limit', () => {
    expect(only(checkOrder(BTCUSDT, limit(), { openOrders: 200 })).message).toBe(
      'BTCUSDT already has 200 open orders and allows at most 200; cancel one before placing another',
    );
  });

  it('ignores the open-order count when the symbol has no limit, and refuses a count that is not one', () => {
    expect(checkOrder(withFilters({ maxNumOrders: null }), limit(), { openOrders: 10_000 }).ok).toBe(true);
    expect(() => checkOrder(BTCUSDT, limit(), { openOrders: -1 })).toThrow(RangeError);
  });
});

describe('checkOrder: small-priced pairs and whole-unit steps (DOGEBTC, legacy MIN_NOTIONAL)', () => {
  const doge = (over: Partial<OrderDraft> = {}): OrderDraft => limit({ quantity: '100', price: '0.00000123', ...over });

  it('accepts an 8-decimal price', () => {
    expect(checkOrder(DOGEBTC, doge())).toEqual({ ok: true, order: { side: 'BUY', type: 'LIMIT', quantity: '100', price: '0.00000123', timeInForce: 'GTC' } });
  });

  it.each<[Partial<OrderDraft>, string, { below?: string; above?: string }]>([
    [{ price: '0.000001234' }, 'Price 0.000001234 is not a multiple of the tick size 0.00000001; nearest valid prices: 0.00000123 or 0.00000124', { below: '0.00000123', above: '0.00000124' }],
    [{ quantity: '100.5' }, 'Quantity 100.5 is not a multiple of the step size 1; nearest valid quantities: 100 or 101', { below: '100', above: '101' }],
    [{ quantity: '81' }, 'Order value 0.00009963 BTC (quantity 81 × price 0.00000123) is below the minimum 0.0001 BTC; nearest valid quantity at this price: 82', { above: '82' }],
    [{ quantity: '1', price: '0.00000001' }, 'Order value 0.00000001 BTC (quantity 1 × price 0.00000001) is below the minimum 0.0001 BTC; nearest valid quantity at this price: 10000', { above: '10000' }],
  ])('%j', (over, message, nearest) => {
    expect(only(checkOrder(DOGEBTC, doge(over)))).toMatchObject({ message, nearest });
  });

  it('applies the legacy minimum to market orders (applyToMarket)', () => {
    expect(checkOrder(DOGEBTC, market({ quantity: '100' }), { lastPrice: '0.00000123' }).ok).toBe(true);
    expect(rulesOf(checkOrder(DOGEBTC, market({ quantity: '10' }), { lastPrice: '0.00000123' }))).toEqual(['NOTIONAL:quantity']);
  });
});

describe('checkOrder: unusual filters', () => {
  it('handles a tick that is not a power of ten', () => {
    const filters = withFilters({ tickSize: '0.05', minPrice: '0.05' });
    expect(only(checkOrder(filters, limit({ price: '1.07', quantity: '10' }))).nearest).toEqual({ below: '1.05', above: '1.1' });
    expect(checkOrder(filters, limit({ price: '1.10', quantity: '10' })).ok).toBe(true);
  });

  it('keeps a market quantity on both the LOT_SIZE and the MARKET_LOT_SIZE step', () => {
    const filters: SymbolFilters = withFilters({ stepSize: '0.0025', minQty: null, marketStepSize: '0.001', minNotional: null });
    expect(only(checkOrder(filters, market({ quantity: '0.0075' })))).toEqual({
      rule: 'MARKET_LOT_SIZE',
      field: 'quantity',
      message: 'Quantity 0.0075 is not a multiple of the market-order step size 0.001; nearest valid quantities: 0.005 or 0.01',
      nearest: { below: '0.005', above: '0.01' },
    });
    expect(checkOrder(filters, market({ quantity: '0.01' })).ok).toBe(true);
  });

  it('falls back to the asset precision when there is no tick or step', () => {
    const filters = withFilters({ tickSize: null, stepSize: null, minNotional: null });
    expect(only(checkOrder(filters, limit({ price: '1.123456789' })))).toMatchObject({
      rule: 'PARAMETERS',
      message: 'Price 1.123456789 has more decimal places than BTCUSDT accepts (8); nearest valid prices: 1.12345678 or 1.12345679',
    });
    expect(only(checkOrder(filters, limit({ quantity: '0.123456789' })))).toMatchObject({
      rule: 'PARAMETERS',
      message: 'Quantity 0.123456789 has more decimal places than BTC accepts (8); nearest valid quantities: 0.12345678 or 0.12345679',
    });
    expect(checkOrder(filters, limit({ price: '1.12345678', quantity: '0.12345678' })).ok).toBe(true);
  });

  it('says so when no quantity can pass both LOT_SIZE and MARKET_LOT_SIZE', () => {
    const filters = withFilters({ minQty: '10', marketMaxQty: '5', minNotional: null });
    const problems = problemsOf(checkOrder(filters, market({ quantity: '7' })));
    expect(problems.map((p) => p.rule)).toEqual(['LOT_SIZE', 'MARKET_LOT_SIZE']);
    expect(problems[0]?.message).toBe("Quantity 7 is below the minimum quantity 10; no quantity is valid under this symbol's filters");
  });
});

describe('the nearest-valid family', () => {
  it('answers both neighbours, or the value itself when it is valid', () => {
    expect(nearestValidPrice(BTCUSDT, '42000.123')).toEqual({ below: '42000.12', above: '42000.13' });
    expect(nearestValidPrice(BTCUSDT, '42000.10')).toEqual({ below: '42000.1', above: '42000.1' });
    expect(nearestValidQuantity(BTCUSDT, '200', 'LIMIT')).toEqual({ below: '200', above: '200' });
    expect(nearestValidQuantity(BTCUSDT, '200', 'MARKET')).toEqual({ below: '107.64763' });
    expect(nearestValidQuoteOrderQty(BTCUSDT, '1')).toEqual({ above: '5' });
  });

  it('finds the smallest quantity reaching the minimum notional even when the division does not end', () => {
    const filters = withFilters({ tickSize: '1', minPrice: null });
    // 5 / 3 = 1.6666…; 1.66667 × 3 = 5.00001 is the first step that reaches 5.
    expect(nearestValidQuantityForNotional(filters, '1', '3', 'LIMIT')).toEqual({ above: '1.66667' });
    // 9000000 / 7 = 1285714.28…, but LOT_SIZE caps the quantity first.
    expect(nearestValidQuantityForNotional(filters, '10000', '7', 'LIMIT')).toEqual({ below: '9000' });
  });
});
