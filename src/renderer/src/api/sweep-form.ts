import { type z } from 'zod';
import { type SweepAxisSchema } from '../../../shared/schemas/backtests';
import { type ParamField } from './backtest-params';

/**
 * The sweep form's parameters: a number is either fixed (only `from` filled) or a range
 * from..to in steps; a choice is always fixed. They become the base `params` and the `grid`.
 */
export interface AxisValues {
  readonly from: string;
  readonly to: string;
  readonly step: string;
}

export type SweepAxis = z.infer<typeof SweepAxisSchema>;

export interface SweepGridResult {
  readonly params: Record<string, number | string | null>;
  readonly grid: Record<string, SweepAxis>;
  /** How many sets the grid makes before the strategy's own rules skip some. */
  readonly combinations: number;
  /** A message per input id suffix: `<key>`, `<key>-to`, `<key>-step`. */
  readonly errors: Readonly<Record<string, string>>;
}

/** The inputs' start values: the defaults as fixed values. */
export function axisValuesOf(fields: readonly ParamField[], defaults: Readonly<Record<string, unknown>>): Record<string, AxisValues> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = defaults[field.key];
      return [field.key, { from: typeof value === 'number' || typeof value === 'string' ? String(value) : '', to: '', step: '' }];
    }),
  );
}

/** Values in from..to (inclusive) by step, as the core counts them. */
export function stepCount(from: number, to: number, step: number): number {
  return Math.floor((to - from) / step + 1e-9) + 1;
}

function boundProblem(field: ParamField, value: number): string | null {
  if (field.kind !== 'number') return null;
  if (!Number.isFinite(value)) return 'Not a number';
  if (field.isInteger && !Number.isInteger(value)) return 'A whole number';
  if (field.min !== null && (field.isMinExclusive ? value <= field.min : value < field.min)) return field.isMinExclusive ? `Above ${field.min}` : `At least ${field.min}`;
  if (field.max !== null && (field.isMaxExclusive ? value >= field.max : value > field.max)) return field.isMaxExclusive ? `Below ${field.max}` : `At most ${field.max}`;
  return null;
}

/** Turns the inputs into a sweep's base params and grid, checking each range against the schema's bounds. */
export function sweepGridOf(fields: readonly ParamField[], values: Readonly<Record<string, AxisValues>>): SweepGridResult {
  const params: Record<string, number | string | null> = {};
  const grid: Record<string, SweepAxis> = {};
  const errors: Record<string, string> = {};
  let combinations = 1;
  for (const field of fields) {
    const entry = values[field.key] ?? { from: '', to: '', step: '' };
    const from = entry.from.trim();
    if (field.kind === 'choice') {
      if (field.options.includes(from)) params[field.key] = from;
      else errors[field.key] = `One of ${field.options.join(', ')}`;
      continue;
    }
    const to = entry.to.trim();
    const step = entry.step.trim();
    const isRange = to !== '' || step !== '';
    if (from === '') {
      if (isRange) errors[field.key] = 'Required for a range';
      else if (field.isNullable) params[field.key] = null;
      else errors[field.key] = 'Required';
      continue;
    }
    const start = Number(from);
    const startProblem = boundProblem(field, start);
    if (startProblem !== null) {
      errors[field.key] = startProblem;
      continue;
    }
    params[field.key] = start;
    if (!isRange) continue;
    const end = Number(to);
    const by = Number(step);
    const endProblem = to === '' ? 'Required for a range' : (boundProblem(field, end) ?? (end < start ? 'Not below from' : null));
    const stepProblem = step === '' ? 'Required for a range' : !Number.isFinite(by) || by <= 0 ? 'Above 0' : field.isInteger && !Number.isInteger(by) ? 'A whole number' : null;
    if (endProblem !== null) errors[`${field.key}-to`] = endProblem;
    if (stepProblem !== null) errors[`${field.key}-step`] = stepProblem;
    if (endProblem !== null || stepProblem !== null) continue;
    grid[field.key] = { from: start, to: end, step: by };
    combinations *= stepCount(start, end, by);
  }
  return { params, grid, combinations: Object.keys(grid).length === 0 ? 0 : combinations, errors };
}
