import { describe, expect, it } from 'vitest';
import { formatUtcDate, formatUtcMinute, formatUtcSpan, lastUtcDays, parseUtcDate } from './utc-time';

const at = (iso: string): number => Date.parse(`${iso}Z`);

describe('UTC time', () => {
  it('formats in UTC whatever the local zone', () => {
    expect(formatUtcMinute(at('2024-01-01T00:00:00'))).toBe('2024-01-01 00:00');
    expect(formatUtcMinute(at('2024-12-31T23:59:59.999'))).toBe('2024-12-31 23:59');
    expect(formatUtcDate(at('2024-02-29T23:00:00'))).toBe('2024-02-29');
  });

  it('shortens a span within one day and keeps both dates across days', () => {
    expect(formatUtcSpan(at('2024-03-05T14:00:00'), at('2024-03-05T14:14:00'))).toBe('2024-03-05 14:00 → 14:14');
    expect(formatUtcSpan(at('2024-03-05T23:00:00'), at('2024-03-06T01:00:00'))).toBe('2024-03-05 23:00 → 2024-03-06 01:00');
    expect(formatUtcSpan(at('2024-03-05T14:00:00'), at('2024-03-05T14:00:00'))).toBe('2024-03-05 14:00');
  });

  it('reads a date input as the start of that UTC day', () => {
    expect(parseUtcDate('2024-03-05')).toBe(at('2024-03-05T00:00:00'));
    expect(parseUtcDate('')).toBeNull();
    expect(parseUtcDate('2024-02-30')).toBeNull();
    expect(parseUtcDate('2024-3-5')).toBeNull();
  });

  it('defaults to the last 30 days', () => {
    expect(lastUtcDays(30, at('2024-03-31T10:00:00'))).toEqual({ from: '2024-03-01', to: '2024-03-31' });
  });
});
