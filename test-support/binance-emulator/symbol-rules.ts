import { type Fixed, toFixed } from './fixed';
import { type SymbolSpec } from './types';

/** A symbol's filters as exact numbers, for the order checks and the matching engine. */
export interface SymbolRules {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly tickSize: Fixed;
  readonly minPrice: Fixed;
  readonly maxPrice: Fixed;
  readonly stepSize: Fixed;
  readonly minQty: Fixed;
  readonly maxQty: Fixed;
  /** MARKET_LOT_SIZE: min and step are zero, which leaves them to LOT_SIZE. */
  readonly marketMaxQty: Fixed;
  readonly minNotional: Fixed;
  readonly maxNotional: Fixed;
  readonly maxNumOrders: number;
  readonly maxNumAlgoOrders: number;
  /** PERCENT_PRICE_BY_SIDE multipliers; the same for bids and asks here. */
  readonly multiplierUp: Fixed;
  readonly multiplierDown: Fixed;
}

export const MAX_NUM_ALGO_ORDERS = 5;
export const MULTIPLIER_UP = '5';
export const MULTIPLIER_DOWN = '0.2';

export function symbolRules(spec: SymbolSpec): SymbolRules {
  return {
    symbol: spec.symbol,
    baseAsset: spec.baseAsset,
    quoteAsset: spec.quoteAsset,
    tickSize: toFixed(spec.tickSize),
    minPrice: toFixed(spec.minPrice),
    maxPrice: toFixed(spec.maxPrice),
    stepSize: toFixed(spec.stepSize),
    minQty: toFixed(spec.minQty),
    maxQty: toFixed(spec.maxQty),
    marketMaxQty: toFixed(spec.marketMaxQty),
    minNotional: toFixed(spec.minNotional),
    maxNotional: toFixed(spec.maxNotional),
    maxNumOrders: spec.maxNumOrders ?? 200,
    maxNumAlgoOrders: MAX_NUM_ALGO_ORDERS,
    multiplierUp: toFixed(MULTIPLIER_UP),
    multiplierDown: toFixed(MULTIPLIER_DOWN),
  };
}
