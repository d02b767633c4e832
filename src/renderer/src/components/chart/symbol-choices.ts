import { type CandleInterval } from '../../../../shared/domain/enums';
import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { type Market } from '../../../../shared/schemas/exchange';

/** One pair the symbol search offers. */
export interface SymbolChoice {
  readonly venue: string;
  readonly symbol: string;
  /** "BTC / USDT", or for stored history "1m 1h · 52,704 bars". */
  readonly detail: string;
  /** Set when the market is not trading (HALT, BREAK, ...). */
  readonly status: string | null;
  /** The timeframes stored for the pair; empty for an exchange market (any can stream). */
  readonly intervals: readonly CandleInterval[];
}

const SYMBOL = /^[A-Z0-9]{2,20}$/;

/** What was typed, as a symbol the core would accept ("btcusdt " → "BTCUSDT"), or null. */
export function typedSymbol(text: string): string | null {
  const symbol = text.trim().toUpperCase();
  return SYMBOL.test(symbol) ? symbol : null;
}

export function marketChoices(markets: readonly Market[]): SymbolChoice[] {
  return markets.map((market) => ({
    venue: market.venue,
    symbol: market.symbol,
    detail: `${market.baseAsset} / ${market.quoteAsset}`,
    status: market.status === 'TRADING' ? null : market.status,
    intervals: [],
  }));
}

/**
 * The stored series, one choice per venue and pair, with the timeframes held and their bars;
 * `search` matches anywhere in the symbol. The most-stored pairs come first.
 */
export function storedChoices(series: readonly SeriesCoverage[], search: string): SymbolChoice[] {
  const text = search.trim().toUpperCase();
  const pairs = new Map<string, { venue: string; symbol: string; intervals: CandleInterval[]; bars: number }>();
  for (const item of series) {
    if (text !== '' && !item.symbol.includes(text)) continue;
    const key = `${item.venue}\u0000${item.symbol}`;
    const pair = pairs.get(key) ?? { venue: item.venue, symbol: item.symbol, intervals: [], bars: 0 };
    pair.intervals.push(item.interval);
    pair.bars += item.bars;
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .sort((a, b) => b.bars - a.bars || a.symbol.localeCompare(b.symbol))
    .map((pair) => ({
      venue: pair.venue,
      symbol: pair.symbol,
      detail: `${pair.intervals.join(' ')} · ${pair.bars.toLocaleString('en-US')} bars`,
      status: null,
      intervals: pair.intervals,
    }));
}

/** The venue as a short tag next to a symbol; the default venue needs none. */
export function venueTag(venue: string): string | null {
  if (venue === 'binance') return null;
  if (venue === 'binance-testnet') return 'testnet';
  return venue.startsWith('custom:') ? 'custom' : venue;
}
