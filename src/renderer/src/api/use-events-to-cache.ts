import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type AppInfo } from '../../../shared/schemas/app';
import { type AuditEntry } from '../../../shared/schemas/audit';
import { type LogEntry } from '../../../shared/schemas/log';
import { useConnection } from '../bridge/bridge-context';
import { withNewAuditEntries, type AuditPages } from './audit-cache';
import { cacheBacktestEvents } from './backtest-events';
import { cacheChartEvents } from './chart-events';
import { cacheDeploymentEvents } from './deployment-events';
import { cacheCandleDataEvents } from './download-events';
import { cacheHistoryEvents, trimHistoriesToFirstPage } from './history-events';
import { withKnownModule, withNewEntries, type LogPages } from './log-cache';
import { matchesLogFilter, type LogFilter } from './log-filter';
import { cacheNotificationEvents } from './notification-events';
import { withExchangeStatus, withOrder, type ExchangeStatusList, type OrderFilter, type OrderList } from './order-cache';
import { queryKeys } from './query-keys';
import { refetchAll } from './refetch-all';
import { cacheReportEvents } from './report-events';
import { cacheRiskEvents } from './risk-events';
import { cacheSweepEvents } from './sweep-events';

/**
 * The one place that listens to the core's pushed events and writes them into the query cache,
 * so components only ever read queries. After the link drops and comes back, events were
 * missed, so every query is fetched again once; that includes `auth.state`, so a page whose web
 * session ended while the socket was down finds out and shows the sign-in screen.
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
      bridge.on('vault.changed', (status) => {
        queryClient.setQueryData(queryKeys.vaultStatus, status);
      }),
      bridge.on('accounts.changed', (list) => {
        queryClient.setQueryData(queryKeys.accounts, list);
      }),
      bridge.on('audit.appended', (entry) => prependToAudit(queryClient, entry)),
      bridge.on('exchange.status', (status) => {
        queryClient.setQueryData<ExchangeStatusList>(queryKeys.exchangeStatus, (list) => list && withExchangeStatus(list, status));
      }),
      bridge.on('orders.updated', (order) => {
        for (const query of queryClient.getQueryCache().findAll({ queryKey: queryKeys.orderLists })) {
          const filter = query.queryKey[2] as OrderFilter | undefined;
          if (filter === undefined) continue;
          queryClient.setQueryData<OrderList>(query.queryKey, (list) => list && withOrder(list, order, filter));
        }
      }),
      cacheHistoryEvents(bridge, queryClient),
      cacheCandleDataEvents(bridge, queryClient),
      cacheChartEvents(bridge, queryClient),
      cacheBacktestEvents(bridge, queryClient),
      cacheSweepEvents(bridge, queryClient),
      cacheRiskEvents(bridge, queryClient),
      cacheNotificationEvents(bridge, queryClient),
      cacheReportEvents(bridge, queryClient),
      cacheDeploymentEvents(bridge, queryClient),
      link.onReconnected(() => {
        trimHistoriesToFirstPage(queryClient);
        void refetchAll(queryClient);
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [bridge, link, queryClient]);
}

function prependToAudit(queryClient: QueryClient, entry: AuditEntry): void {
  queryClient.setQueryData<AuditPages>(queryKeys.auditList, (data) => data && withNewAuditEntries(data, [entry]));
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
