import { DEFAULT_CHART_LAYOUT, type ChartLayout, type ChartLayouts } from '../../../../shared/schemas/chart';

/** The layout schema's limits, checked here so a refused save never reaches the core. */
export const MAX_LAYOUTS = 20;
export const MAX_LAYOUT_NAME = 40;

export function activeLayout(layouts: ChartLayouts): ChartLayout {
  return layouts.layouts[layouts.active] ?? Object.values(layouts.layouts)[0] ?? DEFAULT_CHART_LAYOUT;
}

export function layoutNames(layouts: ChartLayouts): string[] {
  return Object.keys(layouts.layouts);
}

/** The active layout with some of its fields changed. */
export function withActivePatch(layouts: ChartLayouts, patch: Partial<ChartLayout>): ChartLayouts {
  const current = activeLayout(layouts);
  return { active: layouts.active, layouts: { ...layouts.layouts, [layouts.active]: { ...current, ...patch } } };
}

export function withActive(layouts: ChartLayouts, name: string): ChartLayouts {
  return name in layouts.layouts ? { ...layouts, active: name } : layouts;
}

/** Why a name cannot be used (or null when it can); `except` is the layout being renamed. */
export function layoutNameProblem(layouts: ChartLayouts, name: string, except?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the layout a name';
  if (trimmed.length > MAX_LAYOUT_NAME) return `At most ${MAX_LAYOUT_NAME} characters`;
  if (trimmed !== except && trimmed in layouts.layouts) return 'A layout with that name exists';
  return null;
}

/** "Layout 2", "Layout 3", ...: the first such name not taken. */
export function freeLayoutName(layouts: ChartLayouts, base = 'Layout'): string {
  for (let number = 2; ; number++) {
    const name = `${base} ${number}`;
    if (!(name in layouts.layouts)) return name;
  }
}

/** A new layout, copied from the active one, made active. */
export function withNewLayout(layouts: ChartLayouts, name: string): ChartLayouts {
  const trimmed = name.trim();
  if (layoutNameProblem(layouts, trimmed) !== null || Object.keys(layouts.layouts).length >= MAX_LAYOUTS) return layouts;
  return { active: trimmed, layouts: { ...layouts.layouts, [trimmed]: { ...activeLayout(layouts) } } };
}

/** Renames a layout where it stands in the list, keeping it active if it was. */
export function withRenamed(layouts: ChartLayouts, from: string, to: string): ChartLayouts {
  const trimmed = to.trim();
  if (!(from in layouts.layouts) || layoutNameProblem(layouts, trimmed, from) !== null) return layouts;
  const renamed: Record<string, ChartLayout> = {};
  for (const [name, layout] of Object.entries(layouts.layouts)) renamed[name === from ? trimmed : name] = layout;
  return { active: layouts.active === from ? trimmed : layouts.active, layouts: renamed };
}

/** Removes a layout; the last one stays. The first remaining becomes active if needed. */
export function withRemoved(layouts: ChartLayouts, name: string): ChartLayouts {
  const names = Object.keys(layouts.layouts);
  if (!(name in layouts.layouts) || names.length <= 1) return layouts;
  const rest = Object.fromEntries(Object.entries(layouts.layouts).filter(([candidate]) => candidate !== name));
  const active = layouts.active === name ? (names.find((candidate) => candidate !== name) ?? layouts.active) : layouts.active;
  return { active, layouts: rest };
}
