import { ColorType, CrosshairMode, LineStyle, type ChartOptions, type DeepPartial } from 'lightweight-charts';

/**
 * The chart's colours, read from the same CSS variables as the rest of the UI (tokens.css), so
 * the canvas follows the dark and light themes. The canvas cannot use `var(--x)` itself, hence
 * the values are read once per theme and handed to lightweight-charts.
 */
export interface ChartTheme {
  readonly background: string;
  readonly text: string;
  readonly textStrong: string;
  readonly grid: string;
  readonly line: string;
  readonly lineStrong: string;
  readonly crosshair: string;
  readonly labelBackground: string;
  readonly buy: string;
  readonly sell: string;
  readonly accent: string;
  readonly warn: string;
  readonly muted: string;
  readonly fontFamily: string;
  /** Colours for indicator lines, in the order studies take them. */
  readonly studyColors: readonly string[];
}

/** Indicator colours that read on both the dark and the light surface, none of them buy/sell. */
const STUDY_COLORS = ['#e3a13b', '#4c8dff', '#b47cff', '#20b2c4', '#e86bb3', '#8aa04a'] as const;

const FALLBACK: Record<string, string> = {
  '--surface': '#14171c',
  '--text-2': '#a1a9b4',
  '--text-3': '#6c7582',
  '--text-4': '#474e59',
  '--grid': 'rgba(132, 142, 156, 0.06)',
  '--line': '#232830',
  '--line-strong': '#2e343e',
  '--surface-hover': '#20252d',
  '--buy': '#2ebd85',
  '--sell': '#f6465d',
  '--accent': '#4c8dff',
  '--warn': '#e3a13b',
  '--font-ui': 'system-ui, sans-serif',
};

/** Builds the theme from a reader of CSS custom properties (getComputedStyle in the page). */
export function readChartTheme(readVariable: (name: string) => string): ChartTheme {
  const read = (name: string): string => {
    const value = readVariable(name).trim();
    return value === '' ? (FALLBACK[name] ?? '#888888') : value;
  };
  return {
    background: read('--surface'),
    text: read('--text-3'),
    textStrong: read('--text-2'),
    grid: read('--grid'),
    line: read('--line'),
    lineStrong: read('--line-strong'),
    crosshair: read('--text-4'),
    labelBackground: read('--surface-hover'),
    buy: read('--buy'),
    sell: read('--sell'),
    accent: read('--accent'),
    warn: read('--warn'),
    muted: read('--text-4'),
    fontFamily: read('--font-ui'),
    studyColors: STUDY_COLORS,
  };
}

/** "#2ebd85" or "rgb(46, 189, 133)" at the given opacity, as rgba(); other forms pass unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex !== null) {
    const digits = hex[1] ?? '';
    const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
    const value = Number.parseInt(full, 16);
    return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
  }
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/i.exec(color.trim());
  if (rgb !== null) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`;
  return color;
}

/** The chart-wide options for a theme: surface, grid, crosshair, scales and pane separators. */
export function chartOptionsFor(theme: ChartTheme): DeepPartial<ChartOptions> {
  return {
    layout: {
      background: { type: ColorType.Solid, color: theme.background },
      textColor: theme.text,
      fontFamily: theme.fontFamily,
      fontSize: 11,
      panes: { separatorColor: theme.line, separatorHoverColor: theme.lineStrong, enableResize: true },
    },
    grid: {
      vertLines: { color: theme.grid },
      horzLines: { color: theme.grid },
    },
    crosshair: {
      mode: CrosshairMode.Normal,
      vertLine: { color: theme.crosshair, style: LineStyle.Dashed, labelBackgroundColor: theme.labelBackground },
      horzLine: { color: theme.crosshair, style: LineStyle.Dashed, labelBackgroundColor: theme.labelBackground },
    },
    rightPriceScale: { borderColor: theme.line },
    timeScale: { borderColor: theme.line },
  };
}
