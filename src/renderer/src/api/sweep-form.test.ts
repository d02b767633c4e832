import { describe, expect, it } from 'vitest';
import { type ParamField } from './backtest-params';
import { axisValuesOf, stepCount, sweepGridOf } from './sweep-form';

const number = (key: string, extra: Partial<Extract<ParamField, { kind: 'number' }>> = {}): ParamField => ({
  kind: 'number',
  key,
  label: key,
  isInteger: true,
  min: 2,
  max: 500,
  isMinExclusive: false,
  isMaxExclusive: false,
  isNullable: false,
  ...extra,
});
const FIELDS: ParamField[] = [number('short'), number('long'), number('stop', { isInteger: false, min: 0, isMinExclusive: true, max: 1, isMaxExclusive: true, isNullable: true }), { kind: 'choice', key: 'side', label: 'Side', options: ['long', 'short'] }];

describe('sweepGridOf', () => {
  it('makes ranges the grid and fixed values the base params', () => {
    const result = sweepGridOf(FIELDS, {
      short: { from: '10', to: '30', step: '10' },
      long: { from: '50', to: '100', step: '50' },
      stop: { from: '', to: '', step: '' },
      side: { from: 'long', to: '', step: '' },
    });
    expect(result.errors).toEqual({});
    expect(result.grid).toEqual({ short: { from: 10, to: 30, step: 10 }, long: { from: 50, to: 100, step: 50 } });
    expect(result.params).toEqual({ short: 10, long: 50, stop: null, side: 'long' });
    expect(result.combinations).toBe(6);
  });

  it('says nothing varies when no range is given', () => {
    const result = sweepGridOf(FIELDS, { short: { from: '10', to: '', step: '' }, long: { from: '50', to: '', step: '' }, side: { from: 'short', to: '', step: '' } });
    expect(result.grid).toEqual({});
    expect(result.combinations).toBe(0);
    expect(result.errors).toEqual({});
  });

  it('puts each problem on its input', () => {
    const result = sweepGridOf(FIELDS, {
      short: { from: '10', to: '5', step: '1' },
      long: { from: '50', to: '100', step: '' },
      stop: { from: '0.01', to: '0.05', step: '0' },
      side: { from: 'sideways', to: '', step: '' },
    });
    expect(result.errors).toEqual({ 'short-to': 'Not below from', 'long-step': 'Required for a range', 'stop-step': 'Above 0', side: 'One of long, short' });
    expect(result.grid).toEqual({});
  });

  it('checks bounds and whole numbers', () => {
    const result = sweepGridOf(FIELDS, { short: { from: '1', to: '', step: '' }, long: { from: '50', to: '600', step: '2.5' }, side: { from: 'long', to: '', step: '' } });
    expect(result.errors).toEqual({ short: 'At least 2', 'long-to': 'At most 500', 'long-step': 'A whole number' });
  });

  it('needs a start for a range', () => {
    expect(sweepGridOf([number('short')], { short: { from: '', to: '30', step: '10' } }).errors).toEqual({ short: 'Required for a range' });
  });
});

describe('stepCount and axisValuesOf', () => {
  it('counts the inclusive steps, forgiving float error', () => {
    expect(stepCount(10, 30, 10)).toBe(3);
    expect(stepCount(10, 35, 10)).toBe(3);
    expect(stepCount(0.1, 0.3, 0.1)).toBe(3);
    expect(stepCount(5, 5, 1)).toBe(1);
  });
  it('starts from the defaults as fixed values', () => {
    expect(axisValuesOf(FIELDS, { short: 20, long: 50, stop: null, side: 'long' })).toEqual({
      short: { from: '20', to: '', step: '' },
      long: { from: '50', to: '', step: '' },
      stop: { from: '', to: '', step: '' },
      side: { from: 'long', to: '', step: '' },
    });
  });
});
