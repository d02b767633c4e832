import {
  CandlestickSeries,
  HistogramSeries,
  LineStyle,
  type CandlestickData,
  type HistogramData,
  type IChartApi,
  type ISeriesApi,
  type UTCTimestamp,
} from 'lightweight-charts';
import { type CandleBuffer } from './candle-buffer';
import { withAlpha, type ChartTheme } from './chart-theme';
import { type PriceDisplay } from './price-display';
import { toChartTime } from './to-chart-time';

/** The volume histogram takes the bottom fifth of the price pane, the candles the rest. */
const VOLUME_MARGINS = { top: 0.8, bottom: 0 };
const CANDLE_MARGINS = { top: 0.08, bottom: 0.22 };
const VOLUME_ALPHA = 0.38;

/**
 * Candles and volume on the price pane. History is set in one go (`setData`); a live candle
 * only ever touches the newest bar (`update`), so a tick never redraws the whole series.
 */
export class CandleLayer {
  readonly candles: ISeriesApi<'Candlestick'>;
  readonly #volume: ISeriesApi<'Histogram'>;
  #theme: ChartTheme;

  constructor(chart: IChartApi, theme: ChartTheme) {
    this.#theme = theme;
    this.candles = chart.addSeries(CandlestickSeries, { ...this.#candleColors(), priceLineStyle: LineStyle.Dashed, priceLineWidth: 1 }, 0);
    this.candles.priceScale().applyOptions({ scaleMargins: CANDLE_MARGINS });
    this.#volume = chart.addSeries(
      HistogramSeries,
      { priceScaleId: 'volume', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false },
      0,
    );
    this.#volume.priceScale().applyOptions({ scaleMargins: VOLUME_MARGINS, visible: false });
  }

  /** Every loaded bar, after a new series, a page back, or a reload. */
  setBars(buffer: CandleBuffer): void {
    const candles = new Array<CandlestickData<UTCTimestamp>>(buffer.length);
    const volumes = new Array<HistogramData<UTCTimestamp>>(buffer.length);
    for (let index = 0; index < buffer.length; index++) {
      candles[index] = this.#candleAt(buffer, index);
      volumes[index] = this.#volumeAt(buffer, index);
    }
    this.candles.setData(candles);
    this.#volume.setData(volumes);
  }

  /** The newest bar changed or began. */
  updateLast(buffer: CandleBuffer): void {
    const index = buffer.length - 1;
    if (index < 0) return;
    this.candles.update(this.#candleAt(buffer, index));
    this.#volume.update(this.#volumeAt(buffer, index));
  }

  setTheme(theme: ChartTheme, buffer: CandleBuffer): void {
    this.#theme = theme;
    this.candles.applyOptions(this.#candleColors());
    // Each volume bar carries its own colour: they are drawn again in the new one.
    this.setBars(buffer);
  }

  setPriceDisplay(display: PriceDisplay): void {
    this.candles.applyOptions({ priceFormat: { type: 'custom', minMove: display.minMove, formatter: display.format } });
  }

  #candleColors() {
    const { buy, sell } = this.#theme;
    return { upColor: buy, downColor: sell, wickUpColor: buy, wickDownColor: sell, borderVisible: false };
  }

  #candleAt(buffer: CandleBuffer, index: number): CandlestickData<UTCTimestamp> {
    return {
      time: toChartTime(buffer.time[index] ?? 0),
      open: buffer.open[index] ?? NaN,
      high: buffer.high[index] ?? NaN,
      low: buffer.low[index] ?? NaN,
      close: buffer.close[index] ?? NaN,
    };
  }

  #volumeAt(buffer: CandleBuffer, index: number): HistogramData<UTCTimestamp> {
    const isUp = (buffer.close[index] ?? 0) >= (buffer.open[index] ?? 0);
    return {
      time: toChartTime(buffer.time[index] ?? 0),
      value: buffer.volume[index] ?? 0,
      color: withAlpha(isUp ? this.#theme.buy : this.#theme.sell, VOLUME_ALPHA),
    };
  }
}
