import { and, asc, eq, like, or } from 'drizzle-orm';
import { type Market } from '../../shared/schemas/exchange';
import { filtersFromExchangeInfo, type SymbolFilters } from '../../shared/exchange/symbol-filters';
import { type Logger } from '../log/logger';
import { tradingPairs } from '../store/schema';
import { type StoreDb } from '../store/open-store';

type PairRow = typeof tradingPairs.$inferSelect;

/**
 * The trading pairs of each venue with their exchange filters, as loaded from exchangeInfo.
 * Rows keep the raw filter array beside the flattened columns, and filters are always read back
 * through the one shared parser, so the order check sees exactly what the exchange published.
 */
export class MarketCatalog {
  readonly #db: StoreDb;
  readonly #log: Logger;
  /** Parsed filters by venue and symbol; every order reads them, and only `store` changes them. */
  readonly #filters = new Map<string, SymbolFilters | null>();

  constructor(db: StoreDb, logger: Logger) {
    this.#db = db;
    this.#log = logger.child('markets');
  }

  /** Replaces a venue's pairs with what the exchange just published; returns how many were stored. */
  store(venue: string, rawSymbols: readonly unknown[], now: number = Date.now()): number {
    const rows: Array<typeof tradingPairs.$inferInsert> = [];
    for (const raw of rawSymbols) {
      let filters: SymbolFilters;
      try {
        filters = filtersFromExchangeInfo(raw);
      } catch (error: unknown) {
        this.#log.warn('Skipped a symbol whose exchangeInfo could not be read', { error: error instanceof Error ? error.message : String(error) });
        continue;
      }
      if (!filters.isSpotTradingAllowed) continue;
      rows.push(toRow(venue, filters, (raw as { filters: unknown[] }).filters, now));
    }
    this.#db.transaction((tx) => {
      tx.delete(tradingPairs).where(eq(tradingPairs.exchange, venue)).run();
      for (const row of rows) tx.insert(tradingPairs).values(row).run();
    });
    this.#filters.clear();
    this.#log.info(`Loaded ${rows.length} trading pairs for ${venue}`);
    return rows.length;
  }

  filters(venue: string, symbol: string): SymbolFilters | null {
    const key = `${venue}\u0000${symbol}`;
    const known = this.#filters.get(key);
    if (known !== undefined) return known;
    const row = this.#db.select().from(tradingPairs).where(and(eq(tradingPairs.exchange, venue), eq(tradingPairs.symbol, symbol))).get();
    const filters = row === undefined ? null : filtersFromExchangeInfo(toExchangeInfoSymbol(row));
    // An unknown symbol is not remembered: the next load of the venue may bring it.
    if (filters !== null) this.#filters.set(key, filters);
    return filters;
  }

  list(venue: string, search: string | undefined, limit: number): Market[] {
    const pattern = `%${(search ?? '').toUpperCase().replace(/[%_]/g, '')}%`;
    return this.#db
      .select()
      .from(tradingPairs)
      .where(and(eq(tradingPairs.exchange, venue), or(like(tradingPairs.symbol, pattern), like(tradingPairs.baseAsset, pattern))))
      .orderBy(asc(tradingPairs.symbol))
      .limit(limit)
      .all()
      .map((row) => ({
        venue,
        symbol: row.symbol,
        baseAsset: row.baseAsset,
        quoteAsset: row.quoteAsset,
        status: row.status,
        tickSize: row.tickSize,
        stepSize: row.stepSize,
        minQty: row.minQty,
        minNotional: row.minNotional,
        orderTypes: JSON.parse(row.orderTypes) as string[],
      }));
  }
}

function toRow(venue: string, filters: SymbolFilters, rawFilters: unknown[], now: number): typeof tradingPairs.$inferInsert {
  return {
    exchange: venue,
    symbol: filters.symbol,
    baseAsset: filters.baseAsset,
    quoteAsset: filters.quoteAsset,
    status: filters.status,
    baseAssetPrecision: filters.baseAssetPrecision,
    quoteAssetPrecision: filters.quoteAssetPrecision,
    isSpotTradingAllowed: filters.isSpotTradingAllowed,
    isQuoteOrderQtyMarketAllowed: filters.quoteOrderQtyMarketAllowed,
    orderTypes: JSON.stringify(filters.orderTypes),
    tickSize: filters.tickSize,
    minPrice: filters.minPrice,
    maxPrice: filters.maxPrice,
    stepSize: filters.stepSize,
    minQty: filters.minQty,
    maxQty: filters.maxQty,
    marketStepSize: filters.marketStepSize,
    marketMinQty: filters.marketMinQty,
    marketMaxQty: filters.marketMaxQty,
    minNotional: filters.minNotional,
    maxNotional: filters.maxNotional,
    isMinNotionalAppliedToMarket: filters.applyMinToMarket,
    maxNumOrders: filters.maxNumOrders,
    filters: JSON.stringify(rawFilters),
    updatedAt: now,
  };
}

/** The stored row as the exchangeInfo symbol it came from, for the shared parser. */
function toExchangeInfoSymbol(row: PairRow): unknown {
  return {
    symbol: row.symbol,
    status: row.status,
    baseAsset: row.baseAsset,
    quoteAsset: row.quoteAsset,
    baseAssetPrecision: row.baseAssetPrecision,
    quoteAssetPrecision: row.quoteAssetPrecision,
    isSpotTradingAllowed: row.isSpotTradingAllowed,
    quoteOrderQtyMarketAllowed: row.isQuoteOrderQtyMarketAllowed,
    orderTypes: JSON.parse(row.orderTypes) as unknown,
    filters: JSON.parse(row.filters) as unknown,
  };
}
