import { z } from 'zod';
import { event, method } from './rpc/define';
import { AppInfoSchema, AppStatusSchema } from './schemas/app';
import {
  AccountCreateInputSchema,
  AccountIdInputSchema,
  AccountSchema,
  AccountUpdateInputSchema,
  KeyCheckSchema,
} from './schemas/accounts';
import { AuditEntrySchema, AuditListInputSchema, AuditListOutputSchema } from './schemas/audit';
import { BackupInfoSchema, BackupListOutputSchema, BackupRestoreInputSchema, BackupRestoreOutputSchema } from './schemas/backup';
import {
  CandleDeriveInputSchema,
  CandleDeriveResultSchema,
  CandleDownloadInputSchema,
  CandleImportInputSchema,
  CandleImportResultSchema,
  CandleWindowInputSchema,
  CandleWindowSchema,
  ChartFillSchema,
  ChartFillsInputSchema,
  CoverageInputSchema,
  CoverageSchema,
  DownloadRefInputSchema,
  DownloadSchema,
} from './schemas/candles';
import {
  BacktestDetailSchema,
  BacktestListInputSchema,
  BacktestProgressSchema,
  BacktestRefInputSchema,
  BacktestRunInputSchema,
  BacktestSummarySchema,
  StrategyInfoSchema,
  SweepProgressSchema,
  SweepResultSchema,
  SweepRunInputSchema,
} from './schemas/backtests';
import { NoInput } from './schemas/common';
import {
  AccountRefInputSchema,
  CandleWatchInputSchema,
  ExchangeStatusSchema,
  FeedStatusSchema,
  LiveCandleSchema,
  MarketFiltersInputSchema,
  MarketListInputSchema,
  MarketSchema,
  SymbolFiltersSchema,
} from './schemas/exchange';
import {
  DecisionListInputSchema,
  DecisionSchema,
  DeploymentCreateInputSchema,
  DeploymentListInputSchema,
  DeploymentRefInputSchema,
  DeploymentSchema,
  DeploymentTradeSchema,
  DeploymentUpdateInputSchema,
  DeploymentVersionSchema,
  TradingSessionSchema,
} from './schemas/deployments';
import { DivergenceInputSchema, DivergenceSchema } from './schemas/divergence';
import { ExportInputSchema, ExportOutputSchema } from './schemas/export';
import {
  FillHistoryInputSchema,
  FillHistorySchema,
  FillListInputSchema,
  FillSchema,
  OrderCancelAllInputSchema,
  OrderHistoryInputSchema,
  OrderHistorySchema,
  OrderListInputSchema,
  OrderListOutputSchema,
  OrderPlaceInputSchema,
  OrderRefInputSchema,
  OrderReplaceInputSchema,
  OrderReplaceOutputSchema,
  OrderSchema,
  ReconcileReportSchema,
} from './schemas/orders';
import { BalancesSchema, PnlInputSchema, PnlSchema, PositionsInputSchema, PositionsSchema, TickerInputSchema, TickerSchema } from './schemas/portfolio';
import {
  DailyReadySchema,
  DailyReportInputSchema,
  DailyReportSchema,
  DailyReportsInputSchema,
  DailyReportsSchema,
  PerformanceInputSchema,
  PerformanceSchema,
  ReportGenerateInputSchema,
  SnapshotsInputSchema,
  SnapshotsSchema,
} from './schemas/reports';
import { KillSwitchEngageInputSchema, KillSwitchReportSchema, KillSwitchSchema, RiskLimitsInputSchema, RiskLimitsSchema } from './schemas/risk';
import { LogEntrySchema, LogListInputSchema, LogListOutputSchema } from './schemas/log';
import { NotificationListInputSchema, NotificationListOutputSchema, NotificationReadInputSchema, NotificationSchema } from './schemas/notifications';
import { AuthStateSchema, SessionListOutputSchema, SessionRevokeInputSchema } from './schemas/sessions';
import { SettingsPatchSchema, SettingsSchema } from './schemas/settings';
import {
  VaultChangePassphraseInputSchema,
  VaultSetupInputSchema,
  VaultStatusSchema,
  VaultUnlockInputSchema,
} from './schemas/vault';

/**
 * The one declaration of everything the renderer (or any client) can ask of the core, and
 * everything the core pushes. Handlers, the preload bridge, the WebSocket client and the
 * react-query hooks are all typed from this object. Output schemas are the only shape that
 * leaves the core: fields they do not name are stripped, so no secret can ride along.
 */
export const contract = {
  methods: {
    'app.info': method({
      description: 'Version, shell, data folder, schema version and current status.',
      input: NoInput,
      output: AppInfoSchema,
    }),
    'settings.get': method({
      description: 'All user settings, defaults filled in.',
      input: NoInput,
      output: SettingsSchema,
    }),
    'settings.set': method({
      description: 'Change one or more settings; returns all settings after the change.',
      input: SettingsPatchSchema,
      output: SettingsSchema,
    }),
    'log.list': method({
      description: 'System log, newest first, paged, filtered by level and module.',
      input: LogListInputSchema,
      output: LogListOutputSchema,
    }),
    'vault.status': method({
      description: 'Whether the vault exists, is locked or unlocked, and whether the OS keychain can hold it.',
      input: NoInput,
      output: VaultStatusSchema,
    }),
    'vault.setup': method({
      description: 'Create the vault, protected by the OS keychain or by a passphrase; it is unlocked afterwards.',
      input: VaultSetupInputSchema,
      output: VaultStatusSchema,
    }),
    'vault.unlock': method({
      description: 'Unlock the vault with its passphrase (slowed down after repeated failures).',
      input: VaultUnlockInputSchema,
      output: VaultStatusSchema,
    }),
    'vault.lock': method({
      description: 'Forget the decrypted data key; web sessions end.',
      input: NoInput,
      output: VaultStatusSchema,
    }),
    'vault.changePassphrase': method({
      description: 'Re-protect the vault with a new passphrase; stored secrets stay as they are.',
      input: VaultChangePassphraseInputSchema,
      output: VaultStatusSchema,
    }),
    'accounts.list': method({
      description: 'Every exchange connection, with masked key ids only.',
      input: NoInput,
      output: z.object({ accounts: z.array(AccountSchema) }),
    }),
    'accounts.create': method({
      description: 'Add an exchange connection; its API key and secret go straight into the vault.',
      input: AccountCreateInputSchema,
      output: AccountSchema,
    }),
    'accounts.update': method({
      description: 'Rename an account, change its base URL, or replace its key and secret.',
      input: AccountUpdateInputSchema,
      output: AccountSchema,
    }),
    'accounts.remove': method({
      description: 'Remove an account that has no order history.',
      input: AccountIdInputSchema,
      output: z.object({ removed: z.literal(true) }),
    }),
    'accounts.test': method({
      description: 'Call the exchange with the key and report what it may do, warning loudly if it can withdraw.',
      input: AccountIdInputSchema,
      output: KeyCheckSchema,
    }),
    'auth.state': method({
      description: 'Whether this caller must sign in (the web shell) and whether it has; callable before signing in.',
      input: NoInput,
      output: AuthStateSchema,
    }),
    'sessions.list': method({
      description: 'Browser sessions of the web shell, newest first.',
      input: NoInput,
      output: SessionListOutputSchema,
    }),
    'sessions.revoke': method({
      description: 'End a web-shell session now; its browser must sign in again.',
      input: SessionRevokeInputSchema,
      output: z.object({ revoked: z.literal(true) }),
    }),
    'audit.list': method({
      description: 'Every state-changing user action, newest first (append-only).',
      input: AuditListInputSchema,
      output: AuditListOutputSchema,
    }),
    'backup.list': method({
      description: 'Backups of the database in the data folder, newest first, and the retention rule.',
      input: NoInput,
      output: BackupListOutputSchema,
    }),
    'backup.create': method({
      description: 'Take an online backup of the database now.',
      input: NoInput,
      output: BackupInfoSchema,
    }),
    'backup.restore': method({
      description: 'Check a backup, then swap it in; the current database is kept aside and the vault locks.',
      input: BackupRestoreInputSchema,
      output: BackupRestoreOutputSchema,
    }),
    'exchange.connect': method({
      description: 'Open (or reuse) the account\'s exchange connection: clock sync, markets, account stream, reconciliation.',
      input: AccountRefInputSchema,
      output: ExchangeStatusSchema,
    }),
    'exchange.disconnect': method({
      description: 'Close the account\'s exchange connection.',
      input: AccountRefInputSchema,
      output: z.object({ disconnected: z.literal(true) }),
    }),
    'exchange.status': method({
      description: 'Every open exchange connection: state, stream, used weight, bans, clock offset.',
      input: NoInput,
      output: z.object({ connections: z.array(ExchangeStatusSchema) }),
    }),
    'markets.list': method({
      description: 'Trading pairs of the account\'s exchange, with their filters, loaded from exchangeInfo.',
      input: MarketListInputSchema,
      output: z.object({ markets: z.array(MarketSchema) }),
    }),
    'markets.filters': method({
      description: 'One trading pair\'s full exchange filters (tick, step, quantity and notional limits), for checking an order while it is typed.',
      input: MarketFiltersInputSchema,
      output: SymbolFiltersSchema,
    }),
    'market.watch': method({
      description: 'Stream live candles of a symbol (kline stream, REST polling while it is down).',
      input: CandleWatchInputSchema,
      output: FeedStatusSchema,
    }),
    'market.unwatch': method({
      description: 'Let go of a live candle feed; it stops when the last window watching it lets go.',
      input: CandleWatchInputSchema,
      output: z.object({ stopped: z.boolean() }),
    }),
    'candles.window': method({
      description: 'Stored candles of a series, newest first window, paged back with `before` (built from 1-minute bars when the interval is not stored).',
      input: CandleWindowInputSchema,
      output: CandleWindowSchema,
    }),
    'candles.coverage': method({
      description: 'Which ranges of each stored series are present and where the gaps are.',
      input: CoverageInputSchema,
      output: CoverageSchema,
    }),
    'candles.import': method({
      description: 'Import a Binance kline CSV file (plain or gzip, 6 or 12 columns) on this machine: all rows or none.',
      input: CandleImportInputSchema,
      output: CandleImportResultSchema,
    }),
    'candles.download': method({
      description: 'Download the bars a range lacks through fetchOHLCV, page by page, in the background.',
      input: CandleDownloadInputSchema,
      output: DownloadSchema,
    }),
    'candles.downloads': method({
      description: 'Recent downloads, running first.',
      input: NoInput,
      output: z.object({ downloads: z.array(DownloadSchema) }),
    }),
    'candles.cancelDownload': method({
      description: 'Stop a running download; what it stored stays.',
      input: DownloadRefInputSchema,
      output: DownloadSchema,
    }),
    'candles.resumeDownload': method({
      description: 'Continue a stopped download where it stopped.',
      input: DownloadRefInputSchema,
      output: DownloadSchema,
    }),
    'candles.derive': method({
      description: 'Build bars of a higher timeframe from stored 1-minute bars; only complete bars are written.',
      input: CandleDeriveInputSchema,
      output: CandleDeriveResultSchema,
    }),
    'strategies.list': method({
      description: 'The strategies the workstation can run, with a JSON Schema of each one\'s parameters.',
      input: NoInput,
      output: z.object({ strategies: z.array(StrategyInfoSchema) }),
    }),
    'backtests.run': method({
      description: 'Start a backtest over stored candles; progress comes as backtests.progress events, and the run is stored.',
      input: BacktestRunInputSchema,
      output: BacktestSummarySchema,
    }),
    'backtests.cancel': method({
      description: 'Stop a running backtest; it is kept, marked canceled.',
      input: BacktestRefInputSchema,
      output: BacktestSummarySchema,
    }),
    'sweeps.run': method({
      description: 'Start a parameter sweep (optionally walk-forward) across worker threads; progress comes as sweeps.progress events.',
      input: SweepRunInputSchema,
      output: SweepProgressSchema,
    }),
    'sweeps.cancel': method({
      description: 'Stop a running sweep; the sets already run are kept in its results.',
      input: BacktestRefInputSchema,
      output: SweepProgressSchema,
    }),
    'sweeps.get': method({
      description: 'A sweep of this session: its progress and, once it ends, every set ranked (or the walk-forward folds).',
      input: BacktestRefInputSchema,
      output: SweepResultSchema,
    }),
    'backtests.list': method({
      description: 'Stored backtest runs, newest first, with their metrics and fingerprints.',
      input: BacktestListInputSchema,
      output: z.object({ runs: z.array(BacktestSummarySchema) }),
    }),
    'backtests.get': method({
      description: 'One stored run: its trades and its equity and drawdown curves.',
      input: BacktestRefInputSchema,
      output: BacktestDetailSchema,
    }),
    'orders.place': method({
      description: 'Check an order against the symbol\'s filters, journal it, then send it.',
      input: OrderPlaceInputSchema,
      output: OrderSchema,
    }),
    'orders.cancel': method({
      description: 'Cancel one order.',
      input: OrderRefInputSchema,
      output: OrderSchema,
    }),
    'orders.cancelAll': method({
      description: 'Cancel every open order of the account on one symbol.',
      input: OrderCancelAllInputSchema,
      output: z.object({ orders: z.array(OrderSchema) }),
    }),
    'orders.replace': method({
      description: 'Move a resting order to a new price: cancel it and place the same order again, journaled as one user action.',
      input: OrderReplaceInputSchema,
      output: OrderReplaceOutputSchema,
    }),
    'orders.history': method({
      description: 'The account\'s orders, newest first, filtered; a page by cursor or by offset (any row at once); the first page says how many match.',
      input: OrderHistoryInputSchema,
      output: OrderHistorySchema,
    }),
    'fills.history': method({
      description: 'The account\'s fills with their order\'s side and origin, newest first, filtered; a page by cursor or by offset.',
      input: FillHistoryInputSchema,
      output: FillHistorySchema,
    }),
    'portfolio.balances': method({
      description: 'Free and locked balances of a connected account, with its commission rates.',
      input: AccountRefInputSchema,
      output: BalancesSchema,
    }),
    'portfolio.positions': method({
      description: 'Per symbol traded: quantity, average entry with fees, last price, unrealized and realized P&L, from the fills.',
      input: PositionsInputSchema,
      output: PositionsSchema,
    }),
    'portfolio.pnl': method({
      description: 'Realized P&L of the account by UTC day, ISO week or month, per quote asset.',
      input: PnlInputSchema,
      output: PnlSchema,
    }),
    'market.ticker': method({
      description: 'Best bid, best ask and last price of a symbol, for the order ticket.',
      input: TickerInputSchema,
      output: TickerSchema,
    }),
    'risk.limits': method({
      description: 'The account\'s pre-trade limits (null: no limit).',
      input: AccountRefInputSchema,
      output: RiskLimitsSchema,
    }),
    'risk.setLimits': method({
      description: 'Replace the account\'s pre-trade limits.',
      input: RiskLimitsInputSchema,
      output: RiskLimitsSchema,
    }),
    'risk.killSwitch': method({
      description: 'Whether the kill switch is engaged.',
      input: NoInput,
      output: KillSwitchSchema,
    }),
    'risk.engageKillSwitch': method({
      description: 'Cancel every open order on every account, stop every deployment, and refuse new orders until cleared.',
      input: KillSwitchEngageInputSchema,
      output: KillSwitchReportSchema,
    }),
    'risk.clearKillSwitch': method({
      description: 'Let orders through again.',
      input: NoInput,
      output: KillSwitchSchema,
    }),
    'orders.list': method({
      description: 'Orders from the journal, newest first, paged.',
      input: OrderListInputSchema,
      output: OrderListOutputSchema,
    }),
    'orders.reconcile': method({
      description: 'Look up every order that may still change, adopt orders placed elsewhere, fetch missing fills.',
      input: AccountRefInputSchema,
      output: ReconcileReportSchema,
    }),
    'fills.list': method({
      description: 'The executions of one order, each stored once by its exchange trade id.',
      input: FillListInputSchema,
      output: z.object({ fills: z.array(FillSchema) }),
    }),
    'fills.chart': method({
      description: 'The newest `limit` fills of the account on one symbol since `since`, with their side, oldest first, for chart markers.',
      input: ChartFillsInputSchema,
      output: z.object({ fills: z.array(ChartFillSchema) }),
    }),
    'deployments.list': method({
      description: 'Deployments (of one account, or all), newest first, with their state and limits.',
      input: DeploymentListInputSchema,
      output: z.object({ deployments: z.array(DeploymentSchema) }),
    }),
    'deployments.get': method({
      description: 'One deployment with its state and limits.',
      input: DeploymentRefInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.create': method({
      description: 'Deploy a strategy with parameters on an account, symbol and timeframe, on paper or live; starts it unless told not to.',
      input: DeploymentCreateInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.start': method({
      description: 'Start a stopped or failed deployment: a new trading session begins.',
      input: DeploymentRefInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.pause': method({
      description: 'Stop evaluating bars; the position and the session stay as they are.',
      input: DeploymentRefInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.resume': method({
      description: 'Evaluate bars again after a pause, from the next bar to close.',
      input: DeploymentRefInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.stop': method({
      description: 'Stop the deployment and end its trading session; a position it holds stays (close it by hand).',
      input: DeploymentRefInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.update': method({
      description: 'Edit a paused or stopped deployment: new parameters become a new version; amount and limits are replaced.',
      input: DeploymentUpdateInputSchema,
      output: DeploymentSchema,
    }),
    'deployments.versions': method({
      description: 'Every parameter set the deployment has run with, oldest first.',
      input: DeploymentRefInputSchema,
      output: z.object({ versions: z.array(DeploymentVersionSchema) }),
    }),
    'deployments.decisions': method({
      description: 'The deployment\'s decision journal between two bar times, oldest first (signals only unless asked).',
      input: DecisionListInputSchema,
      output: z.object({ decisions: z.array(DecisionSchema) }),
    }),
    'deployments.sessions': method({
      description: 'The deployment\'s trading sessions, newest first.',
      input: DeploymentRefInputSchema,
      output: z.object({ sessions: z.array(TradingSessionSchema) }),
    }),
    'deployments.trades': method({
      description: 'The deployment\'s closed round trips, oldest first.',
      input: DeploymentRefInputSchema,
      output: z.object({ trades: z.array(DeploymentTradeSchema) }),
    }),
    'deployments.divergence': method({
      description: "A session (the newest unless named) replayed through the backtester over its own candles and lined up with the deployment's real trades: missed and extra entries, price, fee and P&L differences.",
      input: DivergenceInputSchema,
      output: DivergenceSchema,
    }),
    'notifications.list': method({
      description: 'The in-app feed, newest first: fills, gate refusals, deployments that stopped on their own, daily reports.',
      input: NotificationListInputSchema,
      output: NotificationListOutputSchema,
    }),
    'notifications.markRead': method({
      description: 'Marks notifications as read (all of them when no ids are given); answers how many are still unread.',
      input: NotificationReadInputSchema,
      output: z.object({ unread: z.number().int() }),
    }),
    'reports.daily': method({
      description: 'The account\'s daily reports of one UTC month, newest day first, with each day\'s per-symbol and per-deployment breakdown, the month\'s totals and the months that have reports.',
      input: DailyReportsInputSchema,
      output: DailyReportsSchema,
    }),
    'reports.dailyGet': method({
      description: 'One finished UTC day\'s report of the account.',
      input: DailyReportInputSchema,
      output: DailyReportSchema,
    }),
    'reports.generate': method({
      description: 'Today\'s report so far, computed now and not stored (a connected account gets a fresh portfolio snapshot first).',
      input: ReportGenerateInputSchema,
      output: DailyReportSchema,
    }),
    'reports.snapshots': method({
      description: 'The account\'s value over time from its portfolio snapshots (the equity curve), oldest first, and the newest snapshot\'s holdings.',
      input: SnapshotsInputSchema,
      output: SnapshotsSchema,
    }),
    'reports.performance': method({
      description: 'Paper and live results per strategy and period: trades, win rate, net P&L, return, max drawdown, Sharpe, Sortino, profit factor.',
      input: PerformanceInputSchema,
      output: PerformanceSchema,
    }),
    'export.create': method({
      description: 'Write orders or fills of a date range to a CSV or JSON file in the exports folder.',
      input: ExportInputSchema,
      output: ExportOutputSchema,
    }),
  },
  events: {
    'app.status': event({
      description: 'The core is alive; sent on every change and as a heartbeat.',
      payload: AppStatusSchema,
    }),
    'log.appended': event({
      description: 'A line was written to the system log.',
      payload: LogEntrySchema,
    }),
    'settings.changed': event({
      description: 'Settings changed (from any window or shell).',
      payload: SettingsSchema,
    }),
    'vault.changed': event({
      description: 'The vault was created, locked, unlocked or re-protected.',
      payload: VaultStatusSchema,
    }),
    'accounts.changed': event({
      description: 'An account was added, changed, tested or removed.',
      payload: z.object({ accounts: z.array(AccountSchema) }),
    }),
    'orders.updated': event({
      description: 'An order in the journal changed (reply, stream, lookup or adoption).',
      payload: OrderSchema,
    }),
    'risk.killSwitch': event({
      description: 'The kill switch was engaged or cleared.',
      payload: KillSwitchSchema,
    }),
    'risk.limits': event({
      description: 'An account\'s risk limits changed.',
      payload: RiskLimitsSchema,
    }),
    'deployments.updated': event({
      description: 'A deployment changed: status, state, parameters or limits.',
      payload: DeploymentSchema,
    }),
    'deployments.decision': event({
      description: 'A deployment evaluated a closed bar and said buy or sell.',
      payload: DecisionSchema,
    }),
    'notifications.created': event({
      description: 'A new notification for the feed (and the desktop, where the trader allows it).',
      payload: NotificationSchema,
    }),
    'market.candle': event({
      description: 'A live candle update; `isClosed` once, when the next candle begins.',
      payload: LiveCandleSchema,
    }),
    'market.feed': event({
      description: 'A live candle feed changed state (live on the stream, or polling REST).',
      payload: FeedStatusSchema,
    }),
    'candles.download': event({
      description: 'A download made progress, finished, failed or was cancelled.',
      payload: DownloadSchema,
    }),
    'candles.stored': event({
      description: 'Bars were added to a series (import, download, derivation or a closed live candle).',
      payload: z.object({ venue: z.string(), symbol: z.string(), interval: z.string(), added: z.number().int() }),
    }),
    'backtests.progress': event({
      description: 'A backtest made progress, finished, failed or was cancelled.',
      payload: BacktestProgressSchema,
    }),
    'sweeps.progress': event({
      description: 'A sweep ran another set, finished, failed or was cancelled.',
      payload: SweepProgressSchema,
    }),
    'exchange.status': event({
      description: 'An exchange connection changed: state, stream, weight, ban, clock offset.',
      payload: ExchangeStatusSchema,
    }),
    'reports.dailyReady': event({
      description: 'A finished UTC day\'s report of an account was written.',
      payload: DailyReadySchema,
    }),
    'audit.appended': event({
      description: 'A user action was added to the audit log.',
      payload: AuditEntrySchema,
    }),
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract['methods'];
export type EventName = keyof Contract['events'];

/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract['methods'][M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type HandlerInput<M extends MethodName> = z.output<Contract['methods'][M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract['methods'][M]['output']>;
export type EventPayload<E extends EventName> = z.output<Contract['events'][E]['payload']>;

export const METHOD_NAMES = Object.keys(contract.methods) as MethodName[];
export const EVENT_NAMES = Object.keys(contract.events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract.methods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(contract.events, name);
}
