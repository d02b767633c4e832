import { type Account } from '../../shared/schemas/accounts';
import { type Balances, type PnlBucket, type PnlPeriod, type Position, type Ticker } from '../../shared/schemas/portfolio';
import { normalizeDecimalString, tryParseDecimal, Decimal } from '../../shared/exchange/decimal';
import { venueOf } from '../../shared/market/venue';
import { buildLedger, type AccountingFill, type FeeRate, type SymbolAssets } from '../../shared/portfolio/average-cost';
import { toPosition } from '../../shared/portfolio/position-view';
import { bucketRealized } from '../../shared/portfolio/pnl-buckets';
import { type AccountService } from '../accounts/account-service';
import { AppError } from '../api/app-error';
import { describeExchangeError } from '../exchange/exchange-error';
import { type ExchangeService } from '../exchange/exchange-service';
import { type ExchangeGateway } from '../exchange/gateway';
import { type MarketCatalog } from '../markets/market-catalog';
import { type StoreDb } from '../store/open-store';
import { accountFills } from './history-queries';

export interface PortfolioServiceDeps {
  readonly db: StoreDb;
  readonly accounts: AccountService;
  readonly exchange: ExchangeService;
  readonly markets: MarketCatalog;
  readonly now?: () => number;
}

/** Quote assets tried, longest first, for a symbol the catalog does not know (delisted). */
const COMMON_QUOTES = ['FDUSD', 'USDT', 'USDC', 'TUSD', 'BUSD', 'DAI', 'BTC', 'ETH', 'BNB', 'EUR', 'TRY', 'BRL', 'JPY', 'GBP'];

/**
 * Balances and the ticker from the exchange; positions and realized P&L from the fills in the
 * journal by average cost (src/shared/portfolio), valued at the exchange's current last prices.
 *
 * A fee paid in a third asset (BNB on a BTCUSDT fill) is valued at the CURRENT last price of
 * `<asset><quote>` (BNBUSDT) when the venue lists that market, not at the price when the fill
 * happened: the journal keeps no price history of fee assets. With no such market, or no price,
 * the fee is reported as unvalued instead.
 */
export class PortfolioService {
  readonly #deps: PortfolioServiceDeps;
  readonly #now: () => number;

  constructor(deps: PortfolioServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  async balances(accountId: number): Promise<Balances> {
    const gateway = await this.#gateway(accountId);
    const account = await exchangeCall(() => gateway.fetchAccount());
    return {
      accountId,
      balances: account.balances.map((balance) => ({ asset: balance.asset, free: normalizeDecimalString(balance.free), locked: normalizeDecimalString(balance.locked) })),
      makerRate: normalizeDecimalString(account.makerRate),
      takerRate: normalizeDecimalString(account.takerRate),
      fetchedAt: this.#now(),
    };
  }

  async ticker(accountId: number, symbol: string): Promise<Ticker> {
    const gateway = await this.#gateway(accountId);
    const [book, last] = await exchangeCall(() => Promise.all([gateway.bookTicker(symbol), gateway.lastPrice(symbol)]));
    return { symbol, bid: normalizeDecimalString(book.bid), ask: normalizeDecimalString(book.ask), last: normalizeDecimalString(last), time: book.time };
  }

  async positions(accountId: number, isOpenOnly: boolean): Promise<{ accountId: number; positions: Position[]; pricedAt: number }> {
    const fills = accountFills(this.#deps.db, accountId);
    const { assetsOf, rate, prices } = await this.#pricing(accountId, fills, true);
    const { positions } = buildLedger(fills, assetsOf, rate);
    const shown = [...positions.values()]
      .filter((state) => !isOpenOnly || state.quantity.gt(0))
      .map((state) => toPosition(state, prices.get(state.symbol) ?? null))
      .sort((a, b) => (b.lastFillAt ?? 0) - (a.lastFillAt ?? 0) || (a.symbol < b.symbol ? -1 : 1));
    return { accountId, positions: shown, pricedAt: this.#now() };
  }

  async pnl(accountId: number, period: PnlPeriod, limit: number): Promise<PnlBucket[]> {
    const fills = accountFills(this.#deps.db, accountId);
    const { assetsOf, rate } = await this.#pricing(accountId, fills, false);
    return bucketRealized(buildLedger(fills, assetsOf, rate).events, period, limit);
  }

  /**
   * Realized P&L of the account in one quote asset from `since` on, for the risk gate's daily
   * loss limit. No prices are fetched: a fee in a third asset is left out (unvalued).
   */
  realizedSince(accountId: number, quoteAsset: string, since: number): Decimal {
    const venue = venueOf(this.#account(accountId));
    const assetsOf = (symbol: string): SymbolAssets => {
      const filters = this.#deps.markets.filters(venue, symbol);
      return filters === null ? guessAssets(symbol) : { baseAsset: filters.baseAsset, quoteAsset: filters.quoteAsset };
    };
    const { events } = buildLedger(accountFills(this.#deps.db, accountId), assetsOf, () => null);
    return events.filter((event) => event.time >= since && event.quoteAsset === quoteAsset).reduce((sum, event) => sum.plus(event.realized), new Decimal(0));
  }

  /**
   * The assets of every traded symbol, and last prices: of the traded symbols themselves (when
   * `withSymbols`) and of each `<fee asset><quote>` market a third-asset fee needs. Prices are
   * best effort: a paper account, a connection that fails or a symbol without a price gives none.
   */
  async #pricing(accountId: number, fills: readonly AccountingFill[], withSymbols: boolean) {
    const account = this.#account(accountId);
    const venue = venueOf(account);
    // Connecting loads the venue's markets into the catalog, which names the assets of each symbol.
    const gateway = fills.length === 0 ? null : await this.#tryGateway(account);
    const assets = new Map<string, SymbolAssets>();
    const assetsOf = (symbol: string): SymbolAssets => {
      let known = assets.get(symbol);
      if (known === undefined) {
        const filters = this.#deps.markets.filters(venue, symbol);
        known = filters === null ? guessAssets(symbol) : { baseAsset: filters.baseAsset, quoteAsset: filters.quoteAsset };
        assets.set(symbol, known);
      }
      return known;
    };
    const wanted = new Set<string>();
    for (const fill of fills) {
      const { baseAsset, quoteAsset } = assetsOf(fill.symbol);
      if (withSymbols) wanted.add(fill.symbol);
      const feeAsset = fill.commissionAsset;
      if (feeAsset !== null && feeAsset !== baseAsset && feeAsset !== quoteAsset && this.#deps.markets.filters(venue, feeAsset + quoteAsset) !== null) {
        wanted.add(feeAsset + quoteAsset);
      }
    }
    const prices = gateway === null ? new Map<string, Decimal>() : await lastPrices(gateway, [...wanted]);
    const rate: FeeRate = (asset, quoteAsset) => prices.get(asset + quoteAsset) ?? null;
    return { assetsOf, rate, prices };
  }

  async #tryGateway(account: Account): Promise<ExchangeGateway | null> {
    if (account.environment === 'paper') return null;
    try {
      return (await this.#deps.exchange.connect(account.id)).gateway;
    } catch {
      return null;
    }
  }

  #account(accountId: number): Account {
    const account = this.#deps.accounts.list().find((candidate) => candidate.id === accountId);
    if (account === undefined) throw new AppError('NOT_FOUND', `There is no account ${accountId}`);
    return account;
  }

  async #gateway(accountId: number): Promise<ExchangeGateway> {
    this.#account(accountId);
    return (await this.#deps.exchange.connect(accountId)).gateway;
  }
}

async function exchangeCall<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error: unknown) {
    if (error instanceof AppError) throw error;
    throw new AppError('EXCHANGE', (await describeExchangeError(error)).message);
  }
}

async function lastPrices(gateway: ExchangeGateway, symbols: readonly string[]): Promise<Map<string, Decimal>> {
  const prices = new Map<string, Decimal>();
  await Promise.all(
    symbols.map(async (symbol) => {
      try {
        const parsed = tryParseDecimal(await gateway.lastPrice(symbol));
        if (parsed.ok && parsed.value.gt(0)) prices.set(symbol, parsed.value);
      } catch {
        // No price for this one: its position shows no market value.
      }
    }),
  );
  return prices;
}

function guessAssets(symbol: string): SymbolAssets {
  const quote = COMMON_QUOTES.find((candidate) => symbol.endsWith(candidate) && symbol.length > candidate.length);
  return quote === undefined ? { baseAsset: symbol, quoteAsset: '?' } : { baseAsset: symbol.slice(0, -quote.length), quoteAsset: quote };
}
