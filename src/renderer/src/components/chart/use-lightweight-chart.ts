import { useCallback, useEffect, useRef, useState, type RefCallback } from 'react';
import { ChartController } from './chart-controller';
import { type ChartTheme } from './chart-theme';
import { type ChartViewStore } from './chart-view-store';

/**
 * Owns the chart instance's life: created once when its host element mounts (autoSize follows
 * the element's size through a ResizeObserver), removed with `chart.remove()` when it unmounts.
 * Returns the controller (null until mounted) and the ref callback for the host element.
 */
export function useLightweightChart(theme: ChartTheme, store: ChartViewStore, onNeedOlder: () => void): [ChartController | null, RefCallback<HTMLDivElement>] {
  const [controller, setController] = useState<ChartController | null>(null);
  const themeRef = useRef(theme);
  const olderRef = useRef(onNeedOlder);
  useEffect(() => {
    themeRef.current = theme;
    olderRef.current = onNeedOlder;
  }, [theme, onNeedOlder]);

  const hostRef = useCallback(
    (host: HTMLDivElement | null) => {
      if (host === null) return undefined;
      const created = new ChartController(host, themeRef.current, store, () => olderRef.current());
      setController(created);
      return () => {
        created.dispose();
        setController(null);
      };
    },
    [store],
  );

  useEffect(() => {
    controller?.setTheme(theme);
  }, [controller, theme]);

  return [controller, hostRef];
}
