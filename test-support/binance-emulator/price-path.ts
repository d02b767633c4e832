import { type Fixed, roundToStep } from './fixed';

export interface Bar {
  open: Fixed;
  high: Fixed;
  low: Fixed;
  close: Fixed;
}

/**
 * The order in which a bar visits its extremes. A bar that closed up is taken to have dipped
 * first (open → low → high → close) and one that closed down to have spiked first
 * (open → high → low → close): the shorter, more plausible path, and for a position in the
 * bar's direction the conservative one, since the adverse extreme comes before the favourable.
 * A bar that closed where it opened visits the nearer extreme first (low on a tie).
 */
export function barAnchors(bar: Bar): readonly [Fixed, Fixed, Fixed, Fixed] {
  const isLowFirst = bar.close > bar.open || (bar.close === bar.open && bar.open - bar.low <= bar.high - bar.open);
  return isLowFirst ? [bar.open, bar.low, bar.high, bar.close] : [bar.open, bar.high, bar.low, bar.close];
}

/**
 * The prices of a bar's sub-steps: each of the three legs is cut into `stepsPerLeg` equal parts
 * rounded to the tick, so the anchors themselves (open, both extremes, close) are always visited.
 * There are 3 × stepsPerLeg + 1 of them.
 */
export function stepPrices(bar: Bar, stepsPerLeg: number, tickSize: Fixed): Fixed[] {
  const anchors = barAnchors(bar);
  const prices: Fixed[] = [];
  const parts = BigInt(stepsPerLeg);
  for (let leg = 0; leg < 3; leg++) {
    const from = anchors[leg] ?? 0n;
    const to = anchors[leg + 1] ?? 0n;
    for (let part = 0n; part < parts; part++) {
      const raw = from + ((to - from) * part) / parts;
      prices.push(part === 0n ? from : roundToStep(raw, tickSize, 'halfUp'));
    }
  }
  prices.push(anchors[3]);
  return prices;
}

export function stepCount(stepsPerLeg: number): number {
  return 3 * stepsPerLeg + 1;
}

/** Sub-step times spread evenly from the bar's open time to its close time (open + length − 1). */
export function stepTime(openTime: number, barMs: number, step: number, steps: number): number {
  return openTime + Math.floor((step * (barMs - 1)) / (steps - 1));
}

/** The bar volume traded up to and including `step`; exactly the bar volume at the last step. */
export function cumulativeVolume(volume: Fixed, step: number, steps: number): Fixed {
  return (volume * BigInt(step + 1)) / BigInt(steps);
}
