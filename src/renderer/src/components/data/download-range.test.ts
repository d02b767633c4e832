import { describe, expect, it } from 'vitest';
import { downloadRange, lastClosedOpenTime, newerBarsRange } from './download-range';

const at = (iso: string): number => Date.parse(`${iso}Z`);

describe('download range', () => {
  const now = at('2024-03-31T10:17:30');

  it('covers whole UTC days, both ends included', () => {
    expect(downloadRange('1h', '2024-03-01', '2024-03-02', now)).toEqual({ from: at('2024-03-01T00:00:00'), to: at('2024-03-02T23:00:00') });
    expect(downloadRange('1m', '2024-03-01', '2024-03-01', now)).toEqual({ from: at('2024-03-01T00:00:00'), to: at('2024-03-01T23:59:00') });
  });

  it('stops at the last closed bar, never asking for the forming one', () => {
    expect(downloadRange('1m', '2024-03-30', '2024-03-31', now)).toEqual({ from: at('2024-03-30T00:00:00'), to: at('2024-03-31T10:16:00') });
    expect(downloadRange('1h', '2024-03-30', '2024-04-30', now)).toEqual({ from: at('2024-03-30T00:00:00'), to: at('2024-03-31T09:00:00') });
    expect(lastClosedOpenTime('1d', now)).toBe(at('2024-03-30T00:00:00'));
    expect(lastClosedOpenTime('1M', now)).toBe(at('2024-02-01T00:00:00'));
  });

  it('starts weekly bars on the first Monday inside the range', () => {
    // 2024-03-04 is a Monday.
    expect(downloadRange('1w', '2024-03-01', '2024-03-20', now)).toEqual({ from: at('2024-03-04T00:00:00'), to: at('2024-03-18T00:00:00') });
  });

  it('explains a range it cannot ask for', () => {
    expect(downloadRange('1m', '', '2024-03-01', now)).toBe('Choose both dates.');
    expect(downloadRange('1m', '2024-03-02', '2024-03-01', now)).toBe('"From" is after "to".');
    expect(downloadRange('1m', '2024-04-02', '2024-04-03', now)).toBe('That range is in the future.');
    expect(downloadRange('1w', '2024-03-05', '2024-03-06', now)).toBe('No closed 1w bar opens in that range yet.');
  });

  it('finds the bars after a series up to now', () => {
    expect(newerBarsRange('1h', at('2024-03-31T05:00:00'), now)).toEqual({ from: at('2024-03-31T06:00:00'), to: at('2024-03-31T09:00:00') });
    expect(newerBarsRange('1h', at('2024-03-31T09:00:00'), now)).toBeNull();
  });
});
