import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CandleBatch } from '../../../shared/market/candle-batch';
import { workerEntry } from '../../config/worker-entry';
import { runSweepJob, type SweepJob, type SweepJobResult, type SweepSetting, type SweepWorkerData } from './sweep-job';

type WorkerReply = { ok: true; result: SweepJobResult } | { ok: false; id: number; message: string };

/**
 * Worker threads for sweep jobs, one per core by default, each handed the next job as soon as
 * it finishes one. The bars go to every worker once, in shared memory, and the same workers
 * serve every batch of jobs (all the windows of a walk-forward). With one thread the jobs run
 * in this thread instead (no worker at all).
 */
export class SweepPool {
  readonly threads: number;
  readonly #workers: Worker[] = [];

  constructor(
    private readonly candles: CandleBatch,
    private readonly setting: SweepSetting,
    threads: number = os.availableParallelism(),
  ) {
    this.threads = Math.max(1, threads);
    if (this.threads === 1) return;
    const data: SweepWorkerData = { columns: sharedColumns(candles), setting };
    const entry = workerEntry('sweep-worker', new URL('./sweep-worker.ts', import.meta.url));
    for (let i = 0; i < this.threads; i++) this.#workers.push(new Worker(entry.file, { workerData: data, eval: entry.isEval }));
  }

  /** Runs the jobs; results come back in job order. `onResult` returning true stops handing out jobs. */
  async run(jobs: readonly SweepJob[], onResult?: (result: SweepJobResult) => boolean | void): Promise<SweepJobResult[]> {
    const results: SweepJobResult[] = [];
    let isStopped = false;
    const take = (result: SweepJobResult): void => {
      results.push(result);
      if (onResult?.(result) === true) isStopped = true;
    };
    if (this.#workers.length === 0 || jobs.length === 1) {
      for (const job of jobs) {
        if (isStopped) break;
        take(runSweepJob(this.candles, this.setting, job));
      }
      return results;
    }
    let next = 0;
    await Promise.all(
      this.#workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const onMessage = (reply: WorkerReply): void => {
              if (!reply.ok) {
                finish(new Error(`Sweep job ${reply.id} failed: ${reply.message}`));
                return;
              }
              take(reply.result);
              feed();
            };
            const onError = (error: Error): void => finish(error);
            const onExit = (code: number): void => finish(new Error(`A sweep worker stopped with code ${code}`));
            const finish = (error?: Error): void => {
              worker.off('message', onMessage);
              worker.off('error', onError);
              worker.off('exit', onExit);
              if (error === undefined) resolve();
              else reject(error);
            };
            const feed = (): void => {
              const job = jobs[next];
              if (job === undefined || isStopped) {
                finish();
                return;
              }
              next += 1;
              worker.postMessage(job);
            };
            worker.on('message', onMessage);
            worker.once('error', onError);
            worker.once('exit', onExit);
            feed();
          }),
      ),
    );
    return results.sort((a, b) => a.id - b.id);
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.splice(0).map((worker) => worker.terminate()));
  }
}

/** The bars copied once into SharedArrayBuffers, which every worker reads without a copy. */
function sharedColumns(candles: CandleBatch): SweepWorkerData['columns'] {
  const share = (column: Float64Array): Float64Array => {
    const shared = new Float64Array(new SharedArrayBuffer(column.length * Float64Array.BYTES_PER_ELEMENT));
    shared.set(column);
    return shared;
  };
  return { openTime: share(candles.openTime), open: share(candles.open), high: share(candles.high), low: share(candles.low), close: share(candles.close), volume: share(candles.volume) };
}
