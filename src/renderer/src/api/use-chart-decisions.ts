import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { type CandleInterval } from '../../../shared/domain/enums';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type Decision, type Deployment } from '../../../shared/schemas/deployments';
import { useBridge } from '../bridge/bridge-context';
import { CHART_DECISION_LIMIT } from './deployment-cache';
import { deploymentKeys } from './deployment-events';
import { useDeployments } from './use-deployments';

/** One deployment's buys and sells on the chart's series, oldest first. */
export interface DeploymentDecisions {
  readonly deployment: Deployment;
  readonly decisions: readonly Decision[];
}

export interface ChartDecisions {
  readonly sets: readonly DeploymentDecisions[];
  readonly error: Error | null;
}

/**
 * The buys and sells of every deployment of the chart's account on the chart's pair and
 * timeframe, from the oldest loaded bar on (the newest CHART_DECISION_LIMIT of each). A
 * `deployments.decision` event asks for them again.
 */
export function useChartDecisions(accountId: number | null, symbol: string, interval: CandleInterval, since: number | null): ChartDecisions {
  const bridge = useBridge();
  const list = useDeployments();
  const shown = useMemo(
    () => (accountId === null ? [] : (list.data?.deployments ?? []).filter((deployment) => deployment.accountId === accountId && deployment.symbol === symbol && deployment.timeframe === interval)),
    [list.data, accountId, symbol, interval],
  );
  const combine = useCallback(
    (results: UseQueryResult<Decision[]>[]): ChartDecisions => ({
      sets: shown.flatMap((deployment, index) => {
        const decisions = results[index]?.data;
        return decisions === undefined ? [] : [{ deployment, decisions }];
      }),
      error: results.find((result) => result.isError)?.error ?? list.error,
    }),
    [shown, list.error],
  );
  return useQueries({
    queries: shown.map((deployment) => ({
      queryKey: deploymentKeys.chartDecisions(deployment.id, since),
      enabled: since !== null,
      queryFn: async (): Promise<Decision[]> =>
        unwrap(await bridge.deployments.decisions({ deploymentId: deployment.id, ...(since === null || since === 0 ? {} : { from: since }), limit: CHART_DECISION_LIMIT })).decisions,
      // While a page back moves `since`, the markers already drawn stay.
      placeholderData: (previous: Decision[] | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined) =>
        previousQuery?.queryKey[2] === deployment.id ? previous : undefined,
    })),
    combine,
  });
}
