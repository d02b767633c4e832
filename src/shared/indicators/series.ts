/*
 * What every indicator shares: a series is a Float64Array of finite values, one per bar, oldest
 * first. Outputs have the input's length and hold NaN wherever the indicator is not defined yet
 * (the warm-up), so index i of an output always belongs to bar i of the input.
 *
 * Inputs are assumed finite: nothing here skips or repairs a NaN or an Infinity in the input,
 * and one would spread into every later value of a running indicator.
 */

/**
 * Throws a RangeError unless `value` is an integer >= 1. A period longer than the series is
 * allowed (the output is all NaN): a chart may simply not have loaded enough bars yet.
 */
export function checkPeriod(indicator: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${indicator}: ${name} must be an integer >= 1, got ${String(value)}`);
  }
}

/** A new series of `length` NaNs, to be filled from the end of the warm-up on. */
export function nanSeries(length: number): Float64Array {
  return new Float64Array(length).fill(Number.NaN);
}
