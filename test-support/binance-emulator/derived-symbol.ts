import { formatPlain } from './fixed';
import { fixedAt, loadKlineFile } from './kline-file';
import { DEFAULT_SYMBOLS } from './symbols';
import { type SymbolSpec } from './types';

const QUOTES = ['USDT', 'USDC', 'FDUSD', 'BTC', 'ETH', 'BNB'];
const SAMPLE_ROWS = 2000;

/** The largest number of decimals the first bars' prices use: their tick size, as a decimal string. */
function tickOf(file: string): string {
  const series = loadKlineFile(file);
  let decimals = 0;
  for (let index = 0; index < Math.min(series.length, SAMPLE_ROWS); index++) {
    for (const column of ['open', 'high', 'low', 'close'] as const) {
      decimals = Math.max(decimals, formatPlain(fixedAt(series, column, index)).split('.')[1]?.length ?? 0);
    }
  }
  return decimals === 0 ? '1' : `0.${'1'.padStart(decimals, '0')}`;
}

/**
 * The symbols for a hand-run market: the defaults, plus a plausible spec for a symbol they lack
 * (its tick read from the data, generous lot limits) so any data file can be replayed.
 */
export function symbolsWith(symbol: string, file: string): SymbolSpec[] {
  if (DEFAULT_SYMBOLS.some((spec) => spec.symbol === symbol)) return [...DEFAULT_SYMBOLS];
  const quoteAsset = QUOTES.find((quote) => symbol.endsWith(quote) && symbol.length > quote.length);
  if (quoteAsset === undefined) throw new Error(`cannot tell the quote asset of ${symbol}`);
  const tickSize = tickOf(file);
  const spec: SymbolSpec = {
    symbol,
    baseAsset: symbol.slice(0, -quoteAsset.length),
    quoteAsset,
    tickSize,
    minPrice: tickSize,
    maxPrice: '1000000',
    stepSize: '0.001',
    minQty: '0.001',
    maxQty: '90000000',
    marketMaxQty: '1000000',
    minNotional: '5',
    maxNotional: '9000000',
  };
  return [...DEFAULT_SYMBOLS, spec];
}
