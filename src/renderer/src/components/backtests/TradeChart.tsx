import { CandlestickSeries, createSeriesMarkers, LineStyle } from 'lightweight-charts';
import { useEffect, useMemo } from 'react';
import { intervalMs } from '../../../../shared/market/intervals';
import { type BacktestSummary } from '../../../../shared/schemas/backtests';
import { tradeMarkers, tradeWindow, type BacktestTrade } from '../../api/backtest-trades';
import { describeApiError } from '../../api/form-errors';
import { useBacktestCandles } from '../../api/use-backtests';
import { toChartTime } from '../chart/to-chart-time';
import { InlineError } from '../common/InlineError';
import { CrossIcon } from '../common/Icons';
import { ifChartAlive, useThemedChart } from './use-themed-chart';

const price = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 2 : 6 });

interface Props {
  readonly run: BacktestSummary;
  readonly trade: BacktestTrade;
  readonly onClose: () => void;
}

/** One trade on the stored candles around it: a buy arrow at the entry, a sell arrow at the exit. */
export function TradeChart({ run, trade, onClose }: Props) {
  const span = useMemo(() => tradeWindow(trade, intervalMs(run.interval), run.rangeEnd), [trade, run.interval, run.rangeEnd]);
  const candles = useBacktestCandles({ venue: run.venue, symbol: run.symbol, interval: run.interval, ...span });
  const { chart, hostRef, theme } = useThemedChart();
  const data = candles.data?.candles;

  useEffect(() => {
    if (chart === null || data === undefined) return undefined;
    const series = chart.addSeries(CandlestickSeries, { upColor: theme.buy, downColor: theme.sell, wickUpColor: theme.buy, wickDownColor: theme.sell, borderVisible: false, priceLineVisible: false }, 0);
    series.setData(data.time.map((time, index) => ({ time: toChartTime(time), open: data.open[index] ?? 0, high: data.high[index] ?? 0, low: data.low[index] ?? 0, close: data.close[index] ?? 0 })));
    const markers = createSeriesMarkers(
      series,
      tradeMarkers(trade, price).map((marker) => ({
        time: toChartTime(marker.time),
        position: marker.kind === 'entry' ? ('belowBar' as const) : ('aboveBar' as const),
        shape: marker.kind === 'entry' ? ('arrowUp' as const) : ('arrowDown' as const),
        color: marker.kind === 'entry' ? theme.buy : theme.sell,
        text: marker.text,
      })),
    );
    const lines = [series.createPriceLine({ price: trade.entryPrice, color: theme.buy, lineStyle: LineStyle.Dashed, lineWidth: 1, axisLabelVisible: true, title: 'entry' })];
    if (trade.exitPrice !== null) lines.push(series.createPriceLine({ price: trade.exitPrice, color: theme.sell, lineStyle: LineStyle.Dashed, lineWidth: 1, axisLabelVisible: true, title: 'exit' }));
    chart.timeScale().fitContent();
    // Fitted once more after the first layout: a chart fitted before its host has a width keeps only the tail in view.
    const frame = requestAnimationFrame(() => chart.timeScale().fitContent());
    return () => {
      cancelAnimationFrame(frame);
      ifChartAlive(chart, () => {
        markers.detach();
        chart.removeSeries(series);
      });
    };
  }, [chart, data, trade, theme]);

  return (
    <div className="bt-trade-chart" data-testid="backtest-trade-chart" data-seq={trade.seq} data-bars={data?.time.length ?? 0}>
      <div className="bt-section-head">
        <span className="cell-strong">Trade {trade.seq}</span>
        <span className="muted num">
          {run.symbol} {run.interval} · {candles.isPending ? 'loading candles…' : `${data?.time.length ?? 0} bars`}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn--small btn--quiet" aria-label="Close the trade chart" data-testid="backtest-trade-chart-close" onClick={onClose}>
          <CrossIcon size={10} />
        </button>
      </div>
      {candles.isError ? (
        <InlineError onRetry={() => void candles.refetch()}>Could not read the candles: {describeApiError(candles.error)}</InlineError>
      ) : (
        <div className="bt-chart" ref={hostRef} />
      )}
    </div>
  );
}
