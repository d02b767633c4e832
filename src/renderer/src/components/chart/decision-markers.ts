import { type DeploymentMode } from '../../../../shared/domain/enums';
import { type Decision } from '../../../../shared/schemas/deployments';
import { type FillMarkerSpec } from './fill-markers';

/** What a marker tells of the deployment that decided. */
export interface DecidingDeployment {
  readonly id: number;
  readonly strategyName: string;
  readonly paramsVersion: number;
  readonly mode: DeploymentMode;
}

/** One deployment's decisions as the chart is given them. */
export interface DecisionSet {
  readonly deployment: DecidingDeployment;
  readonly decisions: readonly Decision[];
}

/** A buy or sell of one deployment, placed on the loaded bar it was decided on. */
export interface DecisionMark {
  /** Open time (epoch ms) of the loaded bar it is drawn on. */
  readonly barTime: number;
  readonly signal: 'buy' | 'sell';
  readonly deployment: DecidingDeployment;
  readonly decision: Decision;
  /** False when nothing was sent or booked (a limit, a position already held): drawn muted. */
  readonly hasOrder: boolean;
}

/**
 * Places each buy and sell on the loaded bar it was decided on, oldest bar first; holds are
 * not drawn. `snap` turns a bar's open time into the loaded bar to draw it on, or null when
 * it lies outside what is loaded, as for fills.
 */
export function decisionMarks(sets: readonly DecisionSet[], snap: (barTime: number) => number | null): DecisionMark[] {
  const marks: DecisionMark[] = [];
  for (const { deployment, decisions } of sets) {
    for (const decision of decisions) {
      if (decision.signal === 'hold' || decision.barTime === null) continue;
      const barTime = snap(decision.barTime);
      if (barTime === null) continue;
      marks.push({ barTime, signal: decision.signal, deployment, decision, hasOrder: decision.noOrderReason === null });
    }
  }
  return marks.sort((a, b) => a.barTime - b.barTime || a.deployment.id - b.deployment.id || a.decision.id - b.decision.id);
}

/** The decisions drawn on one bar, for the tooltip while the crosshair is on it. */
export function decisionsAt(marks: readonly DecisionMark[], barTime: number | null): DecisionMark[] {
  return barTime === null ? [] : marks.filter((mark) => mark.barTime === barTime);
}

/** The marker a decision draws: a dot (fills are arrows), buys below the bar, sells above. */
export interface DecisionMarkerSpec {
  readonly id: string;
  readonly barTime: number;
  readonly signal: 'buy' | 'sell';
  readonly hasOrder: boolean;
  readonly position: 'belowBar' | 'aboveBar';
  readonly shape: 'circle';
  /** "#3 buy", "#3 sell · no order". */
  readonly text: string;
}

export function decisionMarkerSpecs(marks: readonly DecisionMark[]): DecisionMarkerSpec[] {
  return marks.map((mark) => ({
    id: `decision:${mark.decision.id}`,
    barTime: mark.barTime,
    signal: mark.signal,
    hasOrder: mark.hasOrder,
    position: mark.signal === 'buy' ? 'belowBar' : 'aboveBar',
    shape: 'circle',
    text: `#${mark.deployment.id} ${mark.signal}${mark.hasOrder ? '' : ' · no order'}`,
  }));
}

/** A marker of the one set a series can hold: the account's fills and the deployments' decisions. */
export type ChartMarkerSpec = { readonly kind: 'fill'; readonly spec: FillMarkerSpec } | { readonly kind: 'decision'; readonly spec: DecisionMarkerSpec };

/**
 * lightweight-charts keeps one set of markers per series: fills and decisions go in together,
 * in time order; within a bar the fills come first, so they sit nearest the candle.
 */
export function mergedMarkers(fills: readonly FillMarkerSpec[], decisions: readonly DecisionMarkerSpec[]): ChartMarkerSpec[] {
  const all: ChartMarkerSpec[] = [...fills.map((spec) => ({ kind: 'fill' as const, spec })), ...decisions.map((spec) => ({ kind: 'decision' as const, spec }))];
  // Array.prototype.sort is stable: fills keep their place before the decisions of their bar.
  return all.sort((a, b) => a.spec.barTime - b.spec.barTime);
}

/** Whether two hand-overs draw the same: the same deployments, as named, with the very same decision lists. */
export function isSameDecisionSets(a: readonly DecisionSet[], b: readonly DecisionSet[]): boolean {
  if (a === b) return true;
  return (
    a.length === b.length &&
    a.every((set, index) => {
      const other = b[index];
      const { deployment } = set;
      return (
        other !== undefined &&
        set.decisions === other.decisions &&
        deployment.id === other.deployment.id &&
        deployment.strategyName === other.deployment.strategyName &&
        deployment.paramsVersion === other.deployment.paramsVersion &&
        deployment.mode === other.deployment.mode
      );
    })
  );
}
