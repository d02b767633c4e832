import { useSyncExternalStore } from 'react';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { type ChartFeed } from '../../api/use-chart-feed';
import { useNow } from '../../hooks/use-now';
import { type ChartViewStore } from './chart-view-store';
import { feedBadge } from './feed-staleness';

interface Props {
  readonly store: ChartViewStore;
  readonly hasAccount: boolean;
  readonly interval: CandleInterval;
  readonly feed: ChartFeed;
}

/** Live / Polling / Stale / History: how fresh the bars on screen are (rule in feed-staleness.ts). */
export function FeedBadge({ store, hasAccount, interval, feed }: Props) {
  const now = useNow(5000);
  const lastUpdateAt = useSyncExternalStore(store.subscribe, () => store.getState().lastUpdateAt);
  const badge = feedBadge({ hasAccount, interval, state: feed.state, error: feed.error, lastUpdateAt, watchedSince: feed.watchedSince, now });
  return (
    <span className={`chart-feed chart-feed--${badge.kind}`} data-testid="chart-feed-badge" data-state={badge.kind} title={badge.title} role="status">
      <i className="dot" aria-hidden="true" />
      {badge.label}
    </span>
  );
}
