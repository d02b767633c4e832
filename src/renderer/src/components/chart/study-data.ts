import { type UTCTimestamp, type WhitespaceData } from 'lightweight-charts';
import { toChartTime } from './to-chart-time';

export interface ValuePoint {
  readonly time: UTCTimestamp;
  readonly value: number;
  readonly color?: string;
}

/** A value where the study is defined, whitespace (a time with no value) where it is not yet. */
export type StudyPoint = ValuePoint | WhitespaceData<UTCTimestamp>;

/** Colours a histogram bar by its value (MACD: above or below zero); undefined for lines. */
export type PointColor = ((value: number) => string) | undefined;

export function studyPoint(time: number, value: number | undefined, color: PointColor): StudyPoint {
  const chartTime = toChartTime(time);
  if (value === undefined || !Number.isFinite(value)) return { time: chartTime };
  return color === undefined ? { time: chartTime, value } : { time: chartTime, value, color: color(value) };
}

/** Every bar's point; `values[i]` belongs to `times[i]`. */
export function studyPoints(times: Float64Array, values: Float64Array, color: PointColor): StudyPoint[] {
  const points = new Array<StudyPoint>(times.length);
  for (let index = 0; index < times.length; index++) points[index] = studyPoint(times[index] ?? 0, values[index], color);
  return points;
}

/**
 * How many of the newest bars to recompute a study over when only the newest bar changed.
 * Moving averages and bands only look back their period; the exponential studies (EMA, RSI,
 * MACD) forget their start at a rate set by their period, so twenty warm-ups of history make
 * the newest value equal to a full recompute to far below the last displayed digit.
 */
export function tailLength(warmUp: number, barCount: number): number {
  return Math.min(barCount, Math.max(256, 20 * (Math.max(0, warmUp) + 1)));
}
