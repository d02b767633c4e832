import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN_SETUP, rangeOf, readRunSetup } from './run-setup';

describe('a run setup as typed', () => {
  it('reads into the contract\'s terms: fees as fractions, the last day in full', () => {
    expect(readRunSetup({ ...DEFAULT_RUN_SETUP, range: { from: '2023-01-01', to: '2023-12-31' } })).toEqual({
      input: { from: Date.UTC(2023, 0, 1), to: Date.UTC(2024, 0, 1) - 1, initialCapital: 10_000, makerFee: 0.001, takerFee: 0.001, slippageBps: 0 },
      problems: {},
    });
  });

  it('names every field that does not read', () => {
    expect(readRunSetup({ capital: 'lots', slippage: '-1', makerFee: '0.1', takerFee: '0.1', range: { from: '2023-02-01', to: '2023-01-01' } })).toEqual({
      input: null,
      problems: { to: 'Not before the start', initialCapital: 'A number, not negative', slippageBps: 'A number, not negative' },
    });
    expect(readRunSetup({ ...DEFAULT_RUN_SETUP, range: { from: '', to: 'x' } }).problems).toEqual({ from: 'A date', to: 'A date' });
  });

  it('spans a stored series, or nothing', () => {
    expect(rangeOf({ venue: 'binance', symbol: 'BTCUSDT', interval: '1h', bars: 2, first: Date.UTC(2023, 0, 1), last: Date.UTC(2023, 0, 2, 5), ranges: [], gaps: [] })).toEqual({ from: '2023-01-01', to: '2023-01-02' });
    expect(rangeOf(undefined)).toEqual({ from: '', to: '' });
  });
});
