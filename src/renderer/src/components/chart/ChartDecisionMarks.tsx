import { useSyncExternalStore } from 'react';
import { type ChartViewStore } from './chart-view-store';

/**
 * The deployments' buys and sells drawn on the canvas, those in view, as a list a screen reader
 * (and a test) can read: the canvas itself says nothing. Each item carries where its bar is
 * across the chart, so the crosshair can be put on it.
 */
export function ChartDecisionMarks({ store }: { store: ChartViewStore }) {
  const marks = useSyncExternalStore(store.subscribe, () => store.getState().decisionMarks);
  const drawn = useSyncExternalStore(store.subscribe, () => store.getState().decisionsDrawn);
  if (drawn === 0) return null;
  return (
    <ul className="sr-only" aria-label={`Strategy decisions on the chart: ${drawn}, ${marks.length} in view`} data-testid="chart-decision-marks" data-drawn={drawn}>
      {marks.map((mark) => (
        <li key={mark.id} data-testid="chart-decision-mark" data-deployment-id={mark.deploymentId} data-signal={mark.signal} data-bar-time={mark.barTime} data-x={mark.x}>
          {mark.text}
        </li>
      ))}
    </ul>
  );
}
