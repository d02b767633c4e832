import { describe, expect, it } from 'vitest';
import { ChartViewStore } from './chart-view-store';
import { fromChartTime, toChartTime } from './to-chart-time';

describe('ChartViewStore', () => {
  it('tells its listeners about changes, and only about changes', () => {
    const store = new ChartViewStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set({ barCount: 5 });
    store.set({ barCount: 5 });
    expect(calls).toBe(1);
    expect(store.getState().barCount).toBe(5);
    stop();
    store.set({ barCount: 6 });
    expect(calls).toBe(1);
  });
});

describe('chart time', () => {
  it('turns epoch ms into whole UTC seconds and back', () => {
    expect(toChartTime(1_700_000_000_999)).toBe(1_700_000_000);
    expect(fromChartTime(toChartTime(1_700_000_000_000))).toBe(1_700_000_000_000);
    expect(fromChartTime('2024-01-01')).toBeNull();
  });
});
