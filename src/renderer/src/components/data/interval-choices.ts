import { CANDLE_INTERVALS, type CandleInterval } from '../../../../shared/domain/enums';

/** Intervals are shown as Binance writes them. */
export const INTERVAL_LABELS = Object.fromEntries(CANDLE_INTERVALS.map((interval) => [interval, interval])) as Record<CandleInterval, string>;
