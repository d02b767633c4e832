import { describe, expect, it } from 'vitest';
import { div, formatFixed, formatPlain, isDecimalParam, mul, roundToStep, significantDecimals, toFixed } from './fixed';

describe('bigint fixed point', () => {
  it('parses and prints eight decimals exactly', () => {
    expect(formatFixed(toFixed('42283.58'))).toBe('42283.58000000');
    expect(formatFixed(toFixed('0.00000001'))).toBe('0.00000001');
    expect(formatFixed(toFixed('1.100000000000'))).toBe('1.10000000');
    expect(formatFixed(-toFixed('2.5'))).toBe('-2.50000000');
    expect(formatPlain(toFixed('100.50'))).toBe('100.5');
    expect(() => toFixed('0.000000001')).toThrow('more than 8 decimals');
    expect(() => toFixed('1e-8')).toThrow('not a non-negative decimal');
  });

  it('multiplies and divides with the rounding asked for', () => {
    expect(formatFixed(mul(toFixed('100.01'), toFixed('0.49995')))).toBe('49.99999950');
    expect(formatFixed(mul(toFixed('52.0088034'), toFixed('0.001'), 'down'))).toBe('0.05200880');
    expect(formatFixed(mul(toFixed('52.0088034'), toFixed('0.001'), 'up'))).toBe('0.05200881');
    expect(formatFixed(div(toFixed('50'), toFixed('100.01')))).toBe('0.49995000');
    expect(formatFixed(div(toFixed('2'), toFixed('3'), 'halfUp'))).toBe('0.66666667');
  });

  it('rounds to steps and reads parameters the way Binance does', () => {
    expect(formatFixed(roundToStep(toFixed('0.123456'), toFixed('0.001')))).toBe('0.12300000');
    expect(formatFixed(roundToStep(toFixed('99.005'), toFixed('0.01'), 'halfUp'))).toBe('99.01000000');
    expect(roundToStep(toFixed('7'), 0n)).toBe(toFixed('7'));
    expect(significantDecimals('0.10000000')).toBe(1);
    expect(isDecimalParam('0.1')).toBe(true);
    expect(isDecimalParam('.1')).toBe(false);
    expect(isDecimalParam('1e3')).toBe(false);
  });
});
