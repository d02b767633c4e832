import { useMemo, useSyncExternalStore } from 'react';
import { readChartTheme, type ChartTheme } from './chart-theme';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const themeName = (): string => document.documentElement.dataset.theme ?? 'dark';

/** The computed CSS variables of the page; `_theme` is the name they were computed for. */
function readDocumentTheme(_theme: string): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  return readChartTheme((variable) => style.getPropertyValue(variable));
}

/**
 * The chart's colours for the theme on <html> right now, read from the CSS variables of
 * tokens.css; a theme switch (Settings, or another window) gives new ones.
 */
export function useChartTheme(): ChartTheme {
  const name = useSyncExternalStore(subscribe, themeName);
  return useMemo(() => readDocumentTheme(name), [name]);
}
