import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type AppInfo } from '../../../shared/schemas/app';
import { type LogEntry } from '../../../shared/schemas/log';
import { useConnection } from '../bridge/bridge-context';
import { withKnownModule, withNewEntries, type LogPages } from './log-cache';
import { matchesLogFilter, type LogFilter } from './log-filter';
import { queryKeys } from './query-keys';

/**
 * The one place that listens to the core's pushed events and writes them into the query cache,
 * so components only ever read queries. After the link drops and comes back, events were
 * missed, so every query is fetched again once.
 */
export function useEventsToCache(): void {
  const { bridge, link } = useConnection();
  const queryClient = useQueryClient();

  useEffect(() => {
    const stops = [
      bridge.on('app.status', (status) => {
        if (queryClient.getQueryData(queryKeys.appInfo) === undefined) {
          // The core is answering again: a failed app.info is worth asking for now.
          if (queryClient.getQueryState(queryKeys.appInfo)?.status === 'error') {
            void queryClient.invalidateQueries({ queryKey: queryKeys.appInfo });
          }
          return;
        }
        queryClient.setQueryData<AppInfo>(queryKeys.appInfo, (info) => info && { ...info, status });
      }),
      bridge.on('settings.changed', (settings) => {
        queryClient.setQueryData(queryKeys.settings, settings);
      }),
      bridge.on('log.appended', (entry) => prependToLogLists(queryClient, entry)),
      link.onReconnected(() => {
        void queryClient.invalidateQueries();
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [bridge, link, queryClient]);
}

function prependToLogLists(queryClient: QueryClient, entry: LogEntry): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: queryKeys.logLists })) {
    const filter = query.queryKey[2] as LogFilter | undefined;
    if (filter === undefined) continue;
    queryClient.setQueryData<LogPages>(query.queryKey, (data) => {
      if (data === undefined) return data;
      return matchesLogFilter(entry, filter) ? withNewEntries(data, [entry]) : withKnownModule(data, entry.module);
    });
  }
}
