import { createChart, type IChartApi, type LogicalRange, type MouseEventParams } from 'lightweight-charts';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { type ChartFill, type CandleWindow } from '../../../../shared/schemas/candles';
import { type IndicatorConfig } from '../../../../shared/schemas/chart';
import { type LiveCandleEvent } from '../../../../shared/schemas/exchange';
import { type Order } from '../../../../shared/schemas/orders';
import { CandleBuffer, type Bar } from './candle-buffer';
import { CandleLayer } from './chart-candles';
import { DecisionLayer, type Pointer } from './chart-decisions';
import { OverlayLayer } from './chart-overlays';
import { StudyLayer } from './chart-studies';
import { chartOptionsFor, type ChartTheme } from './chart-theme';
import { type ChartViewStore } from './chart-view-store';
import { type DecisionSet } from './decision-markers';
import { fillMarkerSpecs, groupFills, type FillGroup } from './fill-markers';
import { historyChange } from './history-change';
import { legendModel } from './legend-model';
import { OrderDrag } from './order-drag';
import { orderLines } from './order-lines';
import { PaneTops } from './pane-tops';
import { isSameDisplay, priceDisplayFor, type PriceDisplay } from './price-display';
import { shouldLoadOlder } from './scrollback';
import { isIntraday } from './timeframes';
import { fromChartTime } from './to-chart-time';

/** What the person can do to orders from the chart; ChartView supplies it. */
export interface ChartOrderActions {
  /** An open order's line was dragged to `price` (a float from the price scale). */
  readonly onMoveOrder: (order: Order, price: number) => void;
  /** A click on the price pane, at `price`. */
  readonly onPickPrice: (price: number) => void;
}

/** Live bars remembered to be put back after a reload of the stored history. */
const LIVE_MEMORY = 3;

/**
 * Owns one lightweight-charts instance and everything drawn on it. React hands it data through
 * these methods (from effects); it draws incrementally — history with one `setData`, a live
 * tick with `update` of the newest bar — and reports the legend, the last price and the pane
 * positions to the view store.
 */
export class ChartController {
  readonly #chart: IChartApi;
  readonly #store: ChartViewStore;
  readonly #candles: CandleLayer;
  readonly #studies: StudyLayer;
  readonly #overlays: OverlayLayer;
  readonly #decisions: DecisionLayer;
  readonly #paneTops: PaneTops;
  readonly #onNeedOlder: () => void;
  readonly #drag: OrderDrag;
  #actions: ChartOrderActions | null = null;
  #marksFrame: number | null = null;
  #theme: ChartTheme;
  #buffer = CandleBuffer.empty();
  #seriesId = '';
  #interval: CandleInterval = '1h';
  #pages: readonly CandleWindow[] = [];
  #isHistoryLoaded = false;
  #needsViewReset = true;
  #live: Bar[] = [];
  #lastUpdateAt: number | null = null;
  #tickSize: string | null = null;
  #display: PriceDisplay | null = null;
  #fills: readonly ChartFill[] = [];
  #fillGroups: FillGroup[] = [];
  #orders: readonly Order[] = [];
  #symbol = '';
  #hoverIndex: number | null = null;
  #pointer: Pointer | null = null;
  #scroll = { hasMore: false, isFetching: false };

  constructor(host: HTMLElement, theme: ChartTheme, store: ChartViewStore, onNeedOlder: () => void) {
    this.#store = store;
    this.#onNeedOlder = onNeedOlder;
    this.#theme = theme;
    this.#chart = createChart(host, {
      ...chartOptionsFor(theme),
      autoSize: true,
      // The built-in logo injects a <style> element (refused by the page's CSP) and a link that
      // opens a window (refused by the navigation guard); ChartView credits the library instead.
      layout: { ...chartOptionsFor(theme).layout, attributionLogo: false },
      localization: { locale: 'en-US', dateFormat: 'yyyy-MM-dd' },
      timeScale: { ...chartOptionsFor(theme).timeScale, rightOffset: 6, barSpacing: 8, minBarSpacing: 0.5, timeVisible: true, secondsVisible: false },
    });
    this.#candles = new CandleLayer(this.#chart, theme);
    this.#studies = new StudyLayer(this.#chart, theme);
    this.#overlays = new OverlayLayer(this.#candles.candles, theme);
    this.#decisions = new DecisionLayer(this.#chart, host, this.#overlays, store);
    this.#paneTops = new PaneTops(this.#chart, host, (tops) => this.#store.set({ paneTops: tops }));
    this.#chart.subscribeCrosshairMove(this.#onCrosshair);
    this.#chart.subscribeClick(this.#onClick);
    this.#chart.timeScale().subscribeVisibleLogicalRangeChange(this.#onRange);
    this.#drag = new OrderDrag(host, this.#candles.candles, {
      lines: () => this.#overlays.orderLines,
      preview: (id, price) => this.#overlays.previewLine(id, price),
      drop: (id, price) => {
        const order = this.#orders.find((candidate) => candidate.clientOrderId === id);
        if (order === undefined || this.#actions === null) {
          this.#overlays.previewLine(id, null);
          return;
        }
        this.#actions.onMoveOrder(order, price);
      },
    });
  }

  setOrderActions(actions: ChartOrderActions | null): void {
    this.#actions = actions;
  }

  /** Puts a dragged line back where its order is (the move was refused or failed). */
  resetOrderLine(clientOrderId: string): void {
    this.#overlays.previewLine(clientOrderId, null);
  }

  dispose(): void {
    if (this.#marksFrame !== null) cancelAnimationFrame(this.#marksFrame);
    this.#drag.dispose();
    this.#chart.unsubscribeClick(this.#onClick);
    this.#chart.unsubscribeCrosshairMove(this.#onCrosshair);
    this.#chart.timeScale().unsubscribeVisibleLogicalRangeChange(this.#onRange);
    this.#paneTops.dispose();
    this.#chart.remove();
  }

  /** A new series: everything loaded for the last one goes, and the view will start at the newest bar. */
  showSeries(id: string, symbol: string, interval: CandleInterval): void {
    if (id === this.#seriesId) return;
    this.#seriesId = id;
    this.#symbol = symbol;
    this.#interval = interval;
    this.#buffer = CandleBuffer.empty();
    this.#pages = [];
    this.#isHistoryLoaded = false;
    this.#needsViewReset = true;
    this.#live = [];
    this.#lastUpdateAt = null;
    this.#hoverIndex = null;
    this.#fillGroups = [];
    this.#chart.timeScale().applyOptions({ timeVisible: isIntraday(interval) });
    this.#redrawAll();
    this.#overlays.setOrderLines(orderLines(this.#orders, symbol));
  }

  /** The stored windows as react-query holds them (newest first), and where paging back stands. */
  setHistory(pages: readonly CandleWindow[], isLoaded: boolean, hasMore: boolean, isFetchingOlder: boolean): void {
    this.#scroll = { hasMore, isFetching: isFetchingOlder };
    const change = historyChange(this.#pages, pages);
    this.#pages = pages;
    this.#isHistoryLoaded = isLoaded;
    if (change.kind === 'extend') {
      for (const page of pages.slice(change.from)) this.#buffer.prepend(page.candles);
    } else if (change.kind === 'rebuild') {
      this.#buffer = CandleBuffer.fromPages(pages.map((page) => page.candles));
      for (const bar of this.#live) this.#buffer.merge(bar);
    }
    if (change.kind === 'none') return;
    this.#redrawAll();
    if (this.#needsViewReset && this.#buffer.length > 0) {
      this.#needsViewReset = false;
      this.#chart.timeScale().resetTimeScale();
    }
    // Still near the start after a page arrived (a short page): ask for the next one. Only after
    // new bars, so a page that failed is asked for again when the view moves, not in a loop.
    this.#checkScrollback();
  }

  applyLive(candle: LiveCandleEvent): void {
    const bar: Bar = { time: candle.openTime, open: candle.open, high: candle.high, low: candle.low, close: candle.close, volume: candle.volume };
    this.#live = [...this.#live.filter((held) => held.time !== bar.time), bar].slice(-LIVE_MEMORY);
    this.#lastUpdateAt = Date.now();
    // Before the stored history arrived the bar waits in #live and is merged when it does.
    const result = this.#isHistoryLoaded ? this.#buffer.merge(bar) : 'ignored';
    if (result !== 'ignored') {
      const hadNoBars = this.#buffer.length === 1;
      if (hadNoBars) this.#redrawAll();
      else {
        this.#candles.updateLast(this.#buffer);
        this.#studies.updateTail(this.#buffer, result === 'appended');
        if (result === 'appended') {
          this.#drawFills();
          this.#decisions.draw(this.#snap, this.#interval);
        }
      }
    }
    this.#publish();
  }

  setIndicators(configs: readonly IndicatorConfig[]): void {
    if (!this.#studies.setConfigs(configs, this.#buffer)) return;
    if (this.#display !== null) this.#studies.setPriceDisplay(this.#display);
    this.#paneTops.measureSoon();
    this.#publish();
  }

  setFills(fills: readonly ChartFill[]): void {
    if (fills === this.#fills) return;
    this.#fills = fills;
    this.#drawFills();
    this.#publish();
  }

  /** The buys and sells of the deployments trading this series. */
  setDecisions(sets: readonly DecisionSet[]): void {
    if (!this.#decisions.setSets(sets)) return;
    this.#decisions.draw(this.#snap, this.#interval);
    this.#publish();
  }

  setOrders(orders: readonly Order[]): void {
    if (orders === this.#orders) return;
    this.#orders = orders;
    this.#overlays.setOrderLines(orderLines(orders, this.#symbol));
    this.#publishOrderLines();
  }

  setTickSize(tickSize: string | null): void {
    if (tickSize === this.#tickSize) return;
    this.#tickSize = tickSize;
    this.#applyDisplay();
    this.#drawFills();
    this.#publish();
  }

  setTheme(theme: ChartTheme): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#chart.applyOptions(chartOptionsFor(theme));
    this.#candles.setTheme(theme, this.#buffer);
    this.#studies.setTheme(theme, this.#buffer);
    if (this.#display !== null) this.#studies.setPriceDisplay(this.#display);
    this.#overlays.setTheme(theme);
    this.#paneTops.measureSoon();
    this.#publish();
  }

  /** The oldest loaded bar's open time, from which fills are asked for. */
  get firstTime(): number | null {
    return this.#buffer.firstTime;
  }

  #redrawAll(): void {
    this.#applyDisplay();
    this.#candles.setBars(this.#buffer);
    this.#studies.setAll(this.#buffer);
    this.#drawFills();
    this.#decisions.draw(this.#snap, this.#interval);
    this.#publish();
  }

  #applyDisplay(): void {
    const display = priceDisplayFor(this.#tickSize, this.#buffer.length === 0 ? null : this.#buffer.close);
    if (isSameDisplay(this.#display, display)) return;
    this.#display = display;
    this.#candles.setPriceDisplay(display);
    this.#studies.setPriceDisplay(display);
  }

  /** The open time of the loaded bar a time is drawn on (its own, or the one before a gap); null outside what is loaded. */
  readonly #snap = (barTime: number): number | null => {
    const buffer = this.#buffer;
    const last = buffer.lastTime;
    if (last === null || barTime > last) return null;
    return buffer.time[buffer.indexAtOrBefore(barTime)] ?? null;
  };

  #drawFills(): void {
    this.#fillGroups = groupFills(this.#fills, this.#interval, this.#snap);
    const format = this.#display?.format ?? ((price: number) => String(price));
    this.#overlays.setFills(fillMarkerSpecs(this.#fillGroups, format));
  }

  /**
   * Where each order line and each decision is drawn, measured on the next frames: the scales
   * have no coordinates until the chart has laid out its data, which it does in its own frame.
   */
  #publishOrderLines(): void {
    if (this.#marksFrame !== null) return;
    let attempts = 0;
    const measure = (): void => {
      this.#marksFrame = null;
      const hasDecisions = this.#decisions.measure();
      const isComplete = this.#measureOrderLines() && hasDecisions;
      attempts += 1;
      if (!isComplete && attempts < 20) this.#marksFrame = requestAnimationFrame(measure);
    };
    this.#marksFrame = requestAnimationFrame(measure);
  }

  /** Publishes the lines' positions; false while some line has none yet though bars are drawn. */
  #measureOrderLines(): boolean {
    const marks = this.#overlays.orderLines.map((spec) => ({ id: spec.id, title: spec.title, price: spec.price, y: this.#candles.candles.priceToCoordinate(spec.price) }));
    const held = this.#store.getState().orderLines;
    const isSame = held.length === marks.length && held.every((mark, index) => mark.id === marks[index]?.id && mark.y === marks[index]?.y && mark.title === marks[index]?.title);
    if (!isSame) this.#store.set({ orderLines: marks });
    return this.#buffer.length === 0 || marks.every((mark) => mark.y !== null);
  }

  #publish(): void {
    this.#publishOrderLines();
    const display = this.#display;
    const index = this.#hoverIndex ?? this.#buffer.length - 1;
    const legend = display === null ? null : legendModel(this.#buffer, index, this.#interval, display, this.#studies.readingsAt(index), this.#fillGroups);
    const newest = display === null ? null : legendModel(this.#buffer, this.#buffer.length - 1, this.#interval, display, [], []);
    this.#store.set({
      legend,
      last: newest === null ? null : { time: this.#buffer.time[this.#buffer.length - 1] ?? 0, close: newest.close, direction: newest.direction, changePercent: newest.changePercent },
      lastUpdateAt: this.#lastUpdateAt,
      barCount: this.#buffer.length,
    });
    this.#publishDecisionTooltip();
  }

  #publishDecisionTooltip(): void {
    const barTime = this.#hoverIndex === null ? null : (this.#buffer.time[this.#hoverIndex] ?? null);
    this.#decisions.publishTooltip(barTime, this.#pointer, this.#interval, this.#display?.format ?? ((price: number) => String(price)));
  }

  #checkScrollback(): void {
    this.#onRange(this.#chart.timeScale().getVisibleLogicalRange());
  }

  readonly #onRange = (range: LogicalRange | null): void => {
    this.#publishOrderLines();
    if (!shouldLoadOlder(range, { ...this.#scroll, barCount: this.#buffer.length })) return;
    // Asked once: the next setHistory says whether the page is still on its way.
    this.#scroll = { ...this.#scroll, isFetching: true };
    this.#onNeedOlder();
  };

  readonly #onClick = (param: MouseEventParams): void => {
    if (this.#actions === null || param.point === undefined || (param.paneIndex ?? 0) !== 0) return;
    const price = this.#candles.candles.coordinateToPrice(param.point.y);
    if (price !== null && Number.isFinite(price) && price > 0) this.#actions.onPickPrice(price);
  };

  readonly #onCrosshair = (param: MouseEventParams): void => {
    const time = param.time === undefined || param.point === undefined ? null : fromChartTime(param.time);
    const index = time === null ? -1 : this.#buffer.indexOfTime(time);
    const hover = index === -1 ? null : index;
    // The point is within its pane; the tooltip stands within the whole canvas.
    const paneTop = this.#store.getState().paneTops[param.paneIndex ?? 0] ?? 0;
    this.#pointer = param.point === undefined ? null : { x: param.point.x, y: param.point.y + paneTop };
    if (hover === this.#hoverIndex) {
      this.#publishDecisionTooltip();
      return;
    }
    this.#hoverIndex = hover;
    this.#publish();
  };
}
