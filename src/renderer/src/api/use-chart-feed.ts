import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type Bridge } from '../../../shared/rpc/bridge';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useConnection } from '../bridge/bridge-context';
import { FeedWatcher, type FeedState, type FeedTarget } from './chart-feed-watcher';
import { describeApiError } from './form-errors';
import { queryKeys } from './query-keys';

/** A feed no chart watches any more is stopped this long after, unless one watches it again. */
const RELEASE_DELAY_MS = 5000;

const watchers = new WeakMap<Bridge, FeedWatcher>();

function watcherFor(bridge: Bridge): FeedWatcher {
  let watcher = watchers.get(bridge);
  if (watcher === undefined) {
    watcher = new FeedWatcher({
      watch: async (target) => unwrap(await bridge.market.watch(target)).state,
      unwatch: async (target) => unwrap(await bridge.market.unwatch(target)),
      releaseDelayMs: RELEASE_DELAY_MS,
      setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
    });
    watchers.set(bridge, watcher);
  }
  return watcher;
}

export interface ChartFeed {
  /** As `market.watch` answered and `market.feed` events changed it; null until known. */
  readonly state: FeedState | null;
  readonly error: string | null;
  /** When this chart began watching (wall clock), for staleness before the first candle. */
  readonly watchedSince: number | null;
}

interface Watch {
  readonly key: string;
  readonly error: string | null;
  readonly since: number;
}

const targetKey = (target: FeedTarget | null): string => (target === null ? '' : `${target.accountId}:${target.symbol}:${target.interval}`);

/**
 * Streams the chart's series live while the chart shows it with an account: `market.watch` on
 * mount and change, `market.unwatch` (through the shared watcher) when it goes. The state lives
 * in the query cache, where `market.feed` events update it (chart-events).
 */
export function useChartFeed(target: FeedTarget | null): ChartFeed {
  const { bridge, link } = useConnection();
  const queryClient = useQueryClient();
  const [watch, setWatch] = useState<Watch | null>(null);
  const key = targetKey(target);
  const accountId = target?.accountId ?? 0;
  const symbol = target?.symbol ?? '';
  const interval = target?.interval ?? '1h';

  useEffect(() => {
    if (key === '') return undefined;
    const watched: FeedTarget = { accountId, symbol, interval };
    const watcher = watcherFor(bridge);
    const since = Date.now();
    const release = watcher.acquire(watched, (result) => {
      if (result.ok) queryClient.setQueryData(queryKeys.chartFeed(accountId, symbol, interval), { accountId, symbol, interval, state: result.state });
      setWatch({ key, since, error: result.ok ? null : describeApiError(result.error) });
    });
    const stopReconnect = link.onReconnected(() => watcher.refresh(watched));
    return () => {
      stopReconnect();
      release();
    };
  }, [bridge, link, queryClient, key, accountId, symbol, interval]);

  const status = useQuery({
    queryKey: queryKeys.chartFeed(accountId, symbol, interval),
    enabled: false,
    // Only ever written from `market.watch` answers and `market.feed` events.
    queryFn: () => queryClient.getQueryData<{ state: FeedState }>(queryKeys.chartFeed(accountId, symbol, interval)) ?? null,
  });

  if (target === null) return { state: null, error: null, watchedSince: null };
  const current = watch !== null && watch.key === key ? watch : null;
  return { state: status.data?.state ?? null, error: current?.error ?? null, watchedSince: current?.since ?? null };
}
