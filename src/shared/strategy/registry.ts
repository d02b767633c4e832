import { combined } from './combined';
import { maCrossover } from './ma-crossover';
import { rsiReversal } from './rsi-reversal';
import { type StrategyDefinition } from './types';

/** The built-in strategies by type. */
export const BUILT_IN_STRATEGIES: readonly StrategyDefinition[] = [rsiReversal, maCrossover, combined];

export function strategyOfType(type: string): StrategyDefinition | undefined {
  return BUILT_IN_STRATEGIES.find((strategy) => strategy.type === type);
}
