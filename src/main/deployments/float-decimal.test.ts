import { describe, expect, it } from 'vitest';
import { floatToDecimal } from './float-decimal';

describe('floatToDecimal', () => {
  it('writes plain decimals without exponents or trailing zeros', () => {
    expect(floatToDecimal(1e-7)).toBe('0.0000001');
    expect(floatToDecimal(10_000)).toBe('10000');
    expect(floatToDecimal(12.5)).toBe('12.5');
    expect(floatToDecimal(-3.25)).toBe('-3.25');
    expect(floatToDecimal(-1e-12)).toBe('0');
  });

  it('refuses what is not a number', () => {
    expect(() => floatToDecimal(NaN)).toThrow(RangeError);
    expect(() => floatToDecimal(Infinity)).toThrow(RangeError);
  });
});
