import { type SymbolFilters } from '../../shared/exchange/symbol-filters';
import { DEFAULT_RULES, type SymbolRules } from './symbol-rules';

/** The stored exchange filters of the symbol as floats, or Binance's BTCUSDT filters when none are stored. */
export function rulesFrom(filters: SymbolFilters | null): { rules: SymbolRules; source: 'exchange' | 'default' } {
  if (filters === null) return { rules: DEFAULT_RULES, source: 'default' };
  const number = (value: string | null, fallback: number): number => (value === null || Number(value) <= 0 ? fallback : Number(value));
  return {
    rules: {
      tickSize: number(filters.tickSize, 10 ** -filters.quoteAssetPrecision),
      stepSize: number(filters.stepSize, 10 ** -filters.baseAssetPrecision),
      minQty: number(filters.minQty, 0),
      minNotional: number(filters.minNotional, 0),
    },
    source: 'exchange',
  };
}
