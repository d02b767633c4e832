import { type Time, type UTCTimestamp } from 'lightweight-charts';

/**
 * The store speaks epoch milliseconds (UTC); lightweight-charts wants whole UTC seconds. Every
 * conversion goes through here so a bar's identity is the same number on both sides.
 */
export function toChartTime(epochMs: number): UTCTimestamp {
  return Math.floor(epochMs / 1000) as UTCTimestamp;
}

/** Back to epoch ms; null for the business-day and string forms, which this chart never uses. */
export function fromChartTime(time: Time): number | null {
  return typeof time === 'number' ? time * 1000 : null;
}
