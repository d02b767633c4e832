import { describe, expect, it } from 'vitest';
import { BTCUSDT_INFO, DOGEBTC_INFO } from './exchange-info.fixture';
import { filtersFromExchangeInfo, SymbolFiltersError, type SymbolFilters } from './symbol-filters';

type Filter = Record<string, unknown> & { filterType: string };

/** BTCUSDT's exchangeInfo with one filter replaced (or removed, with `null`). */
function btcWith(filterType: string, replacement: Filter | null): unknown {
  const filters = BTCUSDT_INFO.filters.filter((f) => f.filterType !== filterType) as Filter[];
  return { ...BTCUSDT_INFO, filters: replacement === null ? filters : [...filters, replacement] };
}

describe('filtersFromExchangeInfo', () => {
  it('reads a realistic BTCUSDT symbol', () => {
    expect(filtersFromExchangeInfo(BTCUSDT_INFO)).toEqual({
      symbol: 'BTCUSDT',
      status: 'TRADING',
      baseAsset: 'BTC',
      quoteAsset: 'USDT',
      baseAssetPrecision: 8,
      quoteAssetPrecision: 8,
      isSpotTradingAllowed: true,
      orderTypes: ['MARKET', 'LIMIT', 'LIMIT_MAKER', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
      quoteOrderQtyMarketAllowed: true,
      tickSize: '0.01',
      minPrice: '0.01',
      maxPrice: '1000000',
      stepSize: '0.00001',
      minQty: '0.00001',
      maxQty: '9000',
      // "0.00000000" min and step on MARKET_LOT_SIZE: disabled, LOT_SIZE governs.
      marketStepSize: null,
      marketMinQty: null,
      marketMaxQty: '107.64763607',
      minNotional: '5',
      applyMinToMarket: true,
      maxNotional: '9000000',
      applyMaxToMarket: false,
      notionalAvgPriceMins: 5,
      maxNumOrders: 200,
    } satisfies SymbolFilters);
  });

  it('reads a legacy MIN_NOTIONAL symbol with a small tick and whole-unit steps', () => {
    const doge = filtersFromExchangeInfo(DOGEBTC_INFO);
    expect(doge).toMatchObject({
      symbol: 'DOGEBTC',
      tickSize: '0.00000001',
      minPrice: '0.00000001',
      maxPrice: '1000',
      stepSize: '1',
      minQty: '1',
      maxQty: '90000000',
      minNotional: '0.0001',
      applyMinToMarket: true,
      maxNotional: null,
      applyMaxToMarket: false,
      notionalAvgPriceMins: 5,
      quoteOrderQtyMarketAllowed: false,
    });
  });

  it('prefers NOTIONAL when an emulator also serves the legacy MIN_NOTIONAL', () => {
    const both = btcWith('MIN_NOTIONAL', { filterType: 'MIN_NOTIONAL', minNotional: '1.00000000', applyToMarket: false, avgPriceMins: 1 });
    expect(filtersFromExchangeInfo(both)).toMatchObject({ minNotional: '5', applyMinToMarket: true, notionalAvgPriceMins: 5 });
  });

  it('treats "0.00000000" as "no limit", as Binance defines it', () => {
    const open = {
      ...BTCUSDT_INFO,
      filters: [
        { filterType: 'PRICE_FILTER', minPrice: '0.00000000', maxPrice: '0.00000000', tickSize: '0.00000000' },
        { filterType: 'LOT_SIZE', minQty: '0.00000000', maxQty: '0.00000000', stepSize: '0.00000000' },
        { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '0.00000000', stepSize: '0.00000000' },
        { filterType: 'NOTIONAL', minNotional: '0.00000000', applyMinToMarket: true, maxNotional: '0.00000000', applyMaxToMarket: true, avgPriceMins: 0 },
        { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 0 },
      ],
    };
    expect(filtersFromExchangeInfo(open)).toMatchObject({
      tickSize: null, minPrice: null, maxPrice: null,
      stepSize: null, minQty: null, maxQty: null,
      marketStepSize: null, marketMinQty: null, marketMaxQty: null,
      minNotional: null, maxNotional: null, notionalAvgPriceMins: 0,
      maxNumOrders: null,
    });
  });

  it('answers null for filters the symbol does not publish', () => {
    const bare = { ...BTCUSDT_INFO, filters: [] };
    expect(filtersFromExchangeInfo(bare)).toMatchObject({
      tickSize: null, stepSize: null, marketMaxQty: null, minNotional: null,
      applyMinToMarket: false, applyMaxToMarket: false, notionalAvgPriceMins: null, maxNumOrders: null,
    });
  });

  it('keeps only the order types the app knows', () => {
    const info = { ...BTCUSDT_INFO, orderTypes: ['LIMIT', 'MARKET', 'SOME_FUTURE_TYPE'] };
    expect(filtersFromExchangeInfo(info).orderTypes).toEqual(['MARKET', 'LIMIT']);
  });

  it.each([
    ['a malformed price', btcWith('PRICE_FILTER', { filterType: 'PRICE_FILTER', minPrice: 'abc', maxPrice: '1', tickSize: '0.01' }), /BTCUSDT, PRICE_FILTER[\s\S]*minPrice/],
    ['a number where Binance sends a string', btcWith('LOT_SIZE', { filterType: 'LOT_SIZE', minQty: 0.001, maxQty: '1', stepSize: '0.001' }), /LOT_SIZE[\s\S]*minQty/],
    ['exponent notation', btcWith('LOT_SIZE', { filterType: 'LOT_SIZE', minQty: '1e-5', maxQty: '1', stepSize: '0.001' }), /minQty/],
    ['a negative step', btcWith('LOT_SIZE', { filterType: 'LOT_SIZE', minQty: '0', maxQty: '1', stepSize: '-0.001' }), /stepSize/],
    ['a missing field', btcWith('NOTIONAL', { filterType: 'NOTIONAL', minNotional: '5', applyMinToMarket: true, avgPriceMins: 5 }), /maxNotional/],
    ['a duplicated filter', { ...BTCUSDT_INFO, filters: [...BTCUSDT_INFO.filters, BTCUSDT_INFO.filters[0]] }, /PRICE_FILTER appears more than once/],
    ['an unknown status', { ...BTCUSDT_INFO, status: 'OPEN' }, /exchangeInfo for BTCUSDT[\s\S]*status/],
    ['no filters array', { ...BTCUSDT_INFO, filters: undefined }, /filters/],
    ['a missing precision', { ...BTCUSDT_INFO, quoteAssetPrecision: undefined }, /quoteAssetPrecision/],
    ['not an object', 'BTCUSDT', /exchangeInfo for a symbol/],
  ])('rejects %s with an error naming the field', (_what, json, message) => {
    expect(() => filtersFromExchangeInfo(json)).toThrow(SymbolFiltersError);
    expect(() => filtersFromExchangeInfo(json)).toThrow(message);
  });
});
