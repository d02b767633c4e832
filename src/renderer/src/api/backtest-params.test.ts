import { describe, expect, it } from 'vitest';
import { boundsText, labelOfKey, paramFieldsOf, paramsFromValues, paramValuesOf, placeStrategyError, type NumberParamField } from './backtest-params';

/** What `strategies.list` sends for the MA crossover (zod's toJSONSchema, io: input). */
const MA_SCHEMA = {
  type: 'object',
  properties: {
    short: { default: 50, type: 'integer', minimum: 1, maximum: 1000 },
    long: { default: 200, type: 'integer', minimum: 2, maximum: 5000 },
    average: { default: 'sma', type: 'string', enum: ['sma', 'ema'] },
    amountPerTrade: { default: 100, type: 'number', exclusiveMinimum: 0, maximum: 1000000000 },
    stopLoss: { default: null, anyOf: [{ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }, { type: 'null' }] },
    odd: { type: 'boolean' },
  },
};
const MA_DEFAULTS = { short: 50, long: 200, average: 'sma', amountPerTrade: 100, stopLoss: null };

describe('the parameter form from a JSON Schema', () => {
  const fields = paramFieldsOf(MA_SCHEMA);

  it('has a field per number, enum and nullable number, in order, and leaves out what it cannot show', () => {
    expect(fields.map((field) => [field.key, field.kind])).toEqual([
      ['short', 'number'],
      ['long', 'number'],
      ['average', 'choice'],
      ['amountPerTrade', 'number'],
      ['stopLoss', 'number'],
    ]);
    expect(fields[0]).toMatchObject({ isInteger: true, min: 1, max: 1000, isMinExclusive: false, isNullable: false, label: 'Short' });
    expect(fields[4]).toMatchObject({ isInteger: false, min: 0, max: 1, isMinExclusive: true, isMaxExclusive: true, isNullable: true, label: 'Stop loss' });
    expect(fields[2]).toMatchObject({ options: ['sma', 'ema'] });
  });

  it('starts from the defaults, null as an empty input', () => {
    expect(paramValuesOf(fields, MA_DEFAULTS)).toEqual({ short: '50', long: '200', average: 'sma', amountPerTrade: '100', stopLoss: '' });
  });

  it('turns inputs into params: numbers, null for an empty optional, the enum as is', () => {
    const result = paramsFromValues(fields, { short: ' 20 ', long: '50', average: 'ema', amountPerTrade: '250.5', stopLoss: '' });
    expect(result).toEqual({ params: { short: 20, long: 50, average: 'ema', amountPerTrade: 250.5, stopLoss: null }, errors: {} });
  });

  it('says what is wrong with each field it cannot send', () => {
    const { errors } = paramsFromValues(fields, { short: '2.5', long: '', average: 'wma', amountPerTrade: '0', stopLoss: '1' });
    expect(errors).toEqual({ short: 'A whole number', long: 'Required', average: 'One of sma, ema', amountPerTrade: 'Above 0', stopLoss: 'Below 1' });
    expect(paramsFromValues(fields, { ...paramValuesOf(fields, MA_DEFAULTS), short: '0' }).errors).toEqual({ short: 'At least 1' });
    expect(paramsFromValues(fields, { ...paramValuesOf(fields, MA_DEFAULTS), long: 'x' }).errors).toEqual({ long: 'Not a number' });
  });

  it('describes the bounds', () => {
    const number = (key: string): NumberParamField => fields.find((field): field is NumberParamField => field.key === key && field.kind === 'number') as NumberParamField;
    expect(boundsText(number('short'))).toBe('Whole, 1 to 1000');
    expect(boundsText(number('amountPerTrade'))).toBe('above 0, to 1000000000');
    expect(boundsText(number('stopLoss'))).toBe('above 0, below 1; empty = off');
  });

  it('labels camelCase keys as words', () => {
    expect(labelOfKey('rsiPeriod')).toBe('Rsi period');
    expect(labelOfKey('long')).toBe('Long');
  });
});

describe('a strategy rule the core refused', () => {
  it('lands on the field it names', () => {
    expect(placeStrategyError('MA crossover: short: The short average must be shorter than the long one', ['short', 'long'])).toEqual({
      key: 'short',
      message: 'The short average must be shorter than the long one',
    });
  });

  it('stays form-level when it names no field of the form', () => {
    expect(placeStrategyError('MA crossover: params: bad', ['short'])).toBeNull();
    expect(placeStrategyError('No BTCUSDT 1h bars are stored', ['short'])).toBeNull();
  });
});
