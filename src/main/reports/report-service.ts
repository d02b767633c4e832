import { venueOf } from '../../shared/market/venue';
import { type SymbolAssets } from '../../shared/portfolio/average-cost';
import { type Account } from '../../shared/schemas/accounts';
import { type DailyReport, type DailyReports, type PerformanceRow, type Snapshots } from '../../shared/schemas/reports';
import { type AccountService } from '../accounts/account-service';
import { AppError } from '../api/app-error';
import { type EventBus } from '../core/event-bus';
import { type ExchangeService } from '../exchange/exchange-service';
import { type Logger } from '../log/logger';
import { type MarketCatalog } from '../markets/market-catalog';
import { type PortfolioService } from '../portfolio/portfolio-service';
import { type StoreDb } from '../store/open-store';
import { dayReports } from './day-reports';
import { readPerformance, type PerformanceFilter } from './performance-repo';
import { generateFinishedDays, type GenerationResult } from './report-generator';
import { dayReport, equityCurve, monthReports } from './report-reads';
import { createReportScheduler, type ReportScheduler, type ReportSchedulerOptions } from './report-scheduler';
import { takeSnapshot, type SnapshotSource } from './snapshot-taker';
import { REPORT_QUOTE_ASSET } from './snapshot-value';
import { DAY_MS, dayStartOf } from './utc-days';

export interface ReportServiceDeps {
  readonly db: StoreDb;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly accounts: AccountService;
  readonly exchange: ExchangeService;
  readonly markets: MarketCatalog;
  readonly portfolio: PortfolioService;
  readonly now?: () => number;
}

/** A symbol the venue's catalog does not know (delisted, never loaded): split off the report asset, else unknown. */
function guessedAssets(symbol: string): SymbolAssets {
  return symbol.endsWith(REPORT_QUOTE_ASSET) && symbol.length > REPORT_QUOTE_ASSET.length
    ? { baseAsset: symbol.slice(0, -REPORT_QUOTE_ASSET.length), quoteAsset: REPORT_QUOTE_ASSET }
    : { baseAsset: symbol, quoteAsset: '?' };
}

/** Daily reports, portfolio snapshots and strategy performance: what the contract's `reports.*` methods answer. */
export class ReportService {
  readonly #deps: ReportServiceDeps;
  readonly #now: () => number;
  readonly #snapshots: SnapshotSource;

  constructor(deps: ReportServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    const { portfolio, markets, exchange } = deps;
    this.#snapshots = {
      balances: async (accountId) => (await portfolio.balances(accountId)).balances,
      hasMarket: (accountId, symbol) => markets.filters(venueOf(this.#account(accountId)), symbol) !== null,
      lastPrice: async (accountId, symbol) => (await exchange.connect(accountId)).gateway.lastPrice(symbol),
    };
  }

  monthReports(accountId: number, month: string): DailyReports {
    this.#account(accountId);
    return monthReports(this.#deps.db, accountId, month);
  }

  dayReport(accountId: number, day: string): DailyReport {
    this.#account(accountId);
    return dayReport(this.#deps.db, accountId, day);
  }

  /**
   * Today so far, computed now and not stored (today is not finished). A connected account gets
   * a fresh snapshot first, so the value is current; otherwise the newest snapshot stands.
   */
  async today(accountId: number): Promise<DailyReport> {
    const account = this.#account(accountId);
    const now = this.#now();
    if (this.#connectedAccountIds().includes(accountId)) {
      await takeSnapshot(this.#deps.db, this.#snapshots, accountId, now).catch((error: unknown) => {
        this.#deps.logger.child('reports').warn(`Could not take a portfolio snapshot of account ${accountId}`, { error: error instanceof Error ? error.message : String(error) });
      });
    }
    const from = dayStartOf(now);
    const [report] = dayReports(this.#deps.db, { accountId, from, to: from + DAY_MS, assetsOf: this.#assetsOf(account), isActiveOnly: false, isPartial: true, now });
    if (report === undefined) throw new Error('A day with no report');
    return report;
  }

  equityCurve(input: { accountId: number; from?: number | undefined; to?: number | undefined; maxPoints: number }): Snapshots {
    this.#account(input.accountId);
    return equityCurve(this.#deps.db, input, this.#now());
  }

  performance(filter: PerformanceFilter): { rows: PerformanceRow[] } {
    return { rows: readPerformance(this.#deps.db, filter) };
  }

  generateFinishedDays(now: number = this.#now()): GenerationResult {
    return generateFinishedDays(
      {
        db: this.#deps.db,
        bus: this.#deps.bus,
        accountIds: () => this.#deps.accounts.list().map((account) => account.id),
        assetsOf: (accountId) => this.#assetsOf(this.#account(accountId)),
      },
      now,
    );
  }

  /** Snapshots and daily reports on the clock, for the shell that holds the data folder. */
  startScheduler(options: Pick<ReportSchedulerOptions, 'snapshotEveryMs' | 'reportDelayMs' | 'firstReportDelayMs'> = {}): ReportScheduler {
    const scheduler = createReportScheduler({
      ...options,
      bus: this.#deps.bus,
      logger: this.#deps.logger,
      now: this.#now,
      connectedAccountIds: () => this.#connectedAccountIds(),
      snapshot: (accountId, ts) => takeSnapshot(this.#deps.db, this.#snapshots, accountId, ts),
      generate: (now) => this.generateFinishedDays(now),
    });
    scheduler.start();
    return scheduler;
  }

  #connectedAccountIds(): number[] {
    return this.#deps.exchange
      .statuses()
      .filter((status) => status.state === 'connected')
      .map((status) => status.accountId);
  }

  #assetsOf(account: Account): (symbol: string) => SymbolAssets {
    const venue = venueOf(account);
    return (symbol) => {
      const filters = this.#deps.markets.filters(venue, symbol);
      return filters === null ? guessedAssets(symbol) : { baseAsset: filters.baseAsset, quoteAsset: filters.quoteAsset };
    };
  }

  #account(accountId: number): Account {
    const account = this.#deps.accounts.list().find((candidate) => candidate.id === accountId);
    if (account === undefined) throw new AppError('NOT_FOUND', `There is no account ${accountId}`);
    return account;
  }
}
