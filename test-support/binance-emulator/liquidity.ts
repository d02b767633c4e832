import { type Fixed, max, min, roundToStep, toFixed, mul } from './fixed';
import { type ReplayOptions, type Side } from './market-types';
import { type SymbolReplay } from './symbol-replay';

interface StepUse {
  key: string;
  BUY: Fixed;
  SELL: Fixed;
}

/**
 * How much base quantity may trade per side and sub-step: `maxFillQtyPerStep`, or a fraction of
 * the sub-step's share of the bar volume, or (neither set) no limit. Takers at placement and
 * resting orders on a step draw from the same pool, so a big order fills over several steps.
 */
export class Liquidity {
  private readonly maxPerStep: Fixed | undefined;
  private readonly volumeFraction: Fixed | undefined;
  private readonly used = new Map<string, StepUse>();

  constructor(options: ReplayOptions) {
    this.maxPerStep = options.maxFillQtyPerStep === undefined ? undefined : toFixed(options.maxFillQtyPerStep);
    const fraction = options.volumeFractionPerStep;
    this.volumeFraction = fraction === undefined ? undefined : toFixed(fraction.toFixed(8));
  }

  /** The pool of one sub-step; undefined: unlimited. */
  cap(replay: SymbolReplay): Fixed | undefined {
    if (this.maxPerStep !== undefined) return this.maxPerStep;
    if (this.volumeFraction === undefined) return undefined;
    return roundToStep(mul(replay.stepVolume, this.volumeFraction), replay.rules.stepSize);
  }

  /** What is left for `side` (the taker's side) on the current sub-step. */
  available(replay: SymbolReplay, side: Side): Fixed | undefined {
    const cap = this.cap(replay);
    if (cap === undefined) return undefined;
    return max(0n, cap - this.use(replay)[side]);
  }

  consume(replay: SymbolReplay, side: Side, qty: Fixed): void {
    this.use(replay)[side] += qty;
  }

  /** The quantity shown at each synthetic depth level. */
  levelQty(replay: SymbolReplay): Fixed {
    const rules = replay.rules;
    const qty = this.cap(replay) ?? roundToStep(replay.stepVolume, rules.stepSize);
    return max(min(qty, rules.maxQty), rules.minQty);
  }

  private use(replay: SymbolReplay): StepUse {
    const key = `${replay.currentBar}:${replay.currentStep}`;
    let use = this.used.get(replay.rules.symbol);
    if (use?.key !== key) {
      use = { key, BUY: 0n, SELL: 0n };
      this.used.set(replay.rules.symbol, use);
    }
    return use;
  }
}
