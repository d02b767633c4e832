import { type DecisionTip, type TipAnchor } from './decision-tooltip';
import { type Direction, type LegendModel } from './legend-model';

/** The newest bar, as the toolbar's last-price ticker shows it. */
export interface LastPrice {
  /** Open time of the newest bar, epoch ms. */
  readonly time: number;
  readonly close: string;
  readonly direction: Direction;
  readonly changePercent: string;
}

/** An open order's line as drawn: where it is on the price pane (px from the top), for the list under the chart. */
export interface OrderLineMark {
  readonly id: string;
  readonly title: string;
  readonly price: number;
  readonly y: number | null;
}

/** A deployment's decision drawn in view: where its marker's bar is (px from the left), for the list under the chart. */
export interface DecisionMarkPosition {
  readonly id: number;
  readonly deploymentId: number;
  readonly barTime: number;
  readonly signal: 'buy' | 'sell';
  readonly text: string;
  readonly x: number;
}

/** The decisions on the bar under the crosshair, and where their tooltip stands. */
export interface DecisionTooltipState {
  readonly barTime: number;
  readonly tips: readonly DecisionTip[];
  readonly anchor: TipAnchor;
}

/** What the chart canvas tells the React overlays around it; changes with the crosshair and ticks. */
export interface ChartViewState {
  readonly legend: LegendModel | null;
  readonly last: LastPrice | null;
  /** When the last live candle of the series arrived (wall clock), for the feed badge. */
  readonly lastUpdateAt: number | null;
  readonly barCount: number;
  /** Top of each pane within the canvas, in px, for the study legends of the lower panes. */
  readonly paneTops: readonly number[];
  readonly orderLines: readonly OrderLineMark[];
  /** The decisions whose bars are in view; `decisionsDrawn` counts them all, in view or not. */
  readonly decisionMarks: readonly DecisionMarkPosition[];
  readonly decisionsDrawn: number;
  readonly decisionTooltip: DecisionTooltipState | null;
}

const INITIAL: ChartViewState = { legend: null, last: null, lastUpdateAt: null, barCount: 0, paneTops: [], orderLines: [], decisionMarks: [], decisionsDrawn: 0, decisionTooltip: null };

/**
 * A tiny external store between the imperative chart and the components that read from it
 * (`useSyncExternalStore`): a crosshair move or a tick re-renders the legend and the ticker,
 * not the panel around them.
 */
export class ChartViewStore {
  #state: ChartViewState = INITIAL;
  readonly #listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getState = (): ChartViewState => this.#state;

  set(patch: Partial<ChartViewState>): void {
    const next = { ...this.#state, ...patch };
    const keys = Object.keys(patch) as (keyof ChartViewState)[];
    if (keys.every((key) => next[key] === this.#state[key])) return;
    this.#state = next;
    for (const listener of [...this.#listeners]) listener();
  }

  reset(): void {
    this.set(INITIAL);
  }
}
