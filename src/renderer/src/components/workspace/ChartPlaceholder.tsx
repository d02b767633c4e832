import { EmptyState } from './EmptyState';
import { Panel } from './Panel';

/**
 * The chart's place in the layout, with its axes drawn empty. No symbol and no candles exist
 * yet, so nothing here pretends otherwise.
 */
export function ChartPlaceholder() {
  return (
    <Panel title="Chart" meta="No symbol" className="chart-panel">
      <div className="chart-frame">
        <div className="chart-plot">
          <EmptyState title="Chart — no market data yet" testId="chart-empty">
            Candles appear here once a symbol is chosen and its history is downloaded or streamed.
          </EmptyState>
        </div>
        <div className="chart-price-axis" aria-hidden="true" />
        <div className="chart-time-axis" aria-hidden="true" />
        <div className="chart-axis-corner" aria-hidden="true" />
      </div>
    </Panel>
  );
}
