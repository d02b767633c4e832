import { z } from 'zod';
import { type StrategyDefinition } from '../../../shared/strategy/types';

/** One parameter's values: a list, or a range from..to (inclusive) in steps. */
const AxisSchema = z.union([
  z.array(z.union([z.number(), z.string(), z.boolean(), z.null()])).min(1).max(1000),
  z
    .object({ from: z.number(), to: z.number(), step: z.number().positive() })
    .strict()
    .refine((range) => range.from <= range.to, { message: '`from` must not be above `to`' })
    .refine((range) => (range.to - range.from) / range.step <= 10_000, { message: 'at most 10,000 steps per parameter' }),
]);

export const GridSchema = z.record(z.string(), AxisSchema).refine((grid) => Object.keys(grid).length > 0, { message: 'Give at least one parameter to vary' });
export type GridSpec = z.infer<typeof GridSchema>;

/** Most parameter sets one sweep may run. */
export const MAX_GRID = 100_000;

export interface Grid {
  /** Every valid combination, each parsed by the strategy's schema (defaults filled in). */
  readonly sets: Array<Record<string, unknown>>;
  /** Combinations the schema refused (e.g. a short average not shorter than the long one). */
  readonly skipped: number;
  readonly axes: readonly string[];
}

/** Every combination of the axes over `base`, kept only where the strategy's schema accepts it. */
export function expandGrid(strategy: StrategyDefinition, base: Readonly<Record<string, unknown>>, spec: GridSpec): Grid {
  const axes = Object.keys(spec);
  const values = axes.map((axis) => axisValues(spec[axis] as z.infer<typeof AxisSchema>));
  const total = values.reduce((product, list) => product * list.length, 1);
  if (total > MAX_GRID) throw new RangeError(`The grid has ${total.toLocaleString('en-US')} combinations; at most ${MAX_GRID.toLocaleString('en-US')}`);
  const sets: Array<Record<string, unknown>> = [];
  let skipped = 0;
  for (let index = 0; index < total; index++) {
    const candidate: Record<string, unknown> = { ...base };
    let rest = index;
    for (let axis = axes.length - 1; axis >= 0; axis--) {
      const list = values[axis] as unknown[];
      candidate[axes[axis] as string] = list[rest % list.length];
      rest = Math.floor(rest / list.length);
    }
    const parsed = strategy.params.safeParse(candidate);
    if (parsed.success) sets.push(parsed.data);
    else skipped += 1;
  }
  return { sets, skipped, axes };
}

function axisValues(axis: z.infer<typeof AxisSchema>): unknown[] {
  if (Array.isArray(axis)) return axis;
  const values: number[] = [];
  // Counting steps (not adding them up) keeps 0.1 + 0.1 + 0.1 from drifting past `to`.
  const steps = Math.floor((axis.to - axis.from) / axis.step + 1e-9);
  for (let step = 0; step <= steps; step++) values.push(Number((axis.from + step * axis.step).toPrecision(12)));
  return values;
}
