import { type CandleRange, type Download, type SeriesCoverage } from '../../../../shared/schemas/candles';
import { describeApiError } from '../../api/form-errors';
import { useStartDownload } from '../../api/use-candle-data';
import { downloadStateText, formatCount, plural } from './data-labels';
import { percentText, progressFraction } from './download-progress';
import { formatUtcSpan } from './utc-time';

interface Props {
  readonly series: SeriesCoverage;
  readonly gap: CandleRange;
  /** The newest download whose range holds this gap, if any is still listed. */
  readonly covering: Download | undefined;
}

/**
 * One gap with its Backfill action. While a download covers it, its progress shows instead; a
 * gap that a finished download could not fill is one the exchange has no bars for (an outage),
 * and says so.
 */
export function GapRow({ series, gap, covering }: Props) {
  const start = useStartDownload();
  const isRunning = covering?.state === 'running';
  return (
    <tr className="gap-row" data-testid="gap-row" data-from={gap.from}>
      <td className="num">{formatUtcSpan(gap.from, gap.to)}</td>
      <td className="num cell-right">{formatCount(gap.bars)}</td>
      <td className="gap-status">
        {start.isError ? (
          <span className="cov-bad" role="alert">
            {describeApiError(start.error)}
          </span>
        ) : (
          <CoveringStatus download={covering} />
        )}
      </td>
      <td className="cell-right">
        <button
          type="button"
          className="btn btn--small"
          data-testid="backfill-button"
          disabled={start.isPending || isRunning}
          title={`Download the ${plural(gap.bars, 'missing bar')} of this gap`}
          onClick={() => start.mutate({ venue: series.venue, symbol: series.symbol, interval: series.interval, from: gap.from, to: gap.to })}
        >
          {start.isPending ? 'Starting…' : isRunning ? 'Backfilling…' : 'Backfill'}
        </button>
      </td>
    </tr>
  );
}

function CoveringStatus({ download }: { download: Download | undefined }) {
  if (download === undefined) return <span className="muted">—</span>;
  if (download.state === 'running') return <span className="dl-state--running">downloading {percentText(progressFraction(download))}</span>;
  if (download.state === 'done') {
    return (
      <span className="muted" title="A download of this range finished and these bars are still missing: the exchange has none for this time (an outage or maintenance).">
        done · not on the exchange
      </span>
    );
  }
  const state = downloadStateText(download.state);
  return (
    <span className={`dl-state--${state.tone}`} title={download.error ?? undefined}>
      {state.word}
    </span>
  );
}
