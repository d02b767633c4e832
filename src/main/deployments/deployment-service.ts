import { type DeploymentStatus, type SessionStopReason } from '../../shared/domain/enums';
import { intervalMs } from '../../shared/market/intervals';
import { DeploymentCreateInputSchema, NO_DEPLOYMENT_LIMITS, type Deployment, type DeploymentCreateInput, type DeploymentUpdateInput } from '../../shared/schemas/deployments';
import { strategyOfType } from '../../shared/strategy/registry';
import { type StrategyDefinition } from '../../shared/strategy/types';
import { type Divergence, type DivergenceInput } from '../../shared/schemas/divergence';
import { type AccountService } from '../accounts/account-service';
import { AppError } from '../api/app-error';
import { recordAudit } from '../audit/audit-repo';
import { rulesFrom } from '../backtest/backtest-rules';
import { DEFAULT_COSTS } from '../backtest/engine-types';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type MarketCatalog } from '../markets/market-catalog';
import { type StoreDb } from '../store/open-store';
import { type ClosedBars } from './closed-bars';
import { type DeploymentBook } from './deployment-book';
import { type LiveTrading } from './live-trading';
import { entryLimitSettings, readDeploymentLimits, writeDeploymentLimits } from './deployment-limits';
import {
  addParamsVersion,
  deploymentIds,
  endSession,
  insertDeployment,
  openSessionId,
  readDeployment,
  readParams,
  readStateRow,
  setAmountPerTrade,
  setStatus,
  startSession,
  writeState,
} from './deployment-repo';
import { parseParams } from '../strategy-runner/live-stepper';
import { sessionDivergence } from './divergence/session-divergence';
import { DeploymentRunner, type RunnerStart, type StrategyStepper } from './deployment-runner';
import { PaperBook, withoutPendingEntry, type PaperBookSnapshot } from './paper-book';
import { PaperDeploymentBook } from './paper-deployment-book';

const DEFAULT_PAPER_CAPITAL = '10000';
const DEFAULT_WARMUP_BARS = 1000;

export interface DeploymentServiceDeps {
  readonly db: StoreDb;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly accounts: AccountService;
  readonly markets: MarketCatalog;
  readonly bars: ClosedBars;
  /** The account's venue (opening its connection), for the symbol's filters. */
  readonly venueOf: (accountId: number) => Promise<string>;
  /** Starts the strategy isolated from order handling (a worker thread in the app). */
  readonly startStepper: (strategyType: string, params: unknown) => Promise<StrategyStepper>;
  /** Live deployments' books on the exchange and their session balances; null where live trading is not wired. */
  readonly live: LiveTrading | null;
  readonly isKillSwitchOn: () => boolean;
  /** A deployment paused or stopped on its own (a limit, a failure, the kill switch): the notification feed. */
  readonly onHalted?: (deployment: Deployment, reason: string) => void;
  readonly now?: () => number;
  readonly warmupBars?: number;
}

/**
 * Deployments: create, start, pause, resume, stop and edit, and one runner for each that runs.
 * Every change of status is written before the runner starts or after it stopped, so a restart
 * finds running exactly the deployments that were running, and `resumeRunning` picks them up.
 */
export class DeploymentService {
  readonly #deps: DeploymentServiceDeps;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #runners = new Map<number, DeploymentRunner>();
  /** Starting or stopping runners, so two requests for one deployment never overlap. */
  readonly #busy = new Map<number, Promise<unknown>>();

  constructor(deps: DeploymentServiceDeps) {
    this.#deps = deps;
    this.#log = deps.logger.child('deployments');
    this.#now = deps.now ?? Date.now;
  }

  list(accountId?: number): Deployment[] {
    return deploymentIds(this.#deps.db, { accountId }).flatMap((id) => readDeployment(this.#deps.db, id) ?? []);
  }

  get(id: number): Deployment {
    const deployment = readDeployment(this.#deps.db, id);
    if (deployment === null) throw new AppError('NOT_FOUND', `No deployment ${id}`);
    return deployment;
  }

  /** A session replayed through the backtester and lined up with what the deployment really traded. */
  divergence(input: DivergenceInput): Promise<Divergence> {
    const { db, bars, markets, venueOf } = this.#deps;
    return sessionDivergence({ db, bars, markets, venueOf, warmupBars: this.#deps.warmupBars ?? DEFAULT_WARMUP_BARS, now: this.#now }, input);
  }

  runner(id: number): DeploymentRunner | undefined {
    return this.#runners.get(id);
  }

  async create(raw: DeploymentCreateInput): Promise<Deployment> {
    const input = DeploymentCreateInputSchema.parse(raw);
    const account = this.#deps.accounts.list().find((candidate) => candidate.id === input.accountId);
    if (account === undefined) throw new AppError('NOT_FOUND', `No account ${input.accountId}`);
    if (account.environment === 'paper') throw new AppError('BAD_INPUT', 'A paper account has no exchange to take live prices from; deploy on paper with an exchange account instead');
    if (input.mode === 'live' && this.#deps.live === null) throw new AppError('BAD_INPUT', 'Live deployments are not available in this build');
    const strategy = this.#strategy(input.strategyType);
    const params = this.#parse(strategy, input.params, input.amountPerTrade);
    const limits = input.limits ?? NO_DEPLOYMENT_LIMITS;
    const now = this.#now();
    const id = this.#deps.db.transaction((tx) => {
      const created = insertDeployment(
        tx,
        {
          accountId: input.accountId,
          strategyType: strategy.type,
          strategyName: strategy.name,
          strategyVersion: strategy.version,
          params,
          symbol: input.symbol,
          timeframe: input.timeframe,
          amountPerTrade: input.amountPerTrade,
          mode: input.mode,
          paperCapital: input.mode === 'paper' ? (input.paperCapital ?? DEFAULT_PAPER_CAPITAL) : null,
          limits,
        },
        now,
      );
      recordAudit(tx, { actor: 'user', action: 'deployments.create', target: `deployment:${created}`, details: { ...input, params } }, now);
      return created;
    });
    this.#log.info(`Deployment ${id} created: ${strategy.name} on ${input.symbol} ${input.timeframe}, ${input.mode}`);
    if (input.start) return this.start(id);
    return this.#announce(id);
  }

  /** A stopped or failed deployment starts a new trading session. */
  start(id: number): Promise<Deployment> {
    return this.#exclusive(id, async () => {
      const deployment = this.get(id);
      this.#expect(deployment, ['stopped', 'failed'], 'start');
      if (this.#deps.isKillSwitchOn()) throw new AppError('CONFLICT', 'The kill switch is engaged: clear it before starting a deployment');
      const initial = deployment.mode === 'paper' ? (deployment.paperCapital ?? DEFAULT_PAPER_CAPITAL) : await this.#liveBalance(deployment);
      const now = this.#now();
      this.#deps.db.transaction((tx) => {
        if (deployment.mode === 'paper') {
          // A paper session starts from its capital, flat, with fresh counters.
          writeState(tx, id, { book: null, positionQty: '0', entryPrice: null, unrealizedPnl: '0', peakEquity: null, drawdownPct: 0, tradesToday: 0, lastBarTime: null, lastError: null }, now);
        } else {
          writeState(tx, id, { lastBarTime: null, lastError: null }, now);
        }
        startSession(tx, id, initial, deployment.paramsVersion, now);
        setStatus(tx, id, 'running', null, now);
        recordAudit(tx, { actor: 'user', action: 'deployments.start', target: `deployment:${id}` }, now);
      });
      await this.#launch(id, 'fresh');
      return this.#announce(id);
    });
  }

  pause(id: number, reason = 'Paused by you', actor: 'user' | 'system' = 'user'): Promise<Deployment> {
    return this.#exclusive(id, async () => {
      const deployment = this.get(id);
      this.#expect(deployment, ['running'], 'pause');
      await this.#halt(id);
      const now = this.#now();
      this.#deps.db.transaction((tx) => {
        const book = readStateRow(tx, id).book;
        if (deployment.mode === 'paper' && book !== null) writeState(tx, id, { book: withoutPendingEntry(book) }, now);
        setStatus(tx, id, 'paused', reason, now);
        recordAudit(tx, { actor, action: 'deployments.pause', target: `deployment:${id}`, details: { reason } }, now);
      });
      this.#log.info(`Deployment ${id} paused: ${reason}`);
      const paused = this.#announce(id);
      if (actor === 'system') this.#deps.onHalted?.(paused, reason);
      return paused;
    });
  }

  resume(id: number): Promise<Deployment> {
    return this.#exclusive(id, async () => {
      const deployment = this.get(id);
      this.#expect(deployment, ['paused'], 'resume');
      if (this.#deps.isKillSwitchOn()) throw new AppError('CONFLICT', 'The kill switch is engaged: clear it before resuming a deployment');
      const now = this.#now();
      this.#deps.db.transaction((tx) => {
        setStatus(tx, id, 'running', null, now);
        writeState(tx, id, { lastError: null }, now);
        recordAudit(tx, { actor: 'user', action: 'deployments.resume', target: `deployment:${id}` }, now);
      });
      await this.#launch(id, 'resume');
      return this.#announce(id);
    });
  }

  stop(id: number, reason: SessionStopReason = 'user', message: string | null = null): Promise<Deployment> {
    return this.#exclusive(id, async () => {
      const deployment = this.get(id);
      this.#expect(deployment, ['running', 'paused', 'failed'], 'stop');
      await this.#halt(id);
      await this.#endSession(deployment, reason, message);
      return this.#announce(id);
    });
  }

  /** Edits a paused or stopped deployment: parameters become a new version; amount and limits are replaced. */
  update(input: DeploymentUpdateInput): Promise<Deployment> {
    const { id } = input;
    return this.#exclusive(id, () => {
      const deployment = this.get(id);
      this.#expect(deployment, ['paused', 'stopped', 'failed'], 'edit');
      const strategy = this.#strategy(deployment.strategyType);
      const amount = input.amountPerTrade ?? deployment.amountPerTrade;
      const now = this.#now();
      this.#deps.db.transaction((tx) => {
        if (input.params !== undefined || input.amountPerTrade !== undefined) {
          const params = this.#parse(strategy, input.params ?? deployment.params, amount);
          if (JSON.stringify(params) !== JSON.stringify(deployment.params)) addParamsVersion(tx, id, strategy, params, amount, now);
          else setAmountPerTrade(tx, id, amount, now);
        }
        if (input.limits !== undefined) writeDeploymentLimits(tx, id, input.limits, now);
        recordAudit(tx, { actor: 'user', action: 'deployments.update', target: `deployment:${id}`, details: { params: input.params ?? null, amountPerTrade: input.amountPerTrade ?? null, limits: input.limits ?? null } }, now);
      });
      return Promise.resolve(this.#announce(id));
    });
  }

  /** After a start of the app (and whenever the vault opens): every deployment left running gets its runner back. */
  async resumeRunning(): Promise<void> {
    const ids = deploymentIds(this.#deps.db, { statuses: ['running'] }).filter((id) => !this.#runners.has(id) && !this.#busy.has(id));
    await Promise.all(
      ids.map((id) =>
        this.#exclusive(id, async () => {
          if (this.get(id).status !== 'running' || this.#runners.has(id)) return;
          await this.#launch(id, 'restart');
          this.#announce(id);
        }).catch(() => undefined),
      ),
    );
  }

  /** The kill switch stopped every deployment in the store: stop their runners and end their sessions. */
  async onKillSwitch(reason: string): Promise<void> {
    this.#log.warn(`Stopping every deployment: ${reason}`);
    const ids = [...new Set([...this.#runners.keys(), ...deploymentIds(this.#deps.db, { statuses: ['stopped'] })])];
    await Promise.all(
      ids.map((id) =>
        this.#exclusive(id, async () => {
          await this.#halt(id);
          const deployment = this.get(id);
          const wasOpen = openSessionId(this.#deps.db, id) !== null;
          if (wasOpen) await this.#endSession(deployment, 'kill-switch', 'Kill switch engaged');
          const stopped = this.#announce(id);
          if (wasOpen) this.#deps.onHalted?.(stopped, 'Kill switch engaged');
        }),
      ),
    );
  }

  /** Stops every runner and leaves the statuses as they are, for the next start to resume (app shutdown). */
  async stopRunners(): Promise<void> {
    await Promise.all([...this.#busy.values()].map((busy) => busy.catch(() => undefined)));
    const runners = [...this.#runners.values()];
    this.#runners.clear();
    await Promise.all(runners.map((runner) => runner.stop()));
  }

  #strategy(type: string): StrategyDefinition {
    const strategy = strategyOfType(type);
    if (strategy === undefined) throw new AppError('BAD_INPUT', `Unknown strategy "${type}"`);
    return strategy;
  }

  /** The strategy's own schema checks the parameters; the deployment's amount per trade is the one the strategy spends. */
  #parse(strategy: StrategyDefinition, raw: Readonly<Record<string, unknown>>, amountPerTrade: string): Record<string, unknown> {
    try {
      return parseParams(strategy, { ...raw, amountPerTrade: Number(amountPerTrade) });
    } catch (error: unknown) {
      throw new AppError('BAD_INPUT', error instanceof Error ? error.message : String(error));
    }
  }

  #expect(deployment: Deployment, statuses: readonly DeploymentStatus[], action: string): void {
    if (!statuses.includes(deployment.status)) throw new AppError('CONFLICT', `Cannot ${action} deployment ${deployment.id}: it is ${deployment.status}`);
  }

  async #exclusive<T>(id: number, work: () => Promise<T>): Promise<T> {
    const before = this.#busy.get(id) ?? Promise.resolve();
    const run = before.catch(() => undefined).then(work);
    this.#busy.set(id, run);
    try {
      return await run;
    } finally {
      if (this.#busy.get(id) === run) this.#busy.delete(id);
    }
  }

  async #launch(id: number, how: RunnerStart): Promise<void> {
    const deployment = this.get(id);
    try {
      const book = await this.#bookFor(deployment);
      const params = readParams(this.#deps.db, id, deployment.paramsVersion);
      const stepper = await this.#deps.startStepper(deployment.strategyType, params);
      const runner = await DeploymentRunner.start(
        {
          db: this.#deps.db,
          log: this.#log,
          bars: this.#deps.bars,
          now: this.#now,
          warmupBars: this.#deps.warmupBars ?? DEFAULT_WARMUP_BARS,
          onPause: (reason) => void this.pause(id, reason, 'system').catch((error: unknown) => this.#log.error(`Could not pause deployment ${id}`, { error: String(error) })),
          onDecision: (decision) => this.#deps.bus.emit('deployments.decision', decision),
          onChange: () => this.#announce(id),
        },
        { deploymentId: id, key: { accountId: deployment.accountId, symbol: deployment.symbol, interval: deployment.timeframe }, book, stepper, maxDrawdownPct: deployment.limits.maxDrawdownPct },
        how,
      );
      this.#runners.set(id, runner);
      this.#log.info(`Deployment ${id} is running (${how})`);
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const now = this.#now();
      this.#deps.db.transaction((tx) => {
        setStatus(tx, id, 'paused', `Could not start: ${message}`, now);
        writeState(tx, id, { lastError: message }, now);
      });
      this.#log.error(`Deployment ${id} could not start`, { error: message });
      this.#deps.onHalted?.(this.get(id), `Could not start: ${message}`);
    }
  }

  async #halt(id: number): Promise<void> {
    const runner = this.#runners.get(id);
    this.#runners.delete(id);
    await runner?.stop();
  }

  async #bookFor(deployment: Deployment): Promise<DeploymentBook> {
    if (deployment.mode === 'live') {
      if (this.#deps.live === null) throw new Error('Live deployments are not available in this build');
      return this.#deps.live.book(deployment);
    }
    const venue = await this.#deps.venueOf(deployment.accountId);
    const filters = this.#deps.markets.filters(venue, deployment.symbol);
    const quoteAsset = filters?.quoteAsset ?? 'quote';
    const settings = entryLimitSettings(readDeploymentLimits(this.#deps.db, deployment.id));
    const saved = readStateRow(this.#deps.db, deployment.id).book;
    const book = saved === null ? new PaperBook(Number(deployment.paperCapital ?? DEFAULT_PAPER_CAPITAL), DEFAULT_COSTS, rulesFrom(filters).rules, settings) : PaperBook.restore(JSON.parse(saved) as PaperBookSnapshot, settings);
    return new PaperDeploymentBook(book, intervalMs(deployment.timeframe), quoteAsset);
  }

  /** The account's balance on a live deployment's market, which its session starts from. */
  async #liveBalance(deployment: Deployment): Promise<string> {
    if (this.#deps.live === null) throw new AppError('BAD_INPUT', 'Live deployments are not available in this build');
    try {
      return await this.#deps.live.sessionBalance(deployment);
    } catch (error: unknown) {
      throw new AppError('EXCHANGE', `Could not read the account's balance to start the session: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async #endSession(deployment: Deployment, reason: SessionStopReason, message: string | null): Promise<void> {
    // A live session ends with the account's balance when the exchange answers; without it, the end is still recorded.
    const finalBalance = deployment.mode === 'paper' ? (deployment.state.equity ?? deployment.paperCapital ?? '0') : await this.#liveBalance(deployment).catch(() => null);
    const now = this.#now();
    this.#deps.db.transaction((tx) => {
      endSession(tx, deployment.id, finalBalance, reason, message, now);
      setStatus(tx, deployment.id, 'stopped', message ?? (reason === 'user' ? 'Stopped by you' : reason), now);
      recordAudit(tx, { actor: reason === 'user' ? 'user' : 'system', action: 'deployments.stop', target: `deployment:${deployment.id}`, details: { reason, message } }, now);
    });
  }

  #announce(id: number): Deployment {
    const deployment = this.get(id);
    this.#deps.bus.emit('deployments.updated', deployment);
    return deployment;
  }
}
