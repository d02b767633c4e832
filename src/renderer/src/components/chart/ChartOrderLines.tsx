import { useSyncExternalStore } from 'react';
import { type ChartViewStore } from './chart-view-store';

/**
 * The open orders drawn on the canvas, as a list a screen reader (and a test) can read: the
 * canvas itself says nothing. Each item carries where its line is, so it can be grabbed.
 */
export function ChartOrderLines({ store }: { store: ChartViewStore }) {
  const lines = useSyncExternalStore(store.subscribe, () => store.getState().orderLines);
  if (lines.length === 0) return null;
  return (
    <ul className="sr-only" aria-label="Open orders on the chart" data-testid="chart-order-lines">
      {lines.map((line) => (
        <li key={line.id} data-testid="chart-order-line" data-client-order-id={line.id} data-price={line.price} data-y={line.y ?? ''}>
          {line.title} at {line.price} (drag its line to move it)
        </li>
      ))}
    </ul>
  );
}
