import { type Download } from '../../../../shared/schemas/candles';
import { formatCount } from './data-labels';

type Progress = Pick<Download, 'state' | 'expected' | 'fetched'>;

/**
 * How far a download is, 0 to 1, or null when that is unknown (running with nothing counted
 * yet). `expected` is what the range lacked when the download (or its resume) began; pages can
 * bring a few bars more than that, so it never reads past 1.
 */
export function progressFraction(download: Progress): number | null {
  if (download.expected <= 0) return download.state === 'done' ? 1 : null;
  if (download.state === 'done') return 1;
  return Math.min(1, download.fetched / download.expected);
}

/** Floored, so a running download never shows 100%. */
export function percentText(fraction: number | null): string {
  if (fraction === null) return '—';
  return `${Math.floor(fraction * 100)}%`;
}

/** "12,340 / 43,200 bars" */
export function countText(download: Progress): string {
  return `${formatCount(download.fetched)} / ${formatCount(download.expected)} bars`;
}

/** Time left at `rate` bars per second, for a running download only. */
export function remainingMs(download: Progress, rate: number | null): number | null {
  if (download.state !== 'running' || rate === null || rate <= 0) return null;
  return (Math.max(0, download.expected - download.fetched) / rate) * 1000;
}

export function rateText(rate: number): string {
  return `${rate >= 10 ? formatCount(Math.round(rate)) : rate.toFixed(1)} bars/s`;
}

/** "45 s", "3 min", "1 h 20 min": as precise as a person waiting needs. */
export function durationText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
