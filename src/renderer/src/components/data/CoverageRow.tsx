import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { describeApiError } from '../../api/form-errors';
import { useDeriveCandles } from '../../api/use-candle-data';
import { CoverageBar } from './CoverageBar';
import { isAboveMinute } from './coverage-view';
import { deriveSummary, formatCount, missingBars, venueLabel } from './data-labels';
import { type Notice } from './notice';
import { formatUtcMinute } from './utc-time';

interface Props {
  readonly series: SeriesCoverage;
  readonly trackPx: number;
  readonly isOpen: boolean;
  readonly canDerive: boolean;
  readonly onToggle: () => void;
  readonly onNotice: (notice: Notice) => void;
}

export function CoverageRow({ series, trackPx, isOpen, canDerive, onToggle, onNotice }: Props) {
  const derive = useDeriveCandles();
  const missing = missingBars(series);
  const name = `${series.symbol} ${series.interval}`;

  const deriveFromMinutes = (): void => {
    const { interval } = series;
    if (!isAboveMinute(interval)) return;
    derive.mutate(
      { venue: series.venue, symbol: series.symbol, interval },
      {
        onSuccess: (result) => onNotice({ tone: 'ok', text: deriveSummary(series.symbol, interval, result) }),
        onError: (error) => onNotice({ tone: 'error', text: `${name} from 1m: ${describeApiError(error)}` }),
      },
    );
  };

  return (
    <tr
      className={`data-row is-clickable coverage-row${isOpen ? ' is-selected' : ''}${missing > 0 ? ' has-gaps' : ''}`}
      data-testid={`coverage-row-${series.symbol}-${series.interval}`}
      data-venue={series.venue}
      aria-expanded={isOpen}
      onClick={onToggle}
    >
      <td className="cov-toggle">
        {/* The row takes the click; the button is there for the keyboard and screen readers. */}
        <button type="button" className="disclosure-button" aria-expanded={isOpen} aria-label={`${isOpen ? 'Hide' : 'Show'} the gaps of ${name}`}>
          <span className={isOpen ? 'disclosure is-open' : 'disclosure'} />
        </button>
      </td>
      <td className="cell-strong">{series.symbol}</td>
      <td className="num">{series.interval}</td>
      <td className="muted" title={series.venue}>
        {venueLabel(series.venue)}
      </td>
      <td className="num cell-right">{formatCount(series.bars)}</td>
      <td className="num">
        {formatUtcMinute(series.first)} → {formatUtcMinute(series.last)}
      </td>
      <td className={series.gaps.length > 0 ? 'num cell-right cov-bad' : 'num cell-right muted'} data-testid="coverage-gap-count">
        {formatCount(series.gaps.length)}
      </td>
      <td className={missing > 0 ? 'num cell-right cov-bad' : 'num cell-right muted'} data-testid="coverage-missing">
        {formatCount(missing)}
      </td>
      <td className="cov-bar-cell">
        <CoverageBar series={series} trackPx={trackPx} />
      </td>
      <td className="cell-actions">
        {canDerive && (
          <button
            type="button"
            className="btn btn--small"
            data-testid="derive-button"
            disabled={derive.isPending}
            title={`Rebuild every ${series.interval} bar that the stored 1-minute bars cover completely. Bars already stored are kept.`}
            onClick={(event) => {
              event.stopPropagation();
              deriveFromMinutes();
            }}
          >
            {derive.isPending ? 'Deriving…' : 'Derive from 1m'}
          </button>
        )}
      </td>
    </tr>
  );
}
