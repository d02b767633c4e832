import { describe, expect, it } from 'vitest';
import { onePerSecond, periodLabel, dayLabel, drawdownText, monthLabel, rateText, ratioText, shiftMonth, signedPctText, toneOf } from './report-format';

describe('how the Reports tab writes its figures', () => {
  it('months and days on the UTC calendar', () => {
    expect(monthLabel('2024-03')).toBe('March 2024');
    expect(shiftMonth('2024-01', -1)).toBe('2023-12');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2024-03', -14)).toBe('2023-01');
    expect(dayLabel('2024-03-01')).toBe('Fri 1 Mar');
    expect(dayLabel('2024-02-29')).toBe('Thu 29 Feb');
  });

  it('rates, percentages and ratios, with a dash where there is none', () => {
    expect(rateText(0.625)).toBe('62.5 %');
    expect(rateText(null)).toBe('—');
    expect(signedPctText(8)).toBe('+8.00 %');
    expect(signedPctText(-0.0998)).toBe('−0.10 %');
    expect(signedPctText(0.001)).toBe('0.00 %');
    expect(signedPctText(null)).toBe('—');
    expect(drawdownText(4.5454)).toBe('4.55 %');
    expect(ratioText(-1.234)).toBe('−1.23');
    expect(ratioText(null)).toBe('—');
    expect([toneOf(2), toneOf(-1), toneOf(0), toneOf(null)]).toEqual(['up', 'down', 'flat', 'flat']);
  });

  it('one chart point per second, the later kept', () => {
    expect(onePerSecond([{ ts: 1000 }, { ts: 1400 }, { ts: 2000 }, { ts: 5000 }, { ts: 5999 }])).toEqual([{ ts: 1400 }, { ts: 2000 }, { ts: 5999 }]);
  });

  it('the days a strategy row covers', () => {
    const day = 86_400_000;
    const monday = Date.UTC(2026, 10, 16);
    expect(periodLabel('day', Date.UTC(2026, 10, 20), Date.UTC(2026, 10, 21))).toBe('Fri 20 Nov 2026');
    expect(periodLabel('week', monday, monday + 5 * day)).toBe('16 Nov – 20 Nov 2026');
    expect(periodLabel('week', Date.UTC(2025, 11, 29), Date.UTC(2026, 0, 5))).toBe('29 Dec – 4 Jan 2026');
    expect(periodLabel('month', Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 21))).toBe('November 2026');
    expect(periodLabel('year', Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 21))).toBe('2026');
    expect(periodLabel('all', 0, Date.UTC(2026, 10, 21))).toBe('to 20 Nov 2026');
  });
});
