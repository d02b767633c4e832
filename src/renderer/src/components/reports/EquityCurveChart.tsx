import { AreaSeries, LineSeries, LineStyle } from 'lightweight-charts';
import { useEffect } from 'react';
import { type EquityPoint } from '../../../../shared/schemas/reports';
import { ifChartAlive, useThemedChart } from '../backtests/use-themed-chart';
import { withAlpha } from '../chart/chart-theme';
import { toChartTime } from '../chart/to-chart-time';
import { onePerSecond } from './report-format';

/**
 * The account's value at each snapshot (an area) and the cash part of it (a dashed line).
 * Amounts become floats here only to be drawn; the tables show the exact values.
 */
export function EquityCurveChart({ points, quoteAsset }: { points: readonly EquityPoint[]; quoteAsset: string }) {
  const { chart, hostRef, theme } = useThemedChart();

  useEffect(() => {
    if (chart === null) return undefined;
    const value = chart.addSeries(AreaSeries, {
      lineColor: theme.accent,
      topColor: withAlpha(theme.accent, 0.3),
      bottomColor: withAlpha(theme.accent, 0.02),
      lineWidth: 2,
      priceLineVisible: false,
      title: `Value ${quoteAsset}`,
    });
    const cash = chart.addSeries(LineSeries, { color: theme.muted, lineWidth: 1, lineStyle: LineStyle.Dashed, priceLineVisible: false, lastValueVisible: false, title: 'Cash' });
    const shown = onePerSecond(points);
    value.setData(shown.map((point) => ({ time: toChartTime(point.ts), value: Number(point.totalValue) })));
    cash.setData(shown.map((point) => ({ time: toChartTime(point.ts), value: Number(point.cash) })));
    chart.timeScale().fitContent();
    // Fitted once more after the first layout: a chart fitted before its host has a width keeps only the tail in view.
    const frame = requestAnimationFrame(() => chart.timeScale().fitContent());
    return () => {
      cancelAnimationFrame(frame);
      ifChartAlive(chart, () => {
        chart.removeSeries(cash);
        chart.removeSeries(value);
      });
    };
  }, [chart, points, quoteAsset, theme]);

  return <div className="rp-chart" ref={hostRef} data-testid="report-equity-chart" data-points={points.length} />;
}
