import { createSeriesMarkers, LineStyle, type IPriceLine, type ISeriesApi, type ISeriesMarkersPluginApi, type SeriesMarker, type Time } from 'lightweight-charts';
import { type ChartTheme } from './chart-theme';
import { mergedMarkers, type ChartMarkerSpec, type DecisionMarkerSpec } from './decision-markers';
import { type FillMarkerSpec } from './fill-markers';
import { type OrderLineSpec } from './order-lines';
import { toChartTime } from './to-chart-time';

interface HeldLine {
  readonly signature: string;
  readonly line: IPriceLine;
}

/**
 * What the account did and has resting, drawn on the candles: fills as arrows (one per side
 * and bar), the deployments' buys and sells as dots, and open orders as dashed price lines.
 * Lines are matched to orders by client id, so an order update redraws only its own line.
 */
export class OverlayLayer {
  readonly #series: ISeriesApi<'Candlestick'>;
  readonly #markers: ISeriesMarkersPluginApi<Time>;
  readonly #lines = new Map<string, HeldLine>();
  #theme: ChartTheme;
  #fillSpecs: readonly FillMarkerSpec[] = [];
  #decisionSpecs: readonly DecisionMarkerSpec[] = [];
  #lineSpecs: readonly OrderLineSpec[] = [];

  constructor(series: ISeriesApi<'Candlestick'>, theme: ChartTheme) {
    this.#series = series;
    this.#theme = theme;
    this.#markers = createSeriesMarkers(series, []);
  }

  setFills(specs: readonly FillMarkerSpec[]): void {
    this.#fillSpecs = specs;
    this.#drawMarkers();
  }

  setDecisions(specs: readonly DecisionMarkerSpec[]): void {
    this.#decisionSpecs = specs;
    this.#drawMarkers();
  }

  /** A series holds one set of markers: fills and decisions are drawn together. */
  #drawMarkers(): void {
    this.#markers.setMarkers(mergedMarkers(this.#fillSpecs, this.#decisionSpecs).map((marker) => this.#markerOf(marker)));
  }

  #markerOf({ kind, spec }: ChartMarkerSpec): SeriesMarker<Time> {
    const common = { time: toChartTime(spec.barTime), position: spec.position, shape: spec.shape, text: spec.text };
    if (kind === 'fill') return { ...common, color: spec.side === 'BUY' ? this.#theme.buy : this.#theme.sell, id: `${spec.barTime}:${spec.side}` };
    // A decision that led to no order is drawn muted, so the ones that traded stand out.
    const color = !spec.hasOrder ? this.#theme.warn : spec.signal === 'buy' ? this.#theme.buy : this.#theme.sell;
    return { ...common, color, id: spec.id, size: 0.8 };
  }

  setOrderLines(specs: readonly OrderLineSpec[]): void {
    this.#lineSpecs = specs;
    const wanted = new Set(specs.map((spec) => spec.id));
    for (const [id, held] of this.#lines) {
      if (wanted.has(id)) continue;
      this.#series.removePriceLine(held.line);
      this.#lines.delete(id);
    }
    for (const spec of specs) {
      const signature = `${spec.price}|${spec.title}|${spec.side}|${spec.isTrigger}|${spec.isUnconfirmed}`;
      const held = this.#lines.get(spec.id);
      if (held?.signature === signature) continue;
      if (held !== undefined) this.#series.removePriceLine(held.line);
      this.#lines.set(spec.id, { signature, line: this.#series.createPriceLine(this.#lineOptions(spec)) });
    }
  }

  get orderLines(): readonly OrderLineSpec[] {
    return this.#lineSpecs;
  }

  /** Draws an order's line at a price it is being dragged to, or (null) back at its own. */
  previewLine(id: string, price: number | null): void {
    const spec = this.#lineSpecs.find((candidate) => candidate.id === id);
    const held = this.#lines.get(id);
    if (spec === undefined || held === undefined) return;
    const options = this.#lineOptions(spec);
    held.line.applyOptions(price === null ? options : { ...options, price, title: `${spec.title} → move`, lineStyle: LineStyle.Solid, lineWidth: 2 });
  }

  setTheme(theme: ChartTheme): void {
    this.#theme = theme;
    this.#drawMarkers();
    for (const held of this.#lines.values()) this.#series.removePriceLine(held.line);
    this.#lines.clear();
    this.setOrderLines(this.#lineSpecs);
  }

  #lineOptions(spec: OrderLineSpec) {
    const color = spec.side === 'BUY' ? this.#theme.buy : this.#theme.sell;
    return {
      id: spec.id,
      price: spec.price,
      color,
      lineWidth: 1 as const,
      lineStyle: spec.isTrigger ? LineStyle.LargeDashed : LineStyle.Dashed,
      lineVisible: true,
      axisLabelVisible: true,
      title: spec.isUnconfirmed ? `${spec.title} (sending)` : spec.title,
      axisLabelColor: color,
      axisLabelTextColor: '#ffffff',
    };
  }
}
