import { describe, expect, it } from 'vitest';
import { countText, durationText, percentText, progressFraction, rateText, remainingMs } from './download-progress';

const running = { state: 'running' as const, expected: 43_200, fetched: 12_340 };

describe('download progress', () => {
  it('is a fraction of what the range lacked, capped at 1', () => {
    expect(progressFraction(running)).toBeCloseTo(12_340 / 43_200);
    expect(progressFraction({ ...running, fetched: 50_000 })).toBe(1);
    expect(progressFraction({ ...running, state: 'done', fetched: 43_100 })).toBe(1);
    expect(progressFraction({ ...running, expected: 0, fetched: 0 })).toBeNull();
    expect(progressFraction({ ...running, state: 'done', expected: 0, fetched: 0 })).toBe(1);
  });

  it('never shows 100% before the end', () => {
    expect(percentText(0.999)).toBe('99%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(null)).toBe('—');
    expect(countText(running)).toBe('12,340 / 43,200 bars');
  });

  it('estimates the time left for a running download at a given rate', () => {
    expect(remainingMs(running, 1234)).toBeCloseTo(((43_200 - 12_340) / 1234) * 1000);
    expect(remainingMs(running, null)).toBeNull();
    expect(remainingMs(running, 0)).toBeNull();
    expect(remainingMs({ ...running, state: 'cancelled' }, 1234)).toBeNull();
  });

  it('writes rates and durations briefly', () => {
    expect(rateText(1234.4)).toBe('1,234 bars/s');
    expect(rateText(2.46)).toBe('2.5 bars/s');
    expect(durationText(4_200)).toBe('5 s');
    expect(durationText(170_000)).toBe('3 min');
    expect(durationText(80 * 60_000)).toBe('1 h 20 min');
    expect(durationText(120 * 60_000)).toBe('2 h');
  });
});
