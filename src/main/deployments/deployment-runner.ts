import { type Signal } from '../../shared/domain/enums';
import { intervalMs } from '../../shared/market/intervals';
import { type Decision } from '../../shared/schemas/deployments';
import { type BarView, type Intent, type PositionView } from '../../shared/strategy/types';
import { type Logger } from '../log/logger';
import { type StoreDb } from '../store/open-store';
import { type IsolatedStepOutcome } from '../strategy-runner/isolated-stepper';
import { type BarKey, type ClosedBars } from './closed-bars';
import { type ActOutcome, type DeploymentBook } from './deployment-book';
import { completeDecision, insertDecision, insertTrade, markSessionBar, openSessionId, readDecision, readStateRow, writeState, type StateUpdate } from './deployment-repo';
import { floatToDecimal } from './float-decimal';
import { SENDING_OUTCOME, settleInterruptedDecisions } from './interrupted-decisions';

/** The strategy as the runner sees it: in a worker in the app, anything alike in tests. */
export interface StrategyStepper {
  setPosition(view: PositionView): void;
  step(bar: BarView): Promise<IsolatedStepOutcome>;
  close(): Promise<void>;
}

/**
 * How the runner starts: `fresh` (a new session: warm up on recent history, trade from the next
 * bar to close), `resume` (after a pause: the same, bars missed meanwhile only warm up) or
 * `restart` (the app came back with the deployment running: a paper book catches up on the
 * bars it missed, as if it had never stopped; live never trades on a bar that closed while
 * the app was down).
 */
export type RunnerStart = 'fresh' | 'resume' | 'restart';

export interface RunnerDeps {
  readonly db: StoreDb;
  readonly log: Logger;
  readonly bars: ClosedBars;
  readonly now: () => number;
  /** Bars of history the strategy's indicators are warmed up on. */
  readonly warmupBars: number;
  /** The runner hit a limit or the strategy failed: the owner pauses the deployment with this reason. */
  readonly onPause: (reason: string) => void;
  readonly onDecision: (decision: Decision) => void;
  /** State changed (a bar was evaluated). */
  readonly onChange: () => void;
}

export interface RunnerSetup {
  readonly deploymentId: number;
  readonly key: BarKey;
  readonly book: DeploymentBook;
  readonly stepper: StrategyStepper;
  readonly maxDrawdownPct: number | null;
}

const signalOf = (intent: Intent | null): Signal => (intent === null ? 'hold' : intent.action === 'enter' ? 'buy' : 'sell');

/**
 * Runs one deployment: each bar that closes is settled in the book, shown to the strategy (in
 * its worker) and the strategy's intent acted on; the decision, the round trips that closed
 * and the state are written together, so a restart resumes from the last bar written. Bars are
 * handled one at a time in time order; a bar the feed skipped is fetched, never lost.
 */
export class DeploymentRunner {
  readonly #deps: RunnerDeps;
  readonly #setup: RunnerSetup;
  readonly #barMs: number;
  #chain: Promise<void> = Promise.resolve();
  #stopWatching: (() => Promise<void>) | null = null;
  #isStopped = false;
  #lastBarTime: number | null;
  #peak: number | null;

  private constructor(deps: RunnerDeps, setup: RunnerSetup) {
    this.#deps = deps;
    this.#setup = setup;
    this.#barMs = intervalMs(setup.key.interval);
    const state = readStateRow(deps.db, setup.deploymentId);
    this.#lastBarTime = state.lastBarTime;
    this.#peak = state.peakEquity === null ? null : Number(state.peakEquity);
  }

  /** Warms the strategy up, catches up as `how` says, then follows the live bars. Rejects (and closes the stepper) when it cannot start. */
  static async start(deps: RunnerDeps, setup: RunnerSetup, how: RunnerStart): Promise<DeploymentRunner> {
    const runner = new DeploymentRunner(deps, setup);
    if (setup.book.mode === 'live') settleInterruptedDecisions(deps.db, setup.deploymentId);
    try {
      await runner.#begin(how);
    } catch (error: unknown) {
      await runner.stop();
      throw error;
    }
    return runner;
  }

  get deploymentId(): number {
    return this.#setup.deploymentId;
  }

  /** Stops following bars; waits for the bar in hand to be written. */
  async stop(): Promise<void> {
    this.#isStopped = true;
    const stopWatching = this.#stopWatching;
    this.#stopWatching = null;
    await stopWatching?.().catch(() => undefined);
    await this.#chain;
    await this.#setup.stepper.close();
  }

  /** Resolves once every bar received so far is handled (tests, benchmarks). */
  idle(): Promise<void> {
    return this.#chain;
  }

  async #begin(how: RunnerStart): Promise<void> {
    const { bars, warmupBars } = this.#deps;
    const { key, stepper, book } = this.#setup;
    // Listen first, so a bar closing during the warm-up waits in the queue instead of being missed.
    this.#stopWatching = await bars.watch(key, (bar) => this.#enqueue(bar));
    const last = this.#lastBarTime;
    const history = await bars.newest(key, warmupBars, last ?? undefined);
    for (const bar of history) {
      stepper.setPosition(book.position());
      const outcome = await stepper.step(bar);
      if (!outcome.ok && outcome.isStopped) throw new Error(outcome.error);
    }
    const warmedTo = history.at(-1)?.time ?? last;
    if (last === null && warmedTo !== undefined && warmedTo !== null) this.#writeLastBar(warmedTo);
    if (last === null || warmedTo === null || warmedTo === undefined) return;
    // Bars that closed since the last one written: a paper book restarting trades them; otherwise they only warm up.
    const newest = await bars.newest(key, 1);
    const newestTime = newest.at(-1)?.time;
    if (newestTime === undefined || newestTime <= last) return;
    const missed = await bars.between(key, last + this.#barMs, newestTime);
    const shouldTrade = how === 'restart' && book.mode === 'paper';
    for (const bar of missed) {
      if (shouldTrade) await this.#handle(bar);
      else await this.#warm(bar);
    }
  }

  #enqueue(bar: BarView): void {
    this.#chain = this.#chain.then(() => this.#onClosed(bar)).catch((error: unknown) => this.#fail(error));
  }

  async #onClosed(bar: BarView): Promise<void> {
    if (this.#isStopped) return;
    const last = this.#lastBarTime;
    if (last !== null && bar.time <= last) return;
    if (last !== null && bar.time > last + this.#barMs) {
      const missed = await this.#deps.bars.between(this.#setup.key, last + this.#barMs, bar.time);
      for (const missing of missed) if (!this.#isStopped && missing.time < bar.time) await this.#handle(missing);
    }
    if (!this.#isStopped) await this.#handle(bar);
  }

  async #warm(bar: BarView): Promise<void> {
    const { stepper, book } = this.#setup;
    stepper.setPosition(book.position());
    const outcome = await stepper.step(bar);
    if (!outcome.ok && outcome.isStopped) throw new Error(outcome.error);
    this.#writeLastBar(bar.time);
  }

  /** One closed bar, start to finish. */
  async #handle(bar: BarView): Promise<void> {
    const { db, now } = this.#deps;
    const { deploymentId, stepper, book } = this.#setup;
    await book.beforeStep(bar);
    stepper.setPosition(book.position());
    const stepped = await stepper.step(bar);
    if (!stepped.ok) {
      this.#writeBar(bar, null, book.takeClosedTrades(), { lastError: stepped.error });
      this.#deps.onPause(`The strategy failed: ${stepped.error}`);
      this.#isStopped = true;
      return;
    }
    const { intent, inputs } = stepped.result;
    const signal = signalOf(intent);
    const ts = now();
    const journalInputs = { ...inputs, close: bar.close };
    let decisionId: number | null = null;
    let acted: ActOutcome | null = null;
    if (intent !== null && book.mode === 'live') {
      // Live: the decision and the bar are written before anything is sent, so a crash while
      // sending never evaluates this bar again; the order itself is journaled before it goes.
      decisionId = db.transaction((tx) => {
        const id = insertDecision(tx, deploymentId, { ts, barTime: bar.time, signal, strength: intent.strength ?? null, reason: intent.reason, inputs: journalInputs, orderClientId: null, noOrderReason: null, outcome: SENDING_OUTCOME });
        writeState(tx, deploymentId, { lastBarTime: bar.time, lastRunAt: ts }, ts);
        return id;
      });
      this.#lastBarTime = bar.time;
    }
    if (intent !== null) acted = await book.act(intent, bar);
    const trades = book.takeClosedTrades();
    decisionId = this.#writeBar(bar, intent === null ? null : { id: decisionId, ts, signal, strength: intent.strength ?? null, reason: intent.reason, inputs: journalInputs, acted }, trades, { lastError: null });
    if (decisionId !== null) {
      const decision = readDecision(db, decisionId);
      if (decision !== null) this.#deps.onDecision(decision);
    }
    this.#deps.onChange();
    const drawdownPause = this.#drawdownPause();
    const pause = acted?.pauseReason ?? drawdownPause;
    if (pause !== null) {
      this.#deps.onPause(pause);
      this.#isStopped = true;
    }
  }

  #drawdownPause(): string | null {
    const limit = this.#setup.maxDrawdownPct;
    const peak = this.#peak;
    if (limit === null || peak === null || peak <= 0) return null;
    const drawdown = (peak - this.#setup.book.equity()) / peak;
    return drawdown * 100 >= limit ? `Max drawdown reached: ${(drawdown * 100).toFixed(2)} % below the equity peak (limit ${limit} %)` : null;
  }

  /** The bar's decision, trades and state in one transaction; returns the decision's id. */
  #writeBar(
    bar: BarView,
    decision: { id: number | null; ts: number; signal: Signal; strength: number | null; reason: string; inputs: Record<string, number>; acted: ActOutcome | null } | null,
    trades: ReturnType<DeploymentBook['takeClosedTrades']>,
    extra: StateUpdate,
  ): number | null {
    const { db, now } = this.#deps;
    const { deploymentId, book } = this.#setup;
    const ts = now();
    const equity = book.equity();
    const peak = this.#peak === null || equity > this.#peak ? equity : this.#peak;
    const drawdownPct = peak > 0 ? Math.max(0, ((peak - equity) / peak) * 100) : 0;
    const id = db.transaction((tx) => {
      const state = readStateRow(tx, deploymentId);
      const sessionId = openSessionId(tx, deploymentId);
      if (sessionId !== null) markSessionBar(tx, sessionId, bar.time);
      let realized = Number(state.realizedPnl);
      let wins = state.wins;
      let losses = state.losses;
      let consecutiveLosses = state.consecutiveLosses;
      for (const trade of trades) {
        insertTrade(tx, deploymentId, { ...trade, sessionId, mode: book.mode });
        realized += trade.pnl;
        if (trade.pnl > 0) {
          wins += 1;
          consecutiveLosses = 0;
        } else {
          losses += 1;
          consecutiveLosses += 1;
        }
      }
      let decisionId = decision?.id ?? null;
      if (decision !== null) {
        const result = {
          orderClientId: decision.acted?.orderClientId ?? null,
          noOrderReason: decision.acted?.noOrderReason ?? null,
          outcome: decision.acted?.outcome ?? null,
        };
        if (decisionId === null) {
          decisionId = insertDecision(tx, deploymentId, { ts: decision.ts, barTime: bar.time, signal: decision.signal, strength: decision.strength, reason: decision.reason, inputs: decision.inputs, ...result });
        } else {
          completeDecision(tx, decisionId, { ...result, outcome: result.outcome ?? 'No order' });
        }
      }
      writeState(
        tx,
        deploymentId,
        {
          ...book.stateUpdate(bar),
          tradesTotal: state.tradesTotal + trades.length,
          wins,
          losses,
          consecutiveLosses,
          realizedPnl: floatToDecimal(realized),
          peakEquity: floatToDecimal(peak),
          drawdownPct,
          maxDrawdownPct: Math.max(state.maxDrawdownPct, drawdownPct),
          lastRunAt: ts,
          lastBarTime: bar.time,
          ...(decision === null ? {} : { lastSignal: decision.signal, lastSignalAt: bar.time }),
          ...extra,
        },
        ts,
      );
      return decisionId;
    });
    this.#peak = peak;
    this.#lastBarTime = bar.time;
    return id;
  }

  #writeLastBar(time: number): void {
    const ts = this.#deps.now();
    writeState(this.#deps.db, this.#setup.deploymentId, { lastBarTime: time, lastRunAt: ts }, ts);
    this.#lastBarTime = time;
  }

  #fail(error: unknown): void {
    if (this.#isStopped) return;
    const message = error instanceof Error ? error.message : String(error);
    this.#deps.log.error(`Deployment ${this.#setup.deploymentId} stopped on an error`, { error: message });
    this.#isStopped = true;
    this.#deps.onPause(`The runner failed: ${message}`);
  }
}
