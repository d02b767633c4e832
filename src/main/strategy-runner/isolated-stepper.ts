import { Worker } from 'node:worker_threads';
import { type BarView, type PositionView } from '../../shared/strategy/types';
import { workerEntry } from '../config/worker-entry';
import { FLAT, type LiveStepResult } from './live-stepper';
import { messageOf, type StepRequest, type StrategySource, type StrategyWorkerData, type WorkerReply } from './strategy-worker-protocol';

export interface IsolatedStepperOptions {
  readonly source: StrategySource;
  /** Raw parameters, validated in the worker by the strategy's schema. */
  readonly params: unknown;
  /** Wall time one step may take, from handing the bar over to the answer. */
  readonly stepBudgetMs: number;
  /** Wall time the worker may take to start (load the code, build the stepper). */
  readonly startBudgetMs?: number;
}

export type IsolatedStepOutcome =
  | { readonly ok: true; readonly result: LiveStepResult }
  /** `isStopped`: the stepper is stopped (budget exceeded, worker died, closed) and refuses steps until restarted. */
  | { readonly ok: false; readonly error: string; readonly isStopped: boolean };

const DEFAULT_START_BUDGET_MS = 20_000;

interface PendingStep {
  readonly id: number;
  readonly resolve: (outcome: IsolatedStepOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * A LiveStepper in its own worker thread, so a slow or crashing strategy cannot stall order
 * handling. Steps run one at a time, in call order. A step that throws resolves as a failure
 * with the error's message and the stepper carries on (the bar counts as consumed). A step
 * that outlasts its budget gets the worker terminated (even mid infinite loop) and resolves as
 * "exceeded its N ms budget"; from then on every step is refused until `restart()`, which
 * starts a fresh stepper (fresh indicators: warm it up again by stepping history bars).
 */
export class IsolatedStepper {
  #worker: Worker | null = null;
  #stoppedReason: string | null = 'The strategy stepper has not started';
  #pending: PendingStep | null = null;
  #nextId = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #position: PositionView = FLAT;

  private constructor(readonly options: IsolatedStepperOptions) {}

  /** Starts the worker; rejects with the reason when the strategy cannot be built (bad parameters, no such strategy). */
  static async start(options: IsolatedStepperOptions): Promise<IsolatedStepper> {
    const stepper = new IsolatedStepper(options);
    await stepper.restart();
    return stepper;
  }

  /** Why steps are refused, or null while the worker runs. */
  get stoppedReason(): string | null {
    return this.#stoppedReason;
  }

  /** The position the next step shows the strategy (as LiveStepper.setPosition). */
  setPosition(view: PositionView): void {
    this.#position = { ...view };
  }

  /** The strategy's answer to the next closed bar; never rejects. */
  step(bar: BarView): Promise<IsolatedStepOutcome> {
    const position = this.#position;
    const run = this.#queue.then(() => this.#send(bar, position));
    this.#queue = run;
    return run;
  }

  /** Stops any running worker (after the steps asked for before) and starts a fresh one; rejects when it cannot start. */
  restart(): Promise<void> {
    const run = this.#queue.then(() => this.#spawn());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Terminates the worker once the steps asked for before have answered; later steps are refused. */
  close(): Promise<void> {
    const run = this.#queue.then(() => this.#stop('The strategy stepper is closed'));
    this.#queue = run;
    return run;
  }

  async #spawn(): Promise<void> {
    this.#stop('The strategy stepper is restarting');
    this.#position = FLAT;
    const startBudget = this.options.startBudgetMs ?? DEFAULT_START_BUDGET_MS;
    const entry = workerEntry('strategy-worker', new URL('./strategy-worker.ts', import.meta.url));
    const data: StrategyWorkerData = { source: this.options.source, params: this.options.params };
    const worker = new Worker(entry.file, { eval: entry.isEval, workerData: data });
    await new Promise<void>((resolve, reject) => {
      const fail = (message: string): void => {
        this.#stoppedReason = message;
        cleanUp();
        void worker.terminate();
        reject(new Error(message));
      };
      const onMessage = (reply: WorkerReply): void => {
        if (reply.kind === 'start-failed') fail(reply.message);
        else if (reply.kind === 'ready') {
          cleanUp();
          resolve();
        }
      };
      const onError = (error: Error): void => fail(`The strategy worker failed to start: ${error.message}`);
      const onExit = (code: number): void => fail(`The strategy worker exited with code ${code} while starting`);
      const timer = setTimeout(() => fail(`The strategy worker did not start within its ${startBudget} ms budget`), startBudget);
      const cleanUp = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    this.#worker = worker;
    this.#stoppedReason = null;
    worker.on('message', (reply: WorkerReply) => this.#onReply(reply));
    worker.on('error', (error: Error) => this.#stop(`The strategy worker failed: ${error.message}`, worker));
    worker.on('exit', (code: number) => this.#stop(`The strategy worker exited with code ${code}`, worker));
  }

  #send(bar: BarView, position: PositionView): Promise<IsolatedStepOutcome> {
    const worker = this.#worker;
    if (worker === null) return Promise.resolve({ ok: false, error: `${this.#stoppedReason ?? 'Stopped'}; restart it to step again`, isStopped: true });
    return new Promise((resolve) => {
      const id = ++this.#nextId;
      const budget = this.options.stepBudgetMs;
      const timer = setTimeout(() => this.#stop(`The strategy step exceeded its ${budget} ms budget`, worker), budget);
      this.#pending = { id, resolve, timer };
      const request: StepRequest = {
        id,
        bar: { time: bar.time, open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume },
        position,
      };
      try {
        worker.postMessage(request);
      } catch (error: unknown) {
        this.#settle({ ok: false, error: messageOf(error), isStopped: false });
      }
    });
  }

  #onReply(reply: WorkerReply): void {
    const pending = this.#pending;
    if (pending === null || !('id' in reply) || reply.id !== pending.id) return;
    if (reply.kind === 'stepped') this.#settle({ ok: true, result: reply.result });
    else this.#settle({ ok: false, error: reply.message, isStopped: false });
  }

  #settle(outcome: IsolatedStepOutcome): void {
    const pending = this.#pending;
    if (pending === null) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    pending.resolve(outcome);
  }

  /** Terminates the worker (when `worker` is given, only if it is still the current one) and fails the step in flight. */
  #stop(reason: string, worker: Worker | null = this.#worker): void {
    if (worker === null || worker !== this.#worker) return;
    this.#worker = null;
    this.#stoppedReason = reason;
    worker.removeAllListeners();
    void worker.terminate();
    this.#settle({ ok: false, error: reason, isStopped: true });
  }
}
