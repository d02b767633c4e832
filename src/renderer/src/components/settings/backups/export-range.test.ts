import { describe, expect, it } from 'vitest';
import { exportRange, thisYear, toDateInput } from './export-range';

describe('export range', () => {
  it('defaults to the calendar year of now', () => {
    expect(thisYear(new Date(2026, 4, 17))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('covers whole local days, the last day included', () => {
    const range = exportRange('2026-03-01', '2026-03-31');
    expect(range).not.toBeNull();
    expect(range?.from).toBe(new Date(2026, 2, 1).getTime());
    expect(range?.to).toBe(new Date(2026, 3, 1).getTime() - 1);
  });

  it('refuses a missing or impossible date', () => {
    expect(exportRange('', '2026-01-01')).toBeNull();
    expect(exportRange('2026-02-30', '2026-03-01')).toBeNull();
  });

  it('writes a date input value', () => {
    expect(toDateInput(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
