import { type PnlPeriod } from '../../../shared/schemas/portfolio';
import { type ChartSeries } from './chart-series';
import { type FillHistoryFilter, type OrderHistoryFilter } from './history-filter';
import { type LogFilter } from './log-filter';
import { type OrderFilter } from './order-cache';

export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  authState: ['auth', 'state'] as const,
  vaultStatus: ['vault', 'status'] as const,
  settings: ['settings'] as const,
  accounts: ['accounts', 'list'] as const,
  sessions: ['sessions', 'list'] as const,
  backups: ['backup', 'list'] as const,
  auditList: ['audit', 'list'] as const,
  /** Prefix of every cached log listing, whatever its filter. */
  logLists: ['log', 'list'] as const,
  logList: (filter: LogFilter) => ['log', 'list', filter] as const,
  exchangeStatus: ['exchange', 'status'] as const,
  /** Prefix of every cached order listing, whatever its filter. */
  orderLists: ['orders', 'list'] as const,
  orderList: (filter: OrderFilter) => ['orders', 'list', filter] as const,
  fills: (clientOrderId: string) => ['fills', clientOrderId] as const,
  /** Prefix of every paged order history, whatever its filter. */
  orderHistories: ['history', 'orders'] as const,
  orderHistory: (filter: OrderHistoryFilter) => ['history', 'orders', filter] as const,
  /** Prefix of every paged fill history, whatever its filter. */
  fillHistories: ['history', 'fills'] as const,
  fillHistory: (filter: FillHistoryFilter) => ['history', 'fills', filter] as const,
  /** Prefix of everything computed from an account's fills and balances (positions, balances, P&L). */
  portfolio: ['portfolio'] as const,
  positions: (accountId: number, isOpenOnly: boolean) => ['portfolio', 'positions', accountId, isOpenOnly] as const,
  balances: (accountId: number) => ['portfolio', 'balances', accountId] as const,
  pnl: (accountId: number, period: PnlPeriod) => ['portfolio', 'pnl', accountId, period] as const,
  /** Every stored series with its ranges and gaps (the data panel). */
  candleCoverage: ['candles', 'coverage'] as const,
  candleDownloads: ['candles', 'downloads'] as const,
  /** Prefix of every candle window the chart holds, whatever its series. */
  chartCandleWindows: ['chart', 'candles'] as const,
  chartCandles: (series: ChartSeries) => ['chart', 'candles', series.venue, series.symbol, series.interval] as const,
  chartMarkets: (accountId: number, search: string) => ['chart', 'markets', accountId, search] as const,
  /** Prefix of the chart's fills of one account and symbol, whatever `since` they start at. */
  chartFillsOf: (accountId: number, symbol: string) => ['chart', 'fills', accountId, symbol] as const,
  chartFills: (accountId: number, symbol: string, since: number | null) => ['chart', 'fills', accountId, symbol, since] as const,
  chartOpenOrders: (accountId: number, symbol: string) => ['chart', 'orders', accountId, symbol] as const,
  /** Prefix of every live feed's state the chart was told about. */
  chartFeeds: ['chart', 'feed'] as const,
  chartFeed: (accountId: number, symbol: string, interval: string) => ['chart', 'feed', accountId, symbol, interval] as const,
  strategies: ['strategies', 'list'] as const,
  backtestList: ['backtests', 'list'] as const,
  /** Progress of the runs this page heard about, by id (filled by events only). */
  backtestProgress: ['backtests', 'progress'] as const,
  /** Prefix of every cached run detail. */
  backtestDetails: ['backtests', 'detail'] as const,
  backtestDetail: (id: number) => ['backtests', 'detail', id] as const,
  /** Progress of the sweeps this page heard about, by id (filled by events only). */
  sweepProgress: ['sweeps', 'progress'] as const,
  sweepDetail: (id: number) => ['sweeps', 'detail', id] as const,
  backtestCandles: (venue: string, symbol: string, interval: string, before: number, limit: number) => ['backtests', 'candles', venue, symbol, interval, before, limit] as const,
};

/** What a browser may still hold before signing in: everything else is dropped on sign-out. */
export const PUBLIC_QUERY_ROOTS: readonly string[] = ['app', 'auth', 'vault'];
