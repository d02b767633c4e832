import { HistogramSeries, LineSeries, LineStyle, type AutoscaleInfo, type IChartApi, type IPriceLine, type ISeriesApi } from 'lightweight-charts';
import { computeStudy, warmUp, type Study } from '../../../../shared/indicators';
import { type IndicatorConfig } from '../../../../shared/schemas/chart';
import { type CandleBuffer } from './candle-buffer';
import { type ChartTheme } from './chart-theme';
import { type PriceDisplay } from './price-display';
import { lineStyleOf, type LineStyleSpec } from './study-style';
import { studyPoint, studyPoints, tailLength } from './study-data';

type StudySeries = ISeriesApi<'Line'> | ISeriesApi<'Histogram'>;

interface Entry {
  readonly config: IndicatorConfig;
  readonly paneIndex: number;
  readonly styles: LineStyleSpec[];
  readonly series: StudySeries[];
  readonly levels: IPriceLine[];
  /** The values drawn, one array per line, kept for the legend. */
  values: Float64Array[];
  title: string;
}

/** One study's values at one bar, for the legend. */
export interface StudyReading {
  readonly kind: IndicatorConfig['kind'];
  readonly title: string;
  readonly paneIndex: number;
  readonly lines: readonly { readonly label: string; readonly value: number; readonly color: string }[];
}

/** The price pane keeps most of the height; each study pane below gets a share of this size. */
const PRICE_PANE_STRETCH = 3;

/**
 * The indicator overlays and panes. Configs decide which series exist (rebuilt only when the
 * configs change); bars decide their values: all of them after a load, only the newest ones
 * after a live tick, recomputed over a tail long enough to equal a full recompute.
 */
export class StudyLayer {
  readonly #chart: IChartApi;
  #entries: Entry[] = [];
  #configsKey = '';
  #theme: ChartTheme;
  #display: PriceDisplay | null = null;

  constructor(chart: IChartApi, theme: ChartTheme) {
    this.#chart = chart;
    this.#theme = theme;
  }

  /** Rebuilds the study series if the configs changed; returns whether they did. */
  setConfigs(configs: readonly IndicatorConfig[], buffer: CandleBuffer): boolean {
    const key = JSON.stringify(configs);
    if (key === this.#configsKey) return false;
    this.#configsKey = key;
    this.#removeAll();
    let ownPanes = 0;
    this.#entries = configs.map((config, index) => {
      const probe = computeStudy(config, new Float64Array(0));
      const paneIndex = probe.pane === 'own' ? ++ownPanes : 0;
      return this.#create(config, probe, paneIndex, index);
    });
    const panes = this.#chart.panes();
    panes[0]?.setStretchFactor(PRICE_PANE_STRETCH);
    for (let index = 1; index < panes.length; index++) panes[index]?.setStretchFactor(1);
    this.setAll(buffer);
    return true;
  }

  /** Every value, after the bars were (re)loaded. */
  setAll(buffer: CandleBuffer): void {
    const times = buffer.time;
    const close = buffer.close;
    for (const entry of this.#entries) {
      const study: Study = computeStudy(entry.config, close);
      entry.values = study.lines.map((line) => line.values);
      study.lines.forEach((line, index) => {
        entry.series[index]?.setData(studyPoints(times, line.values, this.#colorOf(entry, index)));
      });
    }
  }

  /** The newest bar changed (`appended`: a new one began, so the one before is drawn final too). */
  updateTail(buffer: CandleBuffer, isAppended: boolean): void {
    const length = buffer.length;
    if (length === 0) return;
    for (const entry of this.#entries) {
      const tail = tailLength(warmUp(entry.config), length);
      const study = computeStudy(entry.config, buffer.close.subarray(length - tail));
      entry.values = study.lines.map((line, index) => this.#spliceTail(entry.values[index], line.values, length));
      const first = isAppended && length > 1 ? length - 2 : length - 1;
      study.lines.forEach((_, index) => {
        const series = entry.series[index];
        const values = entry.values[index];
        if (series === undefined || values === undefined) return;
        for (let bar = first; bar < length; bar++) series.update(studyPoint(buffer.time[bar] ?? 0, values[bar], this.#colorOf(entry, index)));
      });
    }
  }

  readingsAt(index: number): StudyReading[] {
    return this.#entries.map((entry) => ({
      kind: entry.config.kind,
      title: entry.title,
      paneIndex: entry.paneIndex,
      lines: entry.styles.map((style, line) => ({ label: style.label, value: entry.values[line]?.[index] ?? NaN, color: style.color })),
    }));
  }

  setTheme(theme: ChartTheme, buffer: CandleBuffer): void {
    this.#theme = theme;
    const configs = this.#entries.map((entry) => entry.config);
    this.#configsKey = '';
    this.setConfigs(configs, buffer);
  }

  setPriceDisplay(display: PriceDisplay): void {
    this.#display = display;
    for (const entry of this.#entries) if (entry.config.kind !== 'rsi') for (const series of entry.series) series.applyOptions({ priceFormat: this.#priceFormat(entry) });
  }

  dispose(): void {
    this.#removeAll();
  }

  #create(config: IndicatorConfig, probe: Study, paneIndex: number, studyIndex: number): Entry {
    const styles = probe.lines.map((line, index) => lineStyleOf(config, line, index, studyIndex, this.#theme));
    const entry: Entry = { config, paneIndex, styles, series: [], levels: [], values: [], title: probe.title };
    const isOwnPane = paneIndex > 0;
    const autoscaleInfoProvider = probe.levels.length === 0 ? undefined : withLevels(probe.levels);
    for (const style of styles) {
      const common = {
        priceFormat: this.#priceFormat(entry),
        lastValueVisible: isOwnPane,
        priceLineVisible: false,
        crosshairMarkerVisible: style.kind === 'line',
        ...(autoscaleInfoProvider === undefined ? {} : { autoscaleInfoProvider }),
      };
      entry.series.push(
        style.kind === 'histogram'
          ? this.#chart.addSeries(HistogramSeries, { ...common, color: style.color }, paneIndex)
          : this.#chart.addSeries(LineSeries, { ...common, color: style.color, lineWidth: style.width, lineStyle: style.dashed ? LineStyle.Dashed : LineStyle.Solid }, paneIndex),
      );
    }
    const anchor = entry.series[0];
    for (const level of probe.levels) {
      const line = anchor?.createPriceLine({ price: level, color: this.#theme.muted, lineStyle: LineStyle.Dashed, lineWidth: 1, axisLabelVisible: false, title: '' });
      if (line !== undefined) entry.levels.push(line);
    }
    return entry;
  }

  #priceFormat(entry: Pick<Entry, 'config'>) {
    if (entry.config.kind === 'rsi') return { type: 'price' as const, precision: 2, minMove: 0.01 };
    const display = this.#display;
    if (display === null) return { type: 'price' as const, precision: 2, minMove: 0.01 };
    return { type: 'custom' as const, minMove: display.minMove, formatter: display.format };
  }

  #colorOf(entry: Entry, line: number): ((value: number) => string) | undefined {
    const style = entry.styles[line];
    return style?.kind === 'histogram' ? style.colorOf : undefined;
  }

  /** The held values with the tail's newest two written over them (grown by one if a bar began). */
  #spliceTail(held: Float64Array | undefined, tail: Float64Array, length: number): Float64Array {
    let values = held ?? new Float64Array(0);
    if (values.length !== length) {
      const grown = new Float64Array(length).fill(NaN);
      grown.set(values.subarray(0, Math.min(values.length, length)));
      values = grown;
    }
    for (let back = 1; back <= Math.min(2, tail.length); back++) values[length - back] = tail[tail.length - back] ?? NaN;
    return values;
  }

  #removeAll(): void {
    for (const entry of this.#entries) for (const series of entry.series) this.#chart.removeSeries(series);
    this.#entries = [];
  }
}

/** Keeps reference levels (RSI 30/70) inside the pane's autoscaled range. */
function withLevels(levels: readonly number[]) {
  const low = Math.min(...levels);
  const high = Math.max(...levels);
  return (base: () => AutoscaleInfo | null): AutoscaleInfo | null => {
    const info = base();
    if (info === null || info.priceRange === null) return info;
    return { ...info, priceRange: { minValue: Math.min(info.priceRange.minValue, low), maxValue: Math.max(info.priceRange.maxValue, high) } };
  };
}
