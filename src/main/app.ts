import { type EventPayload, type MethodOutput } from '../shared/contract';
import { createAccountService, type AccountService } from './accounts/account-service';
import { combineHandlers } from './api/combine-handlers';
import { accountHandlers } from './api/handlers/account-handlers';
import { appHandlers } from './api/handlers/app-handlers';
import { auditHandlers } from './api/handlers/audit-handlers';
import { backtestHandlers } from './api/handlers/backtest-handlers';
import { backupHandlers } from './api/handlers/backup-handlers';
import { exportHandlers } from './api/handlers/export-handlers';
import { marketDataHandlers } from './api/handlers/market-data-handlers';
import { tradingHandlers } from './api/handlers/trading-handlers';
import { portfolioHandlers } from './api/handlers/portfolio-handlers';
import { riskHandlers } from './api/handlers/risk-handlers';
import { deploymentHandlers } from './api/handlers/deployment-handlers';
import { reportHandlers } from './api/handlers/report-handlers';
import { ReportService } from './reports/report-service';
import { exchangeClosedBars } from './deployments/closed-bars';
import { DeploymentService } from './deployments/deployment-service';
import { NotificationCenter } from './notifications/notification-center';
import { notificationHandlers } from './api/handlers/notification-handlers';
import { createLiveTrading } from './deployments/live-trading';
import { IsolatedStepper } from './strategy-runner/isolated-stepper';
import { logHandlers } from './api/handlers/log-handlers';
import { sessionHandlers } from './api/handlers/session-handlers';
import { settingsHandlers } from './api/handlers/settings-handlers';
import { vaultHandlers } from './api/handlers/vault-handlers';
import { createRouter, type Router } from './api/router';
import { AuditFeed } from './audit/audit-reader';
import { recordAudit, type AuditEntry } from './audit/audit-repo';
import { preMigrationBackup, type BackupService } from './backup/backup-service';
import { startBackgroundJobs, type BackgroundJobs } from './core/background-jobs';
import { databaseFile } from './config/data-dir';
import { type EventBus } from './core/event-bus';
import { type HostConfig } from './core/host-config';
import { type AppInfo } from '../shared/schemas/app';
import { CandleFeeds } from './exchange/candle-feeds';
import { ExchangeService } from './exchange/exchange-service';
import { createLogRepo, type LogRepo } from './log/log-repo';
import { type Logger } from './log/logger';
import { type SwitchableStoreSink } from './log/switchable-store-sink';
import { MarketCatalog } from './markets/market-catalog';
import { OrderJournal } from './orders/order-journal';
import { toOrder } from './orders/order-mapper';
import { BacktestJobs } from './backtest/backtest-jobs';
import { SweepJobs } from './backtest/sweep/sweep-jobs';
import { ccxtHistorySources } from './market/history-source';
import { MarketData } from './market/market-data';
import { createOrderService } from './orders/order-service';
import { BracketManager } from './orders/bracket-manager';
import { KillSwitchService } from './risk/kill-switch';
import { RiskGate } from './risk/risk-gate';
import { Decimal } from '../shared/exchange/decimal';
import { PortfolioService } from './portfolio/portfolio-service';
import { createSessionService, type SessionService } from './sessions/session-service';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { openStore, type Store } from './store/open-store';
import { type AttemptThrottle } from './vault/attempt-throttle';
import { Vault } from './vault/vault';

/** What the host gives each core it opens; all of it outlives any one database. */
export interface AppDeps {
  readonly config: HostConfig;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Log lines go to this database's table from the moment it is open. */
  readonly storeSink: SwitchableStoreSink;
  readonly throttle: AttemptThrottle;
  readonly backups: BackupService;
  /** Swaps a backup in: the host closes this core and opens a new one. */
  readonly restore: (id: string) => Promise<MethodOutput<'backup.restore'>>;
  /** Builds the app.info answer; the host knows the shell and the status. */
  readonly info: () => AppInfo;
}

export interface App {
  readonly store: Store;
  readonly vault: Vault;
  readonly accounts: AccountService;
  readonly exchange: ExchangeService;
  readonly journal: OrderJournal;
  readonly sessions: SessionService;
  readonly settings: SettingsService;
  readonly logRepo: LogRepo;
  readonly router: Router;
  /** Stops scheduled work and waits for it; call before `close` when the file is about to be swapped. */
  quiesce(): Promise<void>;
  close(): void;
}

/** Bars of recent history a chart gets when it starts streaming a market with none stored. */
const RECENT_BARS_ON_WATCH = 1000;
/** Wall time one strategy step may take before its worker is stopped and the deployment paused. */
const STRATEGY_STEP_BUDGET_MS = 2_000;

/**
 * The composition root of one open database: every service is built here, and nothing here
 * knows which shell is hosting it. The host (core-host.ts) owns what must survive a restore.
 */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, bus, logger, backups } = deps;
  const store = openStore({
    file: databaseFile(config.dataDir),
    migrationsFolder: config.migrationsFolder,
    ...(config.openDatabase ? { openDatabase: config.openDatabase } : {}),
    beforeMigrate: preMigrationBackup(backups),
  });
  const { db } = store;
  const logRepo = createLogRepo(db);
  deps.storeSink.attach(logRepo);
  const settings = createSettingsService(db, bus, logger);
  const sessions = createSessionService(db, logger);
  // Sessions never outlive the process that issued them: its vault key is gone with it.
  if (config.isHostingShell) sessions.endAll('restart');
  const vault = new Vault({ db, keychain: config.keychain ?? null, throttle: deps.throttle, bus, logger, ...(config.scrypt ? { scrypt: config.scrypt } : {}) });
  await vault.unlockWithKeychain();
  const accounts = createAccountService({
    db,
    vault,
    bus,
    logger,
    testnetUrl: config.binanceTestnetUrl ?? null,
    ...(config.exchangeTimeoutMs === undefined ? {} : { timeoutMs: config.exchangeTimeoutMs }),
  });
  const journal = new OrderJournal(db);
  const markets = new MarketCatalog(db, logger);
  const notifications = new NotificationCenter({ db, bus, logger });
  const announceOrder = (order: Parameters<typeof toOrder>[0]): void => {
    bus.emit('orders.updated', toOrder(order));
    exchange.noteOrderChanged(order.accountId);
    bracketExits.noteOrder(order);
    notifications.orderChanged(order);
  };
  const exchange = new ExchangeService({
    accounts,
    journal,
    markets,
    bus,
    logger,
    onOrderChanged: announceOrder,
    onReconciled: (accountId) => bracketExits.resume(accountId),
    ...(config.createGateway ? { createGateway: config.createGateway } : {}),
  });
  const portfolio = new PortfolioService({ db, accounts, exchange, markets });
  const gate = new RiskGate({
    db,
    logger,
    lastPrice: async (accountId, symbol) => new Decimal(await (await exchange.connect(accountId)).gateway.lastPrice(symbol)),
    realizedSince: (accountId, quoteAsset, since) => portfolio.realizedSince(accountId, quoteAsset, since),
    onRefused: (accountId, symbol, refusal) => notifications.gateRefused({ accountId, symbol, rule: refusal.rule, message: refusal.message }),
  });
  const orders = createOrderService({ db, journal, exchange, markets, gate, logger, onOrderChanged: announceOrder });
  const bracketExits = new BracketManager({ db, journal, exchange, markets, gate, logger, onOrderChanged: announceOrder });
  const killSwitch = new KillSwitchService({ db, bus, logger, queries: gate.queries, cancelAll: async (accountId, symbol) => (await orders.cancelAll(accountId, symbol, 'system')).length });
  const historySources = ccxtHistorySources({ testnetUrl: config.binanceTestnetUrl ?? null, ...(config.exchangeTimeoutMs === undefined ? {} : { timeoutMs: config.exchangeTimeoutMs }) });
  const market = new MarketData({ db, sqlite: store.sqlite, bus, logger, sources: historySources });
  if (config.isHostingShell) market.downloads.recoverInterrupted();
  const backtests = new BacktestJobs({ db, candles: market.candles, markets, bus, logger });
  const sweeps = new SweepJobs({ candles: market.candles, markets, bus, logger });
  const feeds = new CandleFeeds(exchange, bus, logger, {
    storeClosed: (key, candle) => market.storeClosed(key, candle),
    fetchRecent: (key) => void market.downloads.topUp(key, RECENT_BARS_ON_WATCH),
  });
  const bars = exchangeClosedBars({ exchange, feeds, bus, sources: historySources });
  const deployments = new DeploymentService({
    db,
    bus,
    logger,
    accounts,
    markets,
    bars,
    venueOf: async (accountId) => (await exchange.connect(accountId)).venue,
    startStepper: config.startStrategy ?? ((type, params) => IsolatedStepper.start({ source: { type }, params, stepBudgetMs: STRATEGY_STEP_BUDGET_MS })),
    live: createLiveTrading({ db, desk: orders, exchange, markets }),
    isKillSwitchOn: () => killSwitch.state().isActive,
    onHalted: (deployment, reason) => notifications.deploymentHalted(deployment, reason),
  });
  const stopTellingReports = bus.on((name, payload) => {
    if (name === 'reports.dailyReady') notifications.dailyReport(payload as EventPayload<'reports.dailyReady'>);
  });
  const stopOnKillSwitch = killSwitch.onEngage((reason) => deployments.onKillSwitch(reason));
  const auditFeed = new AuditFeed(db, bus);
  const reports = new ReportService({ db, bus, logger, accounts, exchange, markets, portfolio });
  const audit = (entry: AuditEntry): void => recordAudit(db, entry);

  const router = createRouter(
    combineHandlers(
      appHandlers({ info: deps.info }),
      settingsHandlers(settings),
      logHandlers(logRepo),
      vaultHandlers(vault, sessions),
      accountHandlers(accounts),
      sessionHandlers(sessions),
      auditHandlers(db),
      backupHandlers({ backups, source: () => store.sqlite, restore: deps.restore, audit }),
      exportHandlers({ sqlite: () => store.sqlite, dataDir: config.dataDir, audit }),
      tradingHandlers({ accounts, exchange, markets, journal, orders, feeds }),
      marketDataHandlers({ market, journal }),
      backtestHandlers(db, backtests, sweeps),
      portfolioHandlers({ db, portfolio }),
      riskHandlers({ db, bus, gate, orders, killSwitch, audit, accounts }),
      deploymentHandlers({ db, deployments }),
      notificationHandlers(db),
      reportHandlers(reports),
    ),
    logger,
    () => auditFeed.flush(),
  );

  let stopWatchingVault = (): void => undefined;
  if (config.isHostingShell) {
    // Orders that may have changed while the app was closed are settled as soon as a key can be read.
    const reconnectUnsettled = (): void => {
      if (!vault.isUnlocked) return;
      for (const account of accounts.list()) {
        if (account.environment === 'paper' || journal.unsettled(account.id).length === 0) continue;
        exchange.connect(account.id).catch((error: unknown) => logger.child('exchange').warn(`Could not reconnect account ${account.id}`, { error: error instanceof Error ? error.message : String(error) }));
      }
    };
    // Deployments left running trade again once their account's key can be read.
    const resumeDeployments = (): void => {
      if (vault.isUnlocked) void deployments.resumeRunning();
    };
    reconnectUnsettled();
    resumeDeployments();
    stopWatchingVault = bus.on((name) => {
      if (name !== 'vault.changed') return;
      reconnectUnsettled();
      resumeDeployments();
    });
  }
  const jobs: BackgroundJobs | null = config.isHostingShell ? startBackgroundJobs({ store, settings, backups, bus, logger, afterJob: () => auditFeed.flush() }) : null;
  // Portfolio snapshots on the clock and each finished day's report (src/main/reports).
  const reportJobs = config.isHostingShell ? reports.startScheduler() : null;

  let isClosed = false;
  return {
    store,
    vault,
    accounts,
    exchange,
    journal,
    sessions,
    settings,
    logRepo,
    router,
    quiesce: async () => {
      await jobs?.stop();
      await reportJobs?.stop();
      bracketExits.stop();
      await deployments.stopRunners();
      await bars.close();
      await feeds.stopAll();
      await market.downloads.stopAll();
      await backtests.stopAll();
      await sweeps.stopAll();
      await exchange.closeAll();
    },
    close() {
      if (isClosed) return;
      isClosed = true;
      stopWatchingVault();
      void jobs?.stop();
      void reportJobs?.stop();
      bracketExits.stop();
      stopOnKillSwitch();
      stopTellingReports();
      void deployments
        .stopRunners()
        .then(() => bars.close())
        .then(() => feeds.stopAll())
        .then(() => exchange.closeAll());
      void market.downloads.stopAll();
      void backtests.stopAll();
      void sweeps.stopAll();
      vault.forget();
      auditFeed.close();
      deps.storeSink.attach(null);
      store.close();
    },
  };
}
