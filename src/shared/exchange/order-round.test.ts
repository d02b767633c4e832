import { describe, expect, it } from 'vitest';
import { ORDER_SIDES, TIME_IN_FORCES } from '../domain/enums';
import { parseDecimal, toExchangeString, tryParseDecimal, type Decimal } from './decimal';
import { BTCUSDT, DOGEBTC, withFilters } from './exchange-info.fixture';
import { priceGrid } from './nearest-valid';
import { checkOrder } from './order-check';
import { priceDirection, roundOrder, roundPrice, roundQuantity, roundQuoteOrderQty, type RoundingMode } from './order-round';
import { CHECKED_ORDER_TYPES, type CheckContext, type OrderDraft } from './order';
import { type SymbolFilters } from './symbol-filters';

const LAST = { lastPrice: '42000' } satisfies CheckContext;

describe('rounding helpers', () => {
  it.each([
    ['42000.129', 'down', '42000.12'],
    ['42000.121', 'up', '42000.13'],
    ['42000.125', 'nearest', '42000.13'],
    ['42000.124', 'nearest', '42000.12'],
    ['42000.12', 'up', '42000.12'],
  ] as const)('price %s %s → %s', (price, direction, expected) => {
    expect(roundPrice(BTCUSDT, price, direction)).toBe(expected);
  });

  it('rounds quantities down, never up', () => {
    expect(roundQuantity(BTCUSDT, '0.123459999', 'LIMIT')).toBe('0.12345');
    expect(roundQuantity(DOGEBTC, '100.99', 'LIMIT')).toBe('100');
    expect(roundQuantity(withFilters({ stepSize: '0.0025', marketStepSize: '0.001' }), '0.0099', 'MARKET')).toBe('0.005');
    expect(roundQuoteOrderQty(BTCUSDT, '10.123456789')).toBe('10.12345678');
  });

  it('moves a limit price against the trader in conservative mode', () => {
    expect(priceDirection('BUY', 'conservative')).toBe('down');
    expect(priceDirection('SELL', 'conservative')).toBe('up');
    expect(priceDirection('BUY', 'nearest')).toBe('nearest');
  });
});

describe('roundOrder', () => {
  it('makes an off-grid limit order valid and lists what moved', () => {
    const result = roundOrder(BTCUSDT, { side: 'BUY', type: 'LIMIT', quantity: '0.0123456', price: '42000.129', timeInForce: 'GTC' }, 'conservative');
    expect(result).toMatchObject({
      ok: true,
      order: { side: 'BUY', type: 'LIMIT', quantity: '0.01234', price: '42000.12', timeInForce: 'GTC' },
      adjustments: [
        { field: 'quantity', from: '0.0123456', to: '0.01234' },
        { field: 'price', from: '42000.129', to: '42000.12' },
      ],
    });
  });

  it('rounds a SELL price up in conservative mode and to the nearest tick otherwise', () => {
    const draft: OrderDraft = { side: 'SELL', type: 'LIMIT', quantity: '0.01', price: '42000.121', timeInForce: 'GTC' };
    expect(roundOrder(BTCUSDT, draft, 'conservative')).toMatchObject({ ok: true, order: { price: '42000.13' } });
    expect(roundOrder(BTCUSDT, draft, 'nearest')).toMatchObject({ ok: true, order: { price: '42000.12' } });
  });

  it('rounds a stop price to the nearest tick in both modes', () => {
    const draft: OrderDraft = { side: 'SELL', type: 'STOP_LOSS_LIMIT', quantity: '0.01', price: '40999.991', stopPrice: '41000.006', timeInForce: 'GTC' };
    expect(roundOrder(BTCUSDT, draft, 'conservative')).toMatchObject({ ok: true, order: { price: '41000', stopPrice: '41000.01' } });
  });

  it('changes nothing in an order that is already valid', () => {
    const draft: OrderDraft = { side: 'BUY', type: 'LIMIT', quantity: '0.00100000', price: '42000.10', timeInForce: 'GTC' };
    const result = roundOrder(BTCUSDT, draft, 'conservative');
    const checked = checkOrder(BTCUSDT, draft);
    expect(checked.ok).toBe(true);
    expect(result).toMatchObject({ ok: true, adjustments: [], order: checked.ok ? checked.order : undefined });
  });

  it('does not raise a quantity to the minimum: that is the trader’s call', () => {
    const result = roundOrder(BTCUSDT, { side: 'BUY', type: 'LIMIT', quantity: '0.000004', price: '42000', timeInForce: 'GTC' }, 'conservative');
    expect(result.ok).toBe(false);
    // Rounding down would give 0; the value stays as typed so the problem quotes it.
    expect(result.rounded.quantity).toBe('0.000004');
    expect(!result.ok && result.problems[0]?.message).toBe('Quantity 0.000004 is not a multiple of the step size 0.00001; nearest valid quantity: 0.00001');
  });

  it('reports what rounding cannot fix, with the rounded values', () => {
    const result = roundOrder(BTCUSDT, { side: 'BUY', type: 'LIMIT', quantity: '0.000119', price: '42000', timeInForce: 'GTC' }, 'conservative');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'Order value 4.62 USDT (quantity 0.00011 × price 42000) is below the minimum 5 USDT; nearest valid quantity at this price: 0.00012',
    ]);
  });

  it('rounds a market quantity and a quote amount down', () => {
    expect(roundOrder(BTCUSDT, { side: 'SELL', type: 'MARKET', quantity: '0.0019999' }, 'conservative', LAST)).toMatchObject({ ok: true, order: { quantity: '0.00199' } });
    expect(roundOrder(BTCUSDT, { side: 'BUY', type: 'MARKET', quoteOrderQty: '10.999999999' }, 'conservative')).toMatchObject({ ok: true, order: { quoteOrderQty: '10.99999999' } });
  });

  it('leaves unreadable values to the check', () => {
    const result = roundOrder(BTCUSDT, { side: 'BUY', type: 'LIMIT', quantity: 'abc', price: '42000.123', timeInForce: 'GTC' }, 'nearest');
    expect(result.rounded).toMatchObject({ quantity: 'abc', price: '42000.12' });
    expect(!result.ok && result.problems.map((p) => p.rule)).toEqual(['PARAMETERS']);
  });
});

/*
 * Property test: thousands of seeded random orders against random filters. Amounts are built
 * as digit strings from a 32-bit integer generator, so no float ever becomes an amount.
 */

function generator(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % below;
  };
}

type Random = ReturnType<typeof generator>;
const pick = <T>(random: Random, items: readonly T[]): T => items[random(items.length)] as T;

/** A decimal string with 1 to 12 significant digits, somewhere between 1e-9 and 1e12. */
function randomAmount(random: Random): string {
  let digits = String(1 + random(9));
  const length = random(12);
  for (let i = 0; i < length; i += 1) digits += String(random(10));
  const padded = '000000000' + digits;
  const point = 1 + random(padded.length - 1);
  const text = `${padded.slice(0, point)}.${padded.slice(point)}`.replace(/^0+(?=\d)/, '');
  return random(4) === 0 ? `${text}000` : text; // trailing zeros now and then
}

/** An amount near `center`: the same value shifted by a few units of its last digit, or at random. */
function near(random: Random, center: string): string {
  if (random(5) === 0) return randomAmount(random);
  const value = parseDecimal(center);
  const wiggle = parseDecimal(String(random(2000))).div(1000).plus(1);
  return toExchangeString(random(2) === 0 ? value.times(wiggle) : value.div(wiggle).toDecimalPlaces(12));
}

function randomFilters(random: Random): SymbolFilters {
  const tickSize = pick(random, ['0.01', '0.00000001', '0.05', '1', '0.1', '0.0001', null]);
  const stepSize = pick(random, ['0.00001', '1', '0.001', '0.0025', '0.1', null]);
  return withFilters({
    tickSize,
    minPrice: pick(random, [tickSize, null, '0.00000001']),
    maxPrice: pick(random, ['1000000', null, '100']),
    stepSize,
    minQty: pick(random, [stepSize, null, '0.01']),
    maxQty: pick(random, ['9000', null, '90000000']),
    marketStepSize: pick(random, [null, null, '0.001', '0.00001']),
    marketMinQty: pick(random, [null, '0.001']),
    marketMaxQty: pick(random, [null, '107.64763607', '5000']),
    minNotional: pick(random, ['5', '0.0001', null, '10']),
    maxNotional: pick(random, ['9000000', null]),
    applyMinToMarket: random(2) === 0,
    applyMaxToMarket: random(2) === 0,
    maxNumOrders: pick(random, [200, null]),
    quoteOrderQtyMarketAllowed: random(4) !== 0,
  });
}

function randomOrder(random: Random): { draft: OrderDraft; context: CheckContext } {
  const type = pick(random, CHECKED_ORDER_TYPES);
  const side = pick(random, ORDER_SIDES);
  const price = pick(random, ['42000.12', '0.00000123', '1.05', '250', randomAmount(random)]);
  const draft: OrderDraft = { side, type };
  if (type === 'MARKET' && random(3) === 0) draft.quoteOrderQty = near(random, pick(random, ['10', '25.5', '1000']));
  else draft.quantity = near(random, pick(random, ['0.001', '1', '100', '0.5']));
  if (type !== 'MARKET') draft.price = near(random, price);
  if (type === 'STOP_LOSS_LIMIT' || type === 'TAKE_PROFIT_LIMIT') draft.stopPrice = near(random, price);
  if (type !== 'MARKET' && type !== 'LIMIT_MAKER') draft.timeInForce = pick(random, TIME_IN_FORCES);
  const context: CheckContext = { lastPrice: near(random, price), openOrders: random(210) };
  return { draft, context };
}

const dec = (text: string | undefined): Decimal | undefined => {
  if (text === undefined) return undefined;
  const parsed = tryParseDecimal(text);
  return parsed.ok ? parsed.value : undefined;
};

describe('roundOrder, property: whatever it returns passes checkOrder', () => {
  it.each<RoundingMode>(['conservative', 'nearest'])('%s mode, 3000 seeded random orders', (mode) => {
    const random = generator(mode === 'conservative' ? 20240611 : 7);
    let passed = 0;
    for (let i = 0; i < 3000; i += 1) {
      const filters = randomFilters(random);
      const { draft, context } = randomOrder(random);
      const result = roundOrder(filters, draft, mode, context);
      const where = JSON.stringify({ i, filters, draft, context, rounded: result.rounded });

      if (result.ok) {
        passed += 1;
        // What roundOrder returns is exactly what checkOrder accepts and sends.
        expect(checkOrder(filters, result.order, context), where).toEqual({ ok: true, order: result.order });
      }

      const tick = priceGrid(filters).step;
      const requested = { quantity: dec(draft.quantity), quoteOrderQty: dec(draft.quoteOrderQty), price: dec(draft.price), stopPrice: dec(draft.stopPrice) };
      const rounded = { quantity: dec(result.rounded.quantity), quoteOrderQty: dec(result.rounded.quoteOrderQty), price: dec(result.rounded.price), stopPrice: dec(result.rounded.stopPrice) };
      // Never more than asked.
      if (requested.quantity && rounded.quantity) expect(rounded.quantity.lessThanOrEqualTo(requested.quantity), where).toBe(true);
      if (requested.quoteOrderQty && rounded.quoteOrderQty) expect(rounded.quoteOrderQty.lessThanOrEqualTo(requested.quoteOrderQty), where).toBe(true);
      // Prices move by less than one tick, in the promised direction.
      if (requested.price && rounded.price) {
        const moved = rounded.price.minus(requested.price);
        expect(moved.abs().lessThan(tick), where).toBe(true);
        if (mode === 'nearest') expect(moved.abs().lessThanOrEqualTo(tick.div(2)), where).toBe(true);
        else if (draft.side === 'BUY') expect(moved.lessThanOrEqualTo(0), where).toBe(true);
        else expect(moved.greaterThanOrEqualTo(0), where).toBe(true);
      }
      if (requested.stopPrice && rounded.stopPrice) {
        expect(rounded.stopPrice.minus(requested.stopPrice).abs().lessThanOrEqualTo(tick.div(2)), where).toBe(true);
      }
      // An order that was already valid comes back unchanged.
      const before = checkOrder(filters, draft, context);
      if (before.ok) expect(result, where).toMatchObject({ ok: true, order: before.order, adjustments: [] });
    }
    // Not vacuous: a good share of the random orders are made valid.
    expect(passed).toBeGreaterThan(300);
  });
});
