import { parentPort, workerData } from 'node:worker_threads';
import { type CandleBatch } from '../../../shared/market/candle-batch';
import { runSweepJob, type SweepJob, type SweepWorkerData } from './sweep-job';

/**
 * A sweep worker thread: takes jobs one message at a time and answers each with its result.
 * The bars arrive once, in SharedArrayBuffers, so no job copies them.
 */
const data = workerData as SweepWorkerData;
const candles: CandleBatch = { length: data.columns.openTime.length, ...data.columns, extra: null };
parentPort?.on('message', (job: SweepJob) => {
  try {
    parentPort?.postMessage({ ok: true, result: runSweepJob(candles, data.setting, job) });
  } catch (error: unknown) {
    parentPort?.postMessage({ ok: false, id: job.id, message: error instanceof Error ? error.message : String(error) });
  }
});
