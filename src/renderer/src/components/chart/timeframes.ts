import { CANDLE_INTERVALS, type CandleInterval } from '../../../../shared/domain/enums';
import { intervalMs } from '../../../../shared/market/intervals';

/** The timeframes one click away; the rest sit in the menu. */
export const COMMON_INTERVALS: readonly CandleInterval[] = ['1m', '5m', '15m', '1h', '4h', '1d'];

export const MORE_INTERVALS: readonly CandleInterval[] = CANDLE_INTERVALS.filter((interval) => !COMMON_INTERVALS.includes(interval));

const LONG_NAMES: Record<CandleInterval, string> = {
  '1m': '1 minute',
  '3m': '3 minutes',
  '5m': '5 minutes',
  '15m': '15 minutes',
  '30m': '30 minutes',
  '1h': '1 hour',
  '2h': '2 hours',
  '4h': '4 hours',
  '6h': '6 hours',
  '8h': '8 hours',
  '12h': '12 hours',
  '1d': '1 day',
  '3d': '3 days',
  '1w': '1 week',
  '1M': '1 month',
};

export function intervalName(interval: CandleInterval): string {
  return LONG_NAMES[interval];
}

/** Whether bars are shorter than a day, so the time axis shows hours and minutes. */
export function isIntraday(interval: CandleInterval): boolean {
  return interval.endsWith('m') || interval.endsWith('h');
}

/**
 * The timeframe to show a stored pair in: the current one if it is stored, or can be built
 * from stored 1-minute bars; else the stored one closest to it (a 15m-only pair picked while
 * on 1h opens on 15m instead of an empty chart).
 */
export function intervalForStored(stored: readonly CandleInterval[], current: CandleInterval): CandleInterval {
  if (stored.length === 0 || stored.includes(current) || stored.includes('1m')) return current;
  const distance = (interval: CandleInterval): number => Math.abs(Math.log(intervalMs(interval) / intervalMs(current)));
  return [...stored].sort((a, b) => distance(a) - distance(b))[0] ?? current;
}
