import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';
import { type Deployment } from '../../../shared/schemas/deployments';
import { coalescedInvalidation } from './chart-events';
import { withDeployment, type DeploymentList } from './deployment-cache';

export const deploymentKeys = {
  list: ['deployments', 'list'] as const,
  /** Prefix of what is read of one deployment besides itself: sessions, trades, versions. */
  recordsOf: (id: number) => ['deployments', 'records', id] as const,
  sessions: (id: number) => ['deployments', 'records', id, 'sessions'] as const,
  trades: (id: number) => ['deployments', 'records', id, 'trades'] as const,
  versions: (id: number) => ['deployments', 'records', id, 'versions'] as const,
  /** Prefix of every decision listing of one deployment: its journal and its chart markers. */
  decisionsOf: (id: number) => ['deployments', 'decisions', id] as const,
  journal: (id: number) => ['deployments', 'decisions', id, 'journal'] as const,
  chartDecisions: (id: number, since: number | null) => ['deployments', 'decisions', id, 'chart', since] as const,
  /** A session's replay: it fetches the session's candles, so it is asked for when shown (if not fresh) and on request, never on every bar. */
  divergence: (id: number, sessionId: number | null) => ['deployments', 'divergence', id, sessionId] as const,
};

/** A running deployment announces itself once a bar; what it wrote is asked for at most this often. */
const RECORDS_REFRESH_MS = 500;
/** Buys and sells come one a bar at most; a fast replay makes them come in bursts. */
const DECISIONS_REFRESH_MS = 300;

/**
 * The deployments' share of use-events-to-cache: an announced deployment replaces its older
 * self in the list at once; its sessions, trades and versions are asked for again (coalesced).
 * A buy or sell asks for its deployment's decisions again: the journal and the chart's markers.
 */
export function cacheDeploymentEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  const records = coalescedInvalidation(queryClient, RECORDS_REFRESH_MS);
  const decisions = coalescedInvalidation(queryClient, DECISIONS_REFRESH_MS);
  const stops = [
    bridge.on('deployments.updated', (deployment: Deployment) => {
      queryClient.setQueryData<DeploymentList>(deploymentKeys.list, (list) => list && withDeployment(list, deployment));
      records.request(deploymentKeys.recordsOf(deployment.id));
    }),
    bridge.on('deployments.decision', (decision) => decisions.request(deploymentKeys.decisionsOf(decision.deploymentId))),
  ];
  return () => {
    records.cancel();
    decisions.cancel();
    for (const stop of stops) stop();
  };
}
