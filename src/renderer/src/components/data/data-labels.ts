import { type DownloadState } from '../../../../shared/domain/enums';
import { type CandleImportResult, type CandleRange, type SeriesCoverage } from '../../../../shared/schemas/candles';
import { type GapMark } from './coverage-bar';
import { formatUtcMinute, formatUtcSpan } from './utc-time';

const COUNT = new Intl.NumberFormat('en-US');

/** 527,040: the same grouping in every locale, like the rest of the numbers a trader compares. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "Binance", "Spot Testnet", or the host of a custom URL (the full venue goes in a tooltip). */
export function venueLabel(venue: string): string {
  if (venue === 'binance') return 'Binance';
  if (venue === 'binance-testnet') return 'Spot Testnet';
  if (venue.startsWith('custom:')) {
    const url = venue.slice('custom:'.length);
    try {
      return new URL(url).host || url;
    } catch {
      return url === '' ? 'custom' : url;
    }
  }
  return venue;
}

export function missingBars(series: Pick<SeriesCoverage, 'gaps'>): number {
  return series.gaps.reduce((sum, gap) => sum + gap.bars, 0);
}

/** Share of the bars from first to last that are stored, floored so a gap never reads 100%. */
export function completenessText(series: Pick<SeriesCoverage, 'bars' | 'gaps'>): string {
  const missing = missingBars(series);
  const total = series.bars + missing;
  if (missing === 0 || total === 0) return '100%';
  const percent = Math.floor((series.bars / total) * 10_000) / 100;
  return `${percent.toFixed(2)}%`;
}

/** "2024-03-05 14:00 → 14:14 UTC, 15 bars missing" */
export function gapText(gap: CandleRange): string {
  return `${formatUtcSpan(gap.from, gap.to)} UTC, ${plural(gap.bars, 'bar')} missing`;
}

const MARK_LINES = 8;

/** The tooltip of a red mark: its gap, or a count and the first few when several share it. */
export function gapMarkTitle(mark: GapMark): string {
  const [only] = mark.gaps;
  if (mark.gaps.length === 1 && only !== undefined) return gapText(only);
  const bars = mark.gaps.reduce((sum, gap) => sum + gap.bars, 0);
  const lines = mark.gaps.slice(0, MARK_LINES).map(gapText);
  const more = mark.gaps.length - lines.length;
  return [`${plural(mark.gaps.length, 'gap')}, ${plural(bars, 'bar')} missing`, ...lines, ...(more > 0 ? [`and ${formatCount(more)} more`] : [])].join('\n');
}

export interface StateText {
  readonly word: string;
  readonly tone: 'running' | 'done' | 'ended' | 'attention' | 'failed';
}

export function downloadStateText(state: DownloadState): StateText {
  switch (state) {
    case 'running':
      return { word: 'running', tone: 'running' };
    case 'done':
      return { word: 'done', tone: 'done' };
    case 'cancelled':
      return { word: 'cancelled', tone: 'ended' };
    case 'interrupted':
      return { word: 'interrupted', tone: 'attention' };
    case 'failed':
      return { word: 'failed', tone: 'failed' };
  }
}

/** A stopped download can continue where it stopped; a finished one has nothing left to do. */
export function isResumable(state: DownloadState): boolean {
  return state === 'cancelled' || state === 'interrupted' || state === 'failed';
}

/** "527,040 rows read, 527,040 added, 2024-01-01 00:00 → 2024-12-31 23:59 UTC" */
export function importSummary(result: CandleImportResult): string {
  const counts = `${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'} read, ${formatCount(result.added)} added`;
  if (result.first === null || result.last === null) return counts;
  return `${counts}, ${formatUtcMinute(result.first)} → ${formatUtcMinute(result.last)} UTC`;
}

/** "BTCUSDT 1h from 1m: 24 bars added of 8,784 built, 1 left out (1m bars missing)." */
export function deriveSummary(symbol: string, interval: string, result: { buckets: number; added: number; incomplete: number }): string {
  const skipped = result.incomplete > 0 ? `, ${formatCount(result.incomplete)} left out (1m bars missing)` : '';
  return `${symbol} ${interval} from 1m: ${plural(result.added, 'bar')} added of ${formatCount(result.buckets)} built${skipped}.`;
}
