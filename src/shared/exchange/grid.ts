import { Decimal, type Rounding } from './decimal';

/**
 * The one place where exchange amounts are rounded. A "grid" is the set of values an exchange
 * filter accepts: positive multiples of a step (Binance: `value % step == 0`, counted from zero,
 * not from the minimum) between an optional minimum and maximum. Everything else (price ticks,
 * lot steps, market lot steps, quote precision, notional bounds) is expressed as a grid.
 */
export interface Grid {
  step: Decimal;
  min: Decimal | null;
  max: Decimal | null;
}

/** down = floor, up = ceiling, nearest = half up (a value exactly between two goes up). */
export type RoundDirection = 'down' | 'up' | 'nearest';

export interface NearestOnGrid {
  /** The largest valid value ≤ the input; absent when every valid value is above it. */
  below?: Decimal;
  /** The smallest valid value ≥ the input; absent when every valid value is below it. */
  above?: Decimal;
}

const ROUNDING: Record<RoundDirection, Rounding> = {
  down: Decimal.ROUND_FLOOR,
  up: Decimal.ROUND_CEIL,
  nearest: Decimal.ROUND_HALF_UP,
};

/** The step for n decimal places: 2 → 0.01, 0 → 1. */
export function stepForDecimals(places: number): Decimal {
  return new Decimal(10).pow(-places);
}

/** Snaps onto a multiple of `step`. Exact: the quotient of two parsed amounts fits our precision. */
export function roundToStep(value: Decimal, step: Decimal, direction: RoundDirection): Decimal {
  return value.toNearest(step, ROUNDING[direction]);
}

export function isMultipleOf(value: Decimal, step: Decimal): boolean {
  return value.mod(step).isZero();
}

/** Smallest step both grids share: lcm(0.001, 0.0025) = 0.005. Keeps a value valid for both. */
export function commonStep(a: Decimal, b: Decimal): Decimal {
  const scale = new Decimal(10).pow(Math.max(a.decimalPlaces(), b.decimalPlaces()));
  const x = a.times(scale);
  const y = b.times(scale);
  let [p, q] = [x, y];
  while (!q.isZero()) [p, q] = [q, p.mod(q)];
  return x.times(y).div(p).div(scale);
}

/** The lowest and highest valid values, or null when the grid holds none (min above max). */
export function gridBounds(grid: Grid): { lowest: Decimal; highest: Decimal | null } | null {
  const floor = grid.min !== null && grid.min.greaterThan(grid.step) ? grid.min : grid.step;
  const lowest = roundToStep(floor, grid.step, 'up');
  const highest = grid.max === null ? null : roundToStep(grid.max, grid.step, 'down');
  if (highest !== null && highest.lessThan(lowest)) return null;
  return { lowest, highest };
}

export function isOnGrid(value: Decimal, grid: Grid): boolean {
  if (value.lessThanOrEqualTo(0) || !isMultipleOf(value, grid.step)) return false;
  if (grid.min !== null && value.lessThan(grid.min)) return false;
  return grid.max === null || !value.greaterThan(grid.max);
}

/** The valid values on either side of `value` (both equal to it when it is valid). */
export function nearestOnGrid(value: Decimal, grid: Grid): NearestOnGrid {
  const bounds = gridBounds(grid);
  if (bounds === null) return {};
  const { lowest, highest } = bounds;
  const result: NearestOnGrid = {};
  if (!value.lessThan(lowest)) {
    const down = roundToStep(value, grid.step, 'down');
    result.below = highest !== null && down.greaterThan(highest) ? highest : down;
  }
  if (highest === null || !value.greaterThan(highest)) {
    const up = roundToStep(value, grid.step, 'up');
    result.above = up.lessThan(lowest) ? lowest : up;
  }
  return result;
}

/** Narrows a grid's range without changing its step. */
export function withBounds(grid: Grid, min: Decimal | null, max: Decimal | null): Grid {
  return {
    step: grid.step,
    min: min === null ? grid.min : grid.min === null ? min : Decimal.max(grid.min, min),
    max: max === null ? grid.max : grid.max === null ? max : Decimal.min(grid.max, max),
  };
}
