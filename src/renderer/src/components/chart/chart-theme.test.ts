import { describe, expect, it } from 'vitest';
import { chartOptionsFor, readChartTheme, withAlpha } from './chart-theme';

describe('chart theme', () => {
  it('reads the CSS variables, trimmed, with fallbacks for missing ones', () => {
    const theme = readChartTheme((name) => ({ '--surface': ' #ffffff ', '--buy': '#0f9d6a' })[name] ?? '');
    expect(theme.background).toBe('#ffffff');
    expect(theme.buy).toBe('#0f9d6a');
    expect(theme.sell).toBe('#f6465d');
    expect(theme.studyColors.length).toBeGreaterThan(3);
  });

  it('turns colours into rgba with an opacity', () => {
    expect(withAlpha('#2ebd85', 0.5)).toBe('rgba(46, 189, 133, 0.5)');
    expect(withAlpha('#fff', 0.1)).toBe('rgba(255, 255, 255, 0.1)');
    expect(withAlpha('rgba(1, 2, 3, 0.9)', 0.2)).toBe('rgba(1, 2, 3, 0.2)');
    expect(withAlpha('red', 0.2)).toBe('red');
  });

  it('gives the chart the surface, grid and separators of the theme', () => {
    const theme = readChartTheme((name) => ({ '--surface': '#14171c', '--grid': 'rgba(1,1,1,0.06)', '--line': '#232830' })[name] ?? '');
    const options = chartOptionsFor(theme);
    expect(options.layout?.background).toEqual({ type: 'solid', color: '#14171c' });
    expect(options.grid?.horzLines?.color).toBe('rgba(1,1,1,0.06)');
    expect(options.layout?.panes?.separatorColor).toBe('#232830');
  });
});
