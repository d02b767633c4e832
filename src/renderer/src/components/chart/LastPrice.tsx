import { useSyncExternalStore } from 'react';
import { type ChartViewStore } from './chart-view-store';

/** The newest bar's close, coloured by its move, updated with every live tick. */
export function LastPrice({ store }: { store: ChartViewStore }) {
  const last = useSyncExternalStore(store.subscribe, () => store.getState().last);
  if (last === null) return null;
  return (
    <span className={`chart-last chart-dir--${last.direction}`} title="Last price (close of the newest bar) and its change from the close before">
      <span className="num" data-testid="chart-last-close" data-time={last.time}>
        {last.close}
      </span>
      <span className="chart-last-change num">{last.changePercent}</span>
    </span>
  );
}
