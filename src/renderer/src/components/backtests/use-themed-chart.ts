import { createChart, type IChartApi } from 'lightweight-charts';
import { useCallback, useEffect, useState, type RefCallback } from 'react';
import { chartOptionsFor, type ChartTheme } from '../chart/chart-theme';
import { useChartTheme } from '../chart/use-chart-theme';

const removedCharts = new WeakSet<IChartApi>();

/**
 * Runs a series' cleanup unless its chart is already gone: on unmount the host's ref cleanup
 * (which removes the chart) can run before the effects that added series, and a removed
 * chart throws on any call.
 */
export function ifChartAlive(chart: IChartApi, cleanup: () => void): void {
  if (!removedCharts.has(chart)) cleanup();
}

/**
 * A lightweight-charts instance in the main chart's colours, sized by its host (autoSize),
 * created when the host mounts and removed when it unmounts; the theme follows the page's.
 */
export function useThemedChart(): { chart: IChartApi | null; hostRef: RefCallback<HTMLDivElement>; theme: ChartTheme } {
  const theme = useChartTheme();
  const [chart, setChart] = useState<IChartApi | null>(null);
  const hostRef = useCallback((host: HTMLDivElement | null) => {
    if (host === null) return undefined;
    const created = createChart(host, {
      autoSize: true,
      // The logo injects a <style> element the page's CSP refuses; the main chart credits the library (ChartView).
      layout: { attributionLogo: false },
      localization: { locale: 'en-US', dateFormat: 'yyyy-MM-dd' },
      // A year of bars thinned to ~2000 points must fit a narrow pane.
      timeScale: { timeVisible: true, secondsVisible: false, minBarSpacing: 0.01 },
    });
    setChart(created);
    return () => {
      setChart(null);
      removedCharts.add(created);
      created.remove();
    };
  }, []);
  useEffect(() => {
    if (chart === null) return;
    const options = chartOptionsFor(theme);
    chart.applyOptions({ ...options, layout: { ...options.layout, attributionLogo: false }, timeScale: { ...options.timeScale, minBarSpacing: 0.01 } });
  }, [chart, theme]);
  return { chart, hostRef, theme };
}
