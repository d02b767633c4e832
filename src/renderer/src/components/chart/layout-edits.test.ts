import { describe, expect, it } from 'vitest';
import { ChartLayoutsSchema, DEFAULT_CHART_LAYOUT, DEFAULT_CHART_LAYOUTS, type ChartLayouts } from '../../../../shared/schemas/chart';
import { activeLayout, freeLayoutName, layoutNameProblem, layoutNames, withActive, withActivePatch, withNewLayout, withRemoved, withRenamed } from './layout-edits';

const two: ChartLayouts = { active: 'Main', layouts: { Main: DEFAULT_CHART_LAYOUT, Scalp: { ...DEFAULT_CHART_LAYOUT, interval: '1m', symbol: 'ETHUSDT' } } };

describe('layout edits', () => {
  it('changes the active layout only', () => {
    const next = withActivePatch(two, { symbol: 'SOLUSDT' });
    expect(activeLayout(next).symbol).toBe('SOLUSDT');
    expect(next.layouts.Scalp?.symbol).toBe('ETHUSDT');
    expect(ChartLayoutsSchema.safeParse(next).success).toBe(true);
  });

  it('switches to a layout that exists', () => {
    expect(withActive(two, 'Scalp').active).toBe('Scalp');
    expect(withActive(two, 'Nope')).toBe(two);
  });

  it('adds a copy of the active layout under a free name and makes it active', () => {
    const name = freeLayoutName(two);
    expect(name).toBe('Layout 2');
    const next = withNewLayout(two, name);
    expect(next.active).toBe('Layout 2');
    expect(next.layouts['Layout 2']).toEqual(DEFAULT_CHART_LAYOUT);
    expect(withNewLayout(two, 'Main')).toBe(two);
    expect(ChartLayoutsSchema.safeParse(next).success).toBe(true);
  });

  it('renames a layout where it stands, keeping it active', () => {
    const next = withRenamed(two, 'Main', ' Swing ');
    expect(layoutNames(next)).toEqual(['Swing', 'Scalp']);
    expect(next.active).toBe('Swing');
    expect(withRenamed(two, 'Main', 'Scalp')).toBe(two);
  });

  it('removes a layout but never the last one', () => {
    const next = withRemoved(two, 'Main');
    expect(layoutNames(next)).toEqual(['Scalp']);
    expect(next.active).toBe('Scalp');
    expect(withRemoved(DEFAULT_CHART_LAYOUTS, 'Main')).toBe(DEFAULT_CHART_LAYOUTS);
  });

  it('says why a name cannot be used', () => {
    expect(layoutNameProblem(two, '')).toMatch(/name/);
    expect(layoutNameProblem(two, 'Scalp')).toMatch(/exists/);
    expect(layoutNameProblem(two, 'Scalp', 'Scalp')).toBeNull();
    expect(layoutNameProblem(two, 'x'.repeat(41))).toMatch(/40/);
  });
});
