import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DeploymentMode, type PerformancePeriod } from '../../../shared/domain/enums';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';

export const reportKeys = {
  /** Prefix of everything the reports tab holds; a new daily report refreshes all of it. */
  all: ['reports'] as const,
  daily: (accountId: number, month: string) => ['reports', 'daily', accountId, month] as const,
  snapshots: (accountId: number, from: number | null) => ['reports', 'snapshots', accountId, from] as const,
  performance: (period: PerformancePeriod, mode: DeploymentMode | null) => ['reports', 'performance', period, mode] as const,
};

/** The account's reports of one UTC month (YYYY-MM), with the month's totals and the months that have any. */
export function useDailyReports(accountId: number | null, month: string) {
  const bridge = useBridge();
  return useQuery({
    queryKey: reportKeys.daily(accountId ?? 0, month),
    enabled: accountId !== null,
    queryFn: async () => unwrap(await bridge.reports.daily({ accountId: accountId ?? 0, month })),
  });
}

/** Today so far: computed on request (with a fresh snapshot of a connected account), never stored. */
export function useTodayReport() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (accountId: number) => unwrap(await bridge.reports.generate({ accountId })),
    // The fresh snapshot is a new point of the equity curve.
    onSuccess: (report) => void queryClient.invalidateQueries({ queryKey: ['reports', 'snapshots', report.accountId] }),
  });
}

/** The account's value over time since `from` (null: the last 30 days), from its portfolio snapshots. */
export function useEquityCurve(accountId: number | null, from: number | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: reportKeys.snapshots(accountId ?? 0, from),
    enabled: accountId !== null,
    queryFn: async () => unwrap(await bridge.reports.snapshots({ accountId: accountId ?? 0, ...(from === null ? {} : { from }) })),
  });
}

/** Paper and live results per strategy for one kind of period, newest period first. */
export function usePerformance(period: PerformancePeriod, mode: DeploymentMode | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: reportKeys.performance(period, mode),
    queryFn: async () => unwrap(await bridge.reports.performance({ period, ...(mode === null ? {} : { mode }) })),
  });
}
