import { describe, expect, it } from 'vitest';
import { decimalsOfTickSize, decimalsOfValue, decimalsOfValues, formatPercent, formatPrice, formatSignedPrice, formatVolume, trimDecimalString } from './price-format';
import { priceDisplayFor } from './price-display';

describe('price formatting', () => {
  it('reads decimals from a tick size', () => {
    expect(decimalsOfTickSize('0.01000000')).toBe(2);
    expect(decimalsOfTickSize('1.00000000')).toBe(0);
    expect(decimalsOfTickSize('0.00000001')).toBe(8);
    expect(decimalsOfTickSize(null)).toBeNull();
    expect(decimalsOfTickSize('0')).toBeNull();
    expect(decimalsOfTickSize('abc')).toBeNull();
  });

  it('writes prices with thousands separators and the tick size decimals', () => {
    expect(formatPrice(42000.1, 2)).toBe('42,000.10');
    expect(formatPrice(0.5, 0)).toBe('1');
    expect(formatPrice(1234567.891, 2)).toBe('1,234,567.89');
  });

  it('without a tick size, keeps up to 8 decimals and trims trailing zeros', () => {
    expect(formatPrice(42000.1, null)).toBe('42,000.1');
    expect(formatPrice(0.000012345678, null)).toBe('0.00001235');
    expect(formatPrice(NaN, 2)).toBe('—');
  });

  it('guesses decimals from the values themselves', () => {
    expect(decimalsOfValue(42000.12)).toBe(2);
    expect(decimalsOfValue(42000)).toBe(0);
    expect(decimalsOfValue(0.1 + 0.2)).toBe(1);
    expect(decimalsOfValues(new Float64Array([1.5, 2.25, 3]))).toBe(2);
    expect(decimalsOfValues(new Float64Array([1.123, 2.25, 3]), 1)).toBe(2);
  });

  it('writes changes with a sign and volumes compactly', () => {
    expect(formatSignedPrice(12.5, 2)).toBe('+12.50');
    expect(formatSignedPrice(-3.1, 2)).toBe('−3.10');
    expect(formatPercent(1.234)).toBe('+1.23%');
    expect(formatPercent(-0.4)).toBe('−0.40%');
    expect(formatVolume(812.5)).toBe('812.5');
    expect(formatVolume(1.23456)).toBe('1.2346');
    expect(formatVolume(12_340)).toBe('12.34K');
    expect(formatVolume(4_100_000)).toBe('4.10M');
    expect(formatVolume(2_050_000_000)).toBe('2.05B');
  });

  it('trims exchange quantities', () => {
    expect(trimDecimalString('0.01000000')).toBe('0.01');
    expect(trimDecimalString('1.00000000')).toBe('1');
    expect(trimDecimalString('100')).toBe('100');
  });
});

describe('priceDisplayFor', () => {
  it('follows the tick size when it is known', () => {
    const display = priceDisplayFor('0.01000000', new Float64Array([1.123456]));
    expect(display.decimals).toBe(2);
    expect(display.minMove).toBe(0.01);
    expect(display.format(42000)).toBe('42,000.00');
  });

  it('falls back on the newest bars, then on trimmed decimals', () => {
    expect(priceDisplayFor(null, new Float64Array([42000.1, 42000.25])).decimals).toBe(2);
    expect(priceDisplayFor(null, new Float64Array([42000.1, 42000.25])).minMove).toBeCloseTo(0.01, 12);
    expect(priceDisplayFor(null, null).decimals).toBeNull();
  });
});
