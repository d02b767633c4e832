import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';
import { DECISION_PAGE_SIZE, decisionPage, type DecisionPage } from './deployment-cache';
import { deploymentKeys } from './deployment-events';

/**
 * A deployment's decision journal, newest first, a page at a time (`fetchNextPage` loads older
 * ones): its buys and sells (a hold is not journaled). New decisions come with a refetch that
 * `deployments.decision` events ask for (deployment-events).
 */
export function useDecisionJournal(deploymentId: number) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: deploymentKeys.journal(deploymentId),
    initialPageParam: null as number | null,
    getNextPageParam: (page: DecisionPage) => page.olderTo ?? undefined,
    queryFn: async ({ pageParam }): Promise<DecisionPage> => {
      const { decisions } = unwrap(
        await bridge.deployments.decisions({ deploymentId, limit: DECISION_PAGE_SIZE, ...(pageParam === null ? {} : { to: pageParam }) }),
      );
      return decisionPage(decisions, DECISION_PAGE_SIZE);
    },
  });
}
