import { type ExchangeStatus } from '../../shared/schemas/exchange';
import { type AccountService } from '../accounts/account-service';
import { AppError } from '../api/app-error';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type MarketCatalog } from '../markets/market-catalog';
import { venueOf } from '../../shared/market/venue';
import { type JournalOrder, type OrderJournal } from '../orders/order-journal';
import { reconcile, type ReconcileReport } from '../orders/reconciler';
import { type BinanceConnection } from './binance-client';
import { createCcxtGateway } from './ccxt-gateway';
import { describeExchangeError } from './exchange-error';
import { type ExchangeOrder } from './exchange-types';
import { type ExchangeGateway, type GatewayHealth } from './gateway';

/** Binance's published REQUEST_WEIGHT limit per minute for spot (exchangeInfo.rateLimits). */
const WEIGHT_LIMIT_1M = 6000;
/** Orders that may still change are looked up this often, on top of the stream. */
const RECONCILE_EVERY_MS = 15_000;
/** How long a new connection waits for its account stream before the first reconciliation. */
const STREAM_START_WAIT_MS = 5_000;
/** Even with nothing unsettled, open orders placed elsewhere are looked for this often (weight 80). */
const ADOPTION_SCAN_EVERY_MS = 5 * 60_000;

export type GatewayFactory = (connection: BinanceConnection, onHealth: (health: GatewayHealth) => void) => Promise<ExchangeGateway>;

export interface AccountConnection {
  readonly accountId: number;
  readonly venue: string;
  readonly gateway: ExchangeGateway;
  reconcile(): Promise<ReconcileReport>;
}

export interface ExchangeServiceDeps {
  readonly accounts: AccountService;
  readonly journal: OrderJournal;
  readonly markets: MarketCatalog;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Announces an order the journal just changed (a reply, the stream or a reconciliation). */
  readonly onOrderChanged: (order: JournalOrder) => void;
  /** A reconciliation of the account finished: work that waits on settled orders may go on. */
  readonly onReconciled?: (accountId: number) => void;
  readonly createGateway?: GatewayFactory;
}

interface Live extends AccountConnection {
  state: ExchangeStatus['state'];
  health: GatewayHealth | null;
  lastReconciledAt: number | null;
  /** The in-doubt count last announced, so an order change re-announces only when it moves. */
  announcedInDoubt: number;
  stop(): void;
}

/**
 * One live connection per account that trades: it decrypts the key once to build its gateway,
 * syncs the clock and the market filters, keeps the account stream open, and keeps the journal
 * reconciled with the exchange on start, after every stream reconnect and on a timer.
 */
export class ExchangeService {
  readonly #deps: ExchangeServiceDeps;
  readonly #log: Logger;
  readonly #connections = new Map<number, Promise<Live>>();
  readonly #live = new Map<number, Live>();

  constructor(deps: ExchangeServiceDeps) {
    this.#deps = deps;
    this.#log = deps.logger.child('exchange');
  }

  /** The account's connection, opened on first use. */
  connect(accountId: number): Promise<AccountConnection> {
    let pending = this.#connections.get(accountId);
    if (pending === undefined) {
      pending = this.#open(accountId);
      this.#connections.set(accountId, pending);
      pending.catch(() => this.#connections.delete(accountId));
    }
    return pending;
  }

  async disconnect(accountId: number): Promise<void> {
    const live = await this.#connections.get(accountId)?.catch(() => undefined);
    this.#connections.delete(accountId);
    this.#live.delete(accountId);
    if (live === undefined) return;
    live.stop();
    await live.gateway.close().catch(() => undefined);
    this.#announce(accountId, { ...live, state: 'disconnected' });
  }

  /** An order of the account changed: the header's count of orders in doubt may have moved. */
  noteOrderChanged(accountId: number): void {
    const live = this.#live.get(accountId);
    if (live !== undefined && this.#deps.journal.countInDoubt(accountId) !== live.announcedInDoubt) this.#announce(accountId, live);
  }

  statuses(): ExchangeStatus[] {
    return [...this.#live.values()].map((live) => this.#status(live));
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#connections.keys()].map((accountId) => this.disconnect(accountId)));
  }

  async #open(accountId: number): Promise<Live> {
    const { accounts, journal, markets } = this.#deps;
    const account = accounts.list().find((candidate) => candidate.id === accountId);
    if (account === undefined) throw new AppError('NOT_FOUND', `There is no account ${accountId}`);
    if (account.environment === 'paper') throw new AppError('CONFLICT', 'A paper account has no exchange connection');
    const venue = venueOf(account);
    const createGateway = this.#deps.createGateway ?? ((connection, onHealth) => createCcxtGateway({ connection, logger: this.#deps.logger, onHealth }));

    let live: Live | null = null;
    const gateway = await createGateway(accounts.connectionFor(accountId), (health) => {
      if (live === null) return;
      live.health = health;
      this.#announce(accountId, live);
    });
    const onChanged = (order: JournalOrder): void => this.#deps.onOrderChanged(order);
    const timers: NodeJS.Timeout[] = [];
    let stopStream = (): void => undefined;
    let running: Promise<ReconcileReport> | null = null;

    const current: Live = {
      accountId,
      venue,
      gateway,
      state: 'connecting',
      health: null,
      lastReconciledAt: null,
      announcedInDoubt: 0,
      reconcile: () => {
        // One reconciliation at a time per account; a second caller joins the running one.
        running ??= (async () => {
          const report = await reconcile({ accountId, gateway, journal, logger: this.#deps.logger, onChanged });
          current.lastReconciledAt = Date.now();
          this.#announce(accountId, current);
          this.#deps.onReconciled?.(accountId);
          return report;
        })().finally(() => {
          running = null;
        });
        return running;
      },
      stop: () => {
        for (const timer of timers) clearInterval(timer);
        stopStream();
      },
    };
    live = current;
    this.#live.set(accountId, current);
    this.#announce(accountId, current);

    try {
      await gateway.syncClock();
      // Fresh filters for every connection; the stream needs the markets loaded anyway.
      markets.store(venue, await gateway.fetchSymbols());
      let markStreamLive = (): void => undefined;
      const streamLive = new Promise<void>((resolve) => {
        markStreamLive = resolve;
      });
      stopStream = gateway.watchAccount({
        onOrder: (report) => this.#onStreamOrder(current, report),
        onReconnected: () => void this.#safely(current, () => current.reconcile()),
        onStateChange: (state) => {
          if (state === 'live') markStreamLive();
        },
      });
      // Reconcile once the stream carries events: what happens before is in the lookup's
      // answer, what happens after arrives on the stream. A stream slow to open only delays
      // this; the timer below reconciles again either way.
      await waitAtMost(streamLive, STREAM_START_WAIT_MS);
      await current.reconcile();
      const timer = setInterval(() => {
        if (journal.unsettled(accountId).length > 0 || Date.now() - (current.lastReconciledAt ?? 0) > ADOPTION_SCAN_EVERY_MS) {
          void this.#safely(current, () => current.reconcile());
        }
      }, RECONCILE_EVERY_MS);
      timer.unref();
      timers.push(timer);
      current.state = 'connected';
      this.#announce(accountId, current);
      this.#log.info(`Connected account ${accountId} to ${venue}`);
      return current;
    } catch (error: unknown) {
      current.stop();
      current.state = 'failed';
      this.#announce(accountId, current);
      await gateway.close().catch(() => undefined);
      if (error instanceof AppError) throw error;
      throw new AppError('EXCHANGE', `Could not connect account ${accountId}: ${(await describeExchangeError(error)).message}`);
    }
  }

  #onStreamOrder(live: Live, report: ExchangeOrder): void {
    const { journal, onOrderChanged } = this.#deps;
    const now = Date.now();
    if (journal.get(report.clientOrderId) === undefined) {
      onOrderChanged(journal.adopt(live.accountId, report, now));
      this.#log.info(`Adopted order ${report.clientOrderId} seen on the account stream`, { clientOrderId: report.clientOrderId });
      return;
    }
    const { order, hasChanged } = journal.apply(live.accountId, report, now);
    if (hasChanged) onOrderChanged(order);
  }

  async #safely(live: Live, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error: unknown) {
      this.#log.warn(`Reconciliation of account ${live.accountId} failed; it runs again shortly`, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  #status(live: Live): ExchangeStatus {
    const health = live.health;
    return {
      accountId: live.accountId,
      state: live.state,
      stream: health?.stream ?? 'off',
      usedWeight1m: health?.guard.usedWeight1m ?? null,
      weightLimit1m: WEIGHT_LIMIT_1M,
      bannedUntil: health?.guard.bannedUntil ?? null,
      backoffUntil: health?.guard.backoffUntil ?? null,
      timeOffsetMs: health?.timeOffsetMs ?? null,
      lastError: health?.lastError ?? null,
      ordersInDoubt: this.#deps.journal.countInDoubt(live.accountId),
      lastReconciledAt: live.lastReconciledAt,
    };
  }

  #announce(accountId: number, live: Live): void {
    if (this.#live.get(accountId) !== live && live.state !== 'disconnected') return;
    const status = this.#status(live);
    live.announcedInDoubt = status.ordersInDoubt;
    this.#deps.bus.emit('exchange.status', status);
  }
}

/** Resolves when `promise` does or after `ms`, whichever is first; the timer never keeps the process up. */
async function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  await Promise.race([promise, timeout]);
  clearTimeout(timer);
}
