import { type Decision, type Deployment } from '../../../shared/schemas/deployments';

export interface DeploymentList {
  readonly deployments: readonly Deployment[];
}

/** A deployment the core announced or answered with goes in the list, newest first, replacing its older self. */
export function withDeployment(list: DeploymentList, deployment: Deployment): DeploymentList {
  const others = list.deployments.filter((known) => known.id !== deployment.id);
  return { deployments: [deployment, ...others].sort((a, b) => b.id - a.id) };
}

/** Decisions asked for in one go: the journal's page, and at most this many markers per deployment on the chart. */
export const DECISION_PAGE_SIZE = 200;
export const CHART_DECISION_LIMIT = 5000;

/** A page of the journal, newest first, and the bar time the next (older) page ends at. */
export interface DecisionPage {
  readonly decisions: readonly Decision[];
  /** Null once nothing older is left. */
  readonly olderTo: number | null;
}

/**
 * Turns the core's answer (oldest first, the newest `limit` up to `to`) into a newest-first
 * page. A deployment evaluates each bar once, so the next page ends at the bar before the
 * oldest one here; a short page is the last.
 */
export function decisionPage(oldestFirst: readonly Decision[], limit: number): DecisionPage {
  const decisions = [...oldestFirst].reverse();
  const oldestBar = oldestFirst[0]?.barTime ?? null;
  const isFull = oldestFirst.length >= limit;
  return { decisions, olderTo: isFull && oldestBar !== null && oldestBar > 0 ? oldestBar - 1 : null };
}
