import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../shared/exchange/decimal';
import { BTCUSDT, withFilters } from '../../../../shared/exchange/exchange-info.fixture';
import { convertAmount, orderAmount, percentAmount, priceToTick, stepPrice, type PercentInput } from './ticket-amounts';

const d = (text: string) => new Decimal(text);

describe('orderAmount', () => {
  it('sends a base amount as the quantity typed', () => {
    expect(orderAmount(BTCUSDT, 'LIMIT', 'base', ' 0.5 ', d('42000'))).toEqual({ quantity: '0.5' });
  });
  it('sends a market order in quote as quoteOrderQty', () => {
    expect(orderAmount(BTCUSDT, 'MARKET', 'quote', '100', null)).toEqual({ quoteOrderQty: '100' });
  });
  it('converts a limit order in quote to a quantity at the price, rounded down to the step', () => {
    // 100 / 42000 = 0.0023809… → 0.00238
    expect(orderAmount(BTCUSDT, 'LIMIT', 'quote', '100', d('42000'))).toEqual({ quantity: '0.00238' });
  });
  it('needs a price to convert, and passes unreadable text on for the check to name', () => {
    expect(orderAmount(BTCUSDT, 'LIMIT', 'quote', '100', null)).toBeNull();
    expect(orderAmount(BTCUSDT, 'LIMIT', 'quote', 'abc', d('1'))).toEqual({ quantity: 'abc' });
  });
});

describe('percentAmount', () => {
  const input = (over: Partial<PercentInput>): PercentInput => ({
    filters: BTCUSDT,
    side: 'BUY',
    type: 'LIMIT',
    unit: 'base',
    percent: 50,
    baseFree: d('1'),
    quoteFree: d('10000'),
    price: d('40000'),
    feeRate: d('0.001'),
    ...over,
  });
  it('buys with the share of free quote that leaves room for the fee, in base at the price', () => {
    // 5000 / 1.001 / 40000 = 0.12487… → 0.12487
    expect(percentAmount(input({}))).toBe('0.12487');
  });
  it('in quote, is the share of free quote less the fee, on the quote precision', () => {
    expect(percentAmount(input({ unit: 'quote', percent: 100 }))).toBe('9990.00999');
  });
  it('sells the share of free base, rounded down to the step', () => {
    expect(percentAmount(input({ side: 'SELL', percent: 25, baseFree: d('0.123456') }))).toBe('0.03086');
    expect(percentAmount(input({ side: 'SELL', percent: 100, unit: 'quote', baseFree: d('0.5') }))).toBe('20000');
  });
  it('needs a price to express a buy in base', () => {
    expect(percentAmount(input({ price: null }))).toBeNull();
  });
});

describe('convertAmount', () => {
  it('turns base into quote at the price and back, rounding down', () => {
    expect(convertAmount(BTCUSDT, 'LIMIT', '0.5', 'quote', d('42000.01'))).toBe('21000.005');
    expect(convertAmount(BTCUSDT, 'LIMIT', '100', 'base', d('42000'))).toBe('0.00238');
    expect(convertAmount(BTCUSDT, 'LIMIT', '', 'base', d('42000'))).toBe('');
  });
});

describe('prices on the tick', () => {
  it('rounds a chart click to the nearest tick', () => {
    expect(priceToTick(BTCUSDT, 42000.123)).toBe('42000.12');
    expect(priceToTick(BTCUSDT, 42000.125001)).toBe('42000.13');
    expect(priceToTick(BTCUSDT, 0.0001)).toBe('0.01');
    expect(priceToTick(BTCUSDT, Number.NaN)).toBeNull();
  });
  it('steps one tick, snapping an off-tick price to the tick on that side first', () => {
    expect(stepPrice(BTCUSDT, '42000', 1)).toBe('42000.01');
    expect(stepPrice(BTCUSDT, '42000', -1)).toBe('41999.99');
    expect(stepPrice(BTCUSDT, '42000.123', 1)).toBe('42000.13');
    expect(stepPrice(BTCUSDT, '42000.123', -1)).toBe('42000.12');
    expect(stepPrice(BTCUSDT, '0.01', -1)).toBe('0.01');
    expect(stepPrice(withFilters({ maxPrice: '100' }), '100', 1)).toBe('100');
    expect(stepPrice(BTCUSDT, '', 1)).toBeNull();
  });
});
