import { type IndicatorConfig } from '../../../../shared/schemas/chart';
import { withAlpha, type ChartTheme } from './chart-theme';

/** How one line of a study is drawn. */
export interface LineStyleSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: 'line' | 'histogram';
  readonly color: string;
  readonly width: 1 | 2;
  readonly dashed: boolean;
  /** Per-bar colour of a histogram (above zero: buy colour, below: sell colour). */
  readonly colorOf?: (value: number) => string;
}

const HISTOGRAM_ALPHA = 0.55;

/**
 * Each study takes the next colour of the palette; its lines are told apart by style rather
 * than by more colours: Bollinger's middle band is dashed, MACD's signal takes the following
 * colour, and its histogram is green above zero and red below, like the volume.
 */
export function lineStyleOf(
  config: IndicatorConfig,
  line: { readonly key: string; readonly label: string; readonly style: 'line' | 'histogram' },
  lineIndex: number,
  studyIndex: number,
  theme: ChartTheme,
): LineStyleSpec {
  const palette = theme.studyColors;
  const base = palette[studyIndex % palette.length] ?? theme.accent;
  const next = palette[(studyIndex + 1) % palette.length] ?? theme.warn;
  const spec = { key: line.key, label: line.label, kind: line.style, color: base, width: 1 as const, dashed: false };
  if (line.style === 'histogram') {
    const up = withAlpha(theme.buy, HISTOGRAM_ALPHA);
    const down = withAlpha(theme.sell, HISTOGRAM_ALPHA);
    return { ...spec, color: up, colorOf: (value) => (value >= 0 ? up : down) };
  }
  if (config.kind === 'bollinger' && line.key === 'middle') return { ...spec, dashed: true };
  if (config.kind === 'macd' && lineIndex > 0) return { ...spec, color: next };
  if (config.kind === 'sma' || config.kind === 'ema') return { ...spec, width: 2 };
  return spec;
}
