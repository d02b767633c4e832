import { type IChartApi } from 'lightweight-charts';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { type OverlayLayer } from './chart-overlays';
import { type ChartViewStore, type DecisionMarkPosition } from './chart-view-store';
import { decisionMarkerSpecs, decisionMarks, decisionsAt, isSameDecisionSets, type DecisionMark, type DecisionSet } from './decision-markers';
import { decisionLabel, decisionTip, tipAnchor } from './decision-tooltip';
import { toChartTime } from './to-chart-time';

/** Where the crosshair is, in px within the canvas. */
export interface Pointer {
  readonly x: number;
  readonly y: number;
}

/**
 * The deployments' buys and sells on the candles: their markers (drawn by the overlay layer,
 * with the fills), where the ones in view stand across the time scale (for the list a screen
 * reader reads), and the tooltip of the bar under the crosshair.
 */
export class DecisionLayer {
  readonly #chart: IChartApi;
  readonly #host: HTMLElement;
  readonly #overlays: OverlayLayer;
  readonly #store: ChartViewStore;
  #sets: readonly DecisionSet[] = [];
  #marks: DecisionMark[] = [];
  /** Each mark read aloud, made once a draw rather than once a scroll frame. */
  #labels: string[] = [];

  constructor(chart: IChartApi, host: HTMLElement, overlays: OverlayLayer, store: ChartViewStore) {
    this.#chart = chart;
    this.#host = host;
    this.#overlays = overlays;
    this.#store = store;
  }

  /** False when the sets draw what is drawn already. */
  setSets(sets: readonly DecisionSet[]): boolean {
    if (isSameDecisionSets(sets, this.#sets)) return false;
    this.#sets = sets;
    return true;
  }

  /** Places the decisions on the loaded bars again (`snap` as for fills) and draws them. */
  draw(snap: (barTime: number) => number | null, interval: CandleInterval): void {
    this.#marks = decisionMarks(this.#sets, snap);
    this.#labels = this.#marks.map((mark) => decisionLabel(mark, interval));
    this.#overlays.setDecisions(decisionMarkerSpecs(this.#marks));
  }

  /** Shows the decisions on `barTime` beside the pointer, or no tooltip. */
  publishTooltip(barTime: number | null, pointer: Pointer | null, interval: CandleInterval, formatPrice: (price: number) => string): void {
    const marks = decisionsAt(this.#marks, barTime);
    if (marks.length === 0 || pointer === null || barTime === null) {
      this.#store.set({ decisionTooltip: null });
      return;
    }
    this.#store.set({
      decisionTooltip: {
        barTime,
        tips: marks.map((mark) => decisionTip(mark, interval, formatPrice)),
        anchor: tipAnchor(pointer.x, pointer.y, this.#host.clientWidth, this.#host.clientHeight),
      },
    });
  }

  /** Publishes where each decision in view stands across the time scale; false while none has a place yet though some are drawn. */
  measure(): boolean {
    const timeScale = this.#chart.timeScale();
    const width = timeScale.width();
    const inView: DecisionMarkPosition[] = [];
    this.#marks.forEach((mark, index) => {
      const x = timeScale.timeToCoordinate(toChartTime(mark.barTime));
      if (x === null || x < 0 || x > width) return;
      inView.push({ id: mark.decision.id, deploymentId: mark.deployment.id, barTime: mark.barTime, signal: mark.signal, text: this.#labels[index] ?? '', x: Math.round(x) });
    });
    const held = this.#store.getState();
    const isSame = held.decisionMarks.length === inView.length && held.decisionMarks.every((mark, index) => mark.id === inView[index]?.id && mark.x === inView[index]?.x && mark.text === inView[index]?.text);
    if (!isSame) this.#store.set({ decisionMarks: inView });
    this.#store.set({ decisionsDrawn: this.#marks.length });
    return this.#marks.length === 0 || inView.length > 0;
  }
}
