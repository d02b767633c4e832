import { AreaSeries, LineSeries } from 'lightweight-charts';
import { useEffect } from 'react';
import { type BacktestDetail } from '../../../../shared/schemas/backtests';
import { withAlpha } from '../chart/chart-theme';
import { toChartTime } from '../chart/to-chart-time';
import { ifChartAlive, useThemedChart } from './use-themed-chart';

/** The equity curve, with the drawdown (as a negative percentage) in a pane under it. */
export function EquityChart({ curve }: { curve: BacktestDetail['curve'] }) {
  const { chart, hostRef, theme } = useThemedChart();

  useEffect(() => {
    if (chart === null) return undefined;
    const equity = chart.addSeries(LineSeries, { color: theme.accent, lineWidth: 2, priceLineVisible: false, title: 'Equity' }, 0);
    const drawdown = chart.addSeries(
      AreaSeries,
      {
        lineColor: theme.sell,
        topColor: withAlpha(theme.sell, 0.05),
        bottomColor: withAlpha(theme.sell, 0.35),
        invertFilledArea: true,
        lineWidth: 1,
        priceLineVisible: false,
        priceFormat: { type: 'percent', precision: 2, minMove: 0.01 },
        title: 'Drawdown',
      },
      1,
    );
    equity.setData(curve.time.map((time, index) => ({ time: toChartTime(time), value: curve.equity[index] ?? 0 })));
    drawdown.setData(curve.time.map((time, index) => ({ time: toChartTime(time), value: -(curve.drawdown[index] ?? 0) * 100 })));
    chart.panes()[1]?.setHeight(Math.max(60, Math.round(chart.paneSize(0).height * 0.4)));
    chart.timeScale().fitContent();
    // Fitted once more after the first layout: a chart fitted before its host has a width keeps only the tail in view.
    const frame = requestAnimationFrame(() => chart.timeScale().fitContent());
    return () => {
      cancelAnimationFrame(frame);
      ifChartAlive(chart, () => {
        chart.removeSeries(drawdown);
        chart.removeSeries(equity);
      });
    };
  }, [chart, curve, theme]);

  return <div className="bt-chart" ref={hostRef} data-testid="backtest-equity-chart" data-points={curve.time.length} />;
}
