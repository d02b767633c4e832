import { type IChartApi } from 'lightweight-charts';

/**
 * Where each pane of the chart starts, measured in the page, so the legends of the study panes
 * (RSI, MACD) sit at the top of their own pane. Measured again whenever the canvas or a pane
 * changes size: a window resize, a dragged pane separator, a study added or removed.
 */
export class PaneTops {
  readonly #chart: IChartApi;
  readonly #host: HTMLElement;
  readonly #report: (tops: readonly number[]) => void;
  readonly #observer: ResizeObserver;
  #frame: number | null = null;
  #tops: readonly number[] = [];
  #watched = new Set<HTMLElement>();

  constructor(chart: IChartApi, host: HTMLElement, report: (tops: readonly number[]) => void) {
    this.#chart = chart;
    this.#host = host;
    this.#report = report;
    this.#observer = new ResizeObserver(() => this.measureSoon());
    this.#observer.observe(host);
    this.measureSoon();
  }

  /** Measures on the next frame, after lightweight-charts laid its panes out. */
  measureSoon(): void {
    if (this.#frame !== null) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = null;
      this.#measure();
    });
  }

  dispose(): void {
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
    this.#observer.disconnect();
  }

  #measure(): void {
    const hostTop = this.#host.getBoundingClientRect().top;
    const elements = this.#chart.panes().map((pane) => pane.getHTMLElement());
    // Only panes not yet watched are observed: observing fires once at once, and observing
    // the same element again on every measure would measure forever.
    const current = new Set(elements.filter((element) => element !== null));
    for (const element of this.#watched) if (!current.has(element)) this.#observer.unobserve(element);
    for (const element of current) if (!this.#watched.has(element)) this.#observer.observe(element);
    this.#watched = current;
    const tops = elements.map((element) => Math.round((element?.getBoundingClientRect().top ?? hostTop) - hostTop));
    if (tops.length === this.#tops.length && tops.every((top, index) => top === this.#tops[index])) return;
    this.#tops = tops;
    this.#report(tops);
  }
}
