import { type CandleInterval } from '../../../../shared/domain/enums';
import { EmptyState } from '../workspace/EmptyState';

interface Props {
  readonly symbol: string;
  readonly interval: CandleInterval;
  /** An account streams this series: its bars will appear as they come. */
  readonly isStreaming: boolean;
}

/** Nothing stored for the series yet: say so, and what would fill it. */
export function ChartEmpty({ symbol, interval, isStreaming }: Props) {
  return (
    <div className="chart-overlay">
      <EmptyState title={`No ${symbol} ${interval} bars stored.`} testId="chart-empty">
        {isStreaming
          ? 'Waiting for the live feed: bars appear here as they arrive. For history, import a file or download it from the Data tab.'
          : 'Import a file, download history from the Data tab, or pick an account to stream live.'}
      </EmptyState>
    </div>
  );
}
