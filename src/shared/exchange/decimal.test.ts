import BaseDecimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  DecimalParseError,
  normalizeDecimalString,
  parseDecimal,
  toDecimal,
  toExchangeString,
  tryParseDecimal,
} from './decimal';
import { commonStep, gridBounds, nearestOnGrid, roundToStep, type Grid } from './grid';

const d = (text: string): Decimal => parseDecimal(text);
const s = (value: Decimal | undefined): string | undefined => (value === undefined ? undefined : toExchangeString(value));

describe('tryParseDecimal', () => {
  it.each([
    ['0', '0'],
    ['42000.1', '42000.1'],
    ['0.00000001', '0.00000001'],
    ['0.00001000', '0.00001'],
    ['1.00000000', '1'],
    ['00012.3400', '12.34'],
    ['-1.5', '-1.5'],
    ['-0', '0'],
    ['99999999999999999999.99999999999999999999', '99999999999999999999.99999999999999999999'],
    ['1.000000000000000000000000', '1'], // trailing zeros do not count against the 20 places
  ])('reads %s as %s', (text, canonical) => {
    const parsed = tryParseDecimal(text);
    expect(parsed.ok && toExchangeString(parsed.value)).toBe(canonical);
  });

  it.each([
    ['', /is empty/],
    [' 1', /not a plain decimal/],
    ['1 ', /not a plain decimal/],
    ['1e-8', /not a plain decimal/],
    ['1E8', /not a plain decimal/],
    ['NaN', /not a plain decimal/],
    ['Infinity', /not a plain decimal/],
    ['-Infinity', /not a plain decimal/],
    ['.5', /not a plain decimal/],
    ['5.', /not a plain decimal/],
    ['+1', /not a plain decimal/],
    ['1,000', /not a plain decimal/],
    ['0x10', /not a plain decimal/],
    ['1_000', /not a plain decimal/],
    ['--1', /not a plain decimal/],
    ['123456789012345678901', /more than 20 digits before/],
    ['0.000000000000000000001', /more than 20 decimal places/],
  ])('rejects %j', (text, reason) => {
    const parsed = tryParseDecimal(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('throws a clear error from parseDecimal', () => {
    expect(() => parseDecimal('1e-8', 'Price')).toThrow(DecimalParseError);
    expect(() => parseDecimal('1e-8', 'Price')).toThrow('Price "1e-8" is not a plain decimal number');
    expect(() => parseDecimal('')).toThrow('Value is empty');
  });
});

describe('toExchangeString', () => {
  it.each([
    ['0.00001000', '0.00001'],
    ['42000.10000000', '42000.1'],
    ['100.000', '100'],
    ['1000000', '1000000'],
    ['-0.000', '0'],
  ])('writes %s as %s', (text, expected) => {
    expect(normalizeDecimalString(text)).toBe(expected);
  });

  it('never uses exponent notation', () => {
    expect(toExchangeString(new Decimal('1e-8'))).toBe('0.00000001');
    expect(toExchangeString(new Decimal('1e-20'))).toBe('0.00000000000000000001');
    expect(toExchangeString(new Decimal('1e25'))).toBe('10000000000000000000000000');
  });

  it('refuses NaN and infinities', () => {
    expect(() => toExchangeString(new Decimal(NaN))).toThrow(DecimalParseError);
    expect(() => toExchangeString(new Decimal(Infinity))).toThrow(DecimalParseError);
  });
});

describe('precision', () => {
  it('multiplies the two largest exchange amounts exactly', () => {
    const biggest = '99999999999999999999.99999999999999999999';
    const scaled = 10n ** 40n - 1n; // the same number × 10^20, as an integer
    const square = scaled * scaled; // × 10^40
    const text = square.toString();
    const expected = `${text.slice(0, -40)}.${text.slice(-40)}`.replace(/0+$/, '');
    expect(toExchangeString(d(biggest).times(d(biggest)))).toBe(expected);
  });

  it('re-wraps a Decimal from another decimal.js configuration', () => {
    const foreign = new BaseDecimal('0.1');
    const ours = toDecimal(foreign);
    expect(ours.times('99999999999999999999.99999999999999999999').toFixed()).toBe('9999999999999999999.999999999999999999999');
  });

  it('rounds half up by default', () => {
    expect(d('0.125').toDecimalPlaces(2).toFixed()).toBe('0.13');
    expect(d('-0.125').toDecimalPlaces(2).toFixed()).toBe('-0.13');
  });
});

describe('grid', () => {
  it.each([
    ['42000.123', '0.01', 'down', '42000.12'],
    ['42000.123', '0.01', 'up', '42000.13'],
    ['42000.123', '0.01', 'nearest', '42000.12'],
    ['42000.125', '0.01', 'nearest', '42000.13'],
    ['42000.12', '0.01', 'up', '42000.12'],
    ['1.07', '0.05', 'down', '1.05'],
    ['1.07', '0.05', 'nearest', '1.05'],
    ['1.075', '0.05', 'nearest', '1.1'],
    ['0.000001234', '0.00000001', 'down', '0.00000123'],
    ['100.5', '1', 'down', '100'],
    ['0.000009', '0.00001', 'down', '0'],
  ] as const)('rounds %s to step %s %s → %s', (value, step, direction, expected) => {
    expect(toExchangeString(roundToStep(d(value), d(step), direction))).toBe(expected);
  });

  it.each([
    ['0.001', '0.0025', '0.005'],
    ['0.00001', '1', '1'],
    ['0.05', '0.03', '0.15'],
    ['0.00001', '0.00001', '0.00001'],
  ])('common step of %s and %s is %s', (a, b, expected) => {
    expect(toExchangeString(commonStep(d(a), d(b)))).toBe(expected);
  });

  const grid: Grid = { step: d('0.01'), min: d('0.05'), max: d('10') };

  it.each([
    ['5.005', '5', '5.01'],
    ['5', '5', '5'],
    ['0.01', undefined, '0.05'],
    ['10.5', '10', undefined],
    ['0.05', '0.05', '0.05'],
    ['10', '10', '10'],
  ])('nearest valid around %s: %s / %s', (value, below, above) => {
    const nearest = nearestOnGrid(d(value), grid);
    expect([s(nearest.below), s(nearest.above)]).toEqual([below, above]);
  });

  it('knows a grid with no valid value', () => {
    const empty: Grid = { step: d('1'), min: d('10'), max: d('5') };
    expect(gridBounds(empty)).toBeNull();
    expect(nearestOnGrid(d('7'), empty)).toEqual({});
  });

  it('keeps valid values positive when there is no minimum', () => {
    const open: Grid = { step: d('0.5'), min: null, max: null };
    expect(s(gridBounds(open)?.lowest)).toBe('0.5');
    expect(s(nearestOnGrid(d('0.2'), open).above)).toBe('0.5');
    expect(nearestOnGrid(d('0.2'), open).below).toBeUndefined();
  });

  it('rounds a minimum that is off the grid up onto it', () => {
    const offGrid: Grid = { step: d('0.1'), min: d('0.25'), max: d('1.05') };
    expect(s(gridBounds(offGrid)?.lowest)).toBe('0.3');
    expect(s(gridBounds(offGrid)?.highest ?? undefined)).toBe('1');
  });
});
