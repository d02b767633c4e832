/*
 * What every indicator shares: a series is a Float64Array of finite values, one per bar, oldest
 * first. Outputs have the input's length and hold NaN wherever the indicator is not defined yet
 * (the warm-up), so index i of an output always belongs to bar i of the input.
 *
 * Every indicator comes in two forms that give the same doubles, bit for bit: a stream class fed
 * one bar at a time (live trading) and a batch function over a whole series (backtests, the
 * chart). The batch function is a fresh stream's `pushAll`: the bars that need the stream's
 * past (the warm-up, windows reaching back before the input) go through `push` itself, the rest
 * through a loop that repeats push's arithmetic operation for operation on locals. Locals, because
 * a field read back every bar lengthens the dependency chain of a recurrence (EMA: 1.7× slower);
 * inlined, because the loop runs interpreted until V8 optimizes it and helper calls made a cold
 * call 40 % slower. The tests hold `push` and `pushAll` to Object.is equality.
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

/**
 * The streaming form of an indicator over one input series. `push` is O(1) and allocates
 * nothing, so a live strategy can call it on every closed bar for ever. Each stream also has a
 * `pushAll(values, out?)`: every value pushed in order, what each push returns written to `out`
 * (one entry per value, from index 0), the same doubles as `push` one by one but as fast as a
 * plain loop. That warms a live stream up from history, and it is what the batch functions run.
 */
export interface ValueStream {
  /** Takes the next bar's value (oldest first) and returns the indicator at that bar, NaN during the warm-up. */
  push(value: number): number;
  /** What the last push returned; NaN before the first one and during the warm-up. */
  readonly value: number;
  /** Forgets every value pushed: the stream is as good as new (and keeps its buffers). */
  reset(): void;
}

/** Throws a RangeError unless `out` has room for one value per input value. */
export function checkOutput(indicator: string, inputLength: number, out: Float64Array): void {
  if (out.length < inputLength) {
    throw new RangeError(`${indicator}: the output holds ${out.length} values, ${inputLength} needed`);
  }
}
