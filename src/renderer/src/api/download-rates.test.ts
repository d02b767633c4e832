import { describe, expect, it } from 'vitest';
import { DownloadRates, windowRate } from './download-rates';

describe('download rates', () => {
  it('measures bars per second over the last window', () => {
    const samples = [
      { at: 0, fetched: 0 },
      { at: 5_000, fetched: 5_000 },
      { at: 10_000, fetched: 15_000 },
      { at: 20_000, fetched: 25_000 },
    ];
    // Window [10 s, 20 s]: 10,000 bars in 10 s.
    expect(windowRate(samples, 20_000)).toBeCloseTo(1000);
    // A young run is measured from its first sample.
    expect(windowRate(samples.slice(0, 2), 5_000)).toBeCloseTo(1000);
  });

  it('slows down while no page arrives and reads 0 once a whole window passed without one', () => {
    const samples = [
      { at: 0, fetched: 0 },
      { at: 2_000, fetched: 2_000 },
    ];
    expect(windowRate(samples, 4_000)).toBeCloseTo(500);
    expect(windowRate(samples, 12_000)).toBe(0);
  });

  it('knows nothing from one sample', () => {
    expect(windowRate([{ at: 0, fetched: 10 }], 1_000)).toBeNull();
    expect(windowRate([], 1_000)).toBeNull();
  });

  it('keeps samples per run: a stopped download forgets them, a resumed one starts afresh', () => {
    const rates = new DownloadRates();
    let changes = 0;
    rates.subscribe(() => changes++);
    rates.record({ id: 1, state: 'running', fetched: 0 }, 0);
    rates.record({ id: 1, state: 'running', fetched: 1_000 }, 1_000);
    const before = rates.samplesOf(1);
    expect(before).toHaveLength(2);
    expect(rates.samplesOf(1)).toBe(before);
    rates.record({ id: 1, state: 'cancelled', fetched: 1_000 }, 2_000);
    expect(rates.samplesOf(1)).toHaveLength(0);
    rates.record({ id: 1, state: 'running', fetched: 1_000 }, 60_000);
    expect(rates.samplesOf(1)).toEqual([{ at: 60_000, fetched: 1_000 }]);
    expect(changes).toBe(4);
  });

  it('drops samples older than it needs', () => {
    const rates = new DownloadRates();
    rates.record({ id: 2, state: 'running', fetched: 0 }, 0);
    rates.record({ id: 2, state: 'running', fetched: 10 }, 60_000);
    expect(rates.samplesOf(2)).toEqual([{ at: 60_000, fetched: 10 }]);
  });
});
