import { type IndicatorConfig } from '../schemas/chart';
import { bollinger } from './bollinger';
import { ema } from './ema';
import { macd } from './macd';
import { rsi } from './rsi';
import { sma } from './sma';

/*
 * What the chart draws for one configured indicator: which pane, which series in which style,
 * which reference levels. The chart knows nothing about the indicators themselves; a new kind
 * only needs a case here (the exhaustive switches make the compiler ask for it).
 */

/** One drawn series, aligned bar for bar with the candles; NaN where nothing is drawn. */
export interface StudyLine {
  /** Stable within a study ("upper", "signal"): for colours and legend entries. */
  readonly key: string;
  readonly label: string;
  readonly values: Float64Array;
  readonly style: 'line' | 'histogram';
}

export interface Study {
  /** 'price': drawn over the candles, same scale; 'own': a separate pane with its own scale. */
  readonly pane: 'price' | 'own';
  readonly title: string;
  readonly lines: readonly StudyLine[];
  /** horizontal reference levels, e.g. RSI 30/70 */
  readonly levels: readonly number[];
}

/** RSI's customary overbought / oversold levels. */
const RSI_LEVELS: readonly number[] = [30, 70];
const NO_LEVELS: readonly number[] = [];

/** Computes the series of a configured indicator from closing prices. */
export function computeStudy(config: IndicatorConfig, close: Float64Array): Study {
  const title = studyTitle(config);
  switch (config.kind) {
    case 'sma':
      return { pane: 'price', title, lines: [line('sma', title, sma(close, config.period))], levels: NO_LEVELS };
    case 'ema':
      return { pane: 'price', title, lines: [line('ema', title, ema(close, config.period))], levels: NO_LEVELS };
    case 'bollinger': {
      const bands = bollinger(close, config.period, config.stdDev);
      return {
        pane: 'price',
        title,
        lines: [line('upper', 'Upper', bands.upper), line('middle', 'Middle', bands.middle), line('lower', 'Lower', bands.lower)],
        levels: NO_LEVELS,
      };
    }
    case 'rsi':
      return { pane: 'own', title, lines: [line('rsi', title, rsi(close, config.period))], levels: RSI_LEVELS };
    case 'macd': {
      const result = macd(close, config.fast, config.slow, config.signal);
      return {
        pane: 'own',
        title,
        lines: [
          line('macd', 'MACD', result.macd),
          line('signal', 'Signal', result.signal),
          line('histogram', 'Histogram', result.histogram, 'histogram'),
        ],
        levels: NO_LEVELS,
      };
    }
  }
}

/** The legend title: "SMA 50", "EMA 21", "BB 20 2", "RSI 14", "MACD 12 26 9". */
export function studyTitle(config: IndicatorConfig): string {
  switch (config.kind) {
    case 'sma':
      return `SMA ${config.period}`;
    case 'ema':
      return `EMA ${config.period}`;
    case 'bollinger':
      return `BB ${config.period} ${config.stdDev}`;
    case 'rsi':
      return `RSI ${config.period}`;
    case 'macd':
      return `MACD ${config.fast} ${config.slow} ${config.signal}`;
  }
}

/**
 * How many leading bars have at least one NaN line, i.e. the index of the first bar where the
 * whole study is drawn: load this many bars before the visible window. EMA-based studies (EMA,
 * MACD) and RSI are defined from there on but still remember their seed for a while; a chart
 * that wants them settled should load a few times more.
 */
export function warmUp(config: IndicatorConfig): number {
  switch (config.kind) {
    case 'sma':
    case 'ema':
    case 'bollinger':
      return config.period - 1;
    case 'rsi':
      return config.period;
    case 'macd':
      return Math.max(config.fast, config.slow) + config.signal - 2;
  }
}

function line(key: string, label: string, values: Float64Array, style: StudyLine['style'] = 'line'): StudyLine {
  return { key, label, values, style };
}
