import { parentPort, workerData } from 'node:worker_threads';
import { type StrategyDefinition } from '../../shared/strategy/types';
import { LiveStepper, parseParams } from './live-stepper';
import { messageOf, type StepRequest, type StrategySource, type StrategyWorkerData, type WorkerReply } from './strategy-worker-protocol';

/**
 * A strategy's own thread: builds a LiveStepper, says `ready` (or why it could not start),
 * then answers each bar with the step's result or the error the strategy threw. Nothing here
 * guards against a step that never returns: the main thread's budget terminates the thread.
 */
const port = parentPort;
const data = workerData as StrategyWorkerData;

function post(reply: WorkerReply): void {
  port?.postMessage(reply);
}

async function stepperOf(source: StrategySource, params: unknown): Promise<LiveStepper> {
  if ('type' in source) return LiveStepper.forType(source.type, params);
  const loaded = ((await import(source.module)) as Record<string, unknown>)[source.exportName] as Partial<StrategyDefinition> | undefined;
  if (typeof loaded?.step !== 'function' || typeof loaded.indicators !== 'function' || loaded.params === undefined) {
    throw new Error(`${source.module} has no strategy export "${source.exportName}"`);
  }
  const strategy = loaded as StrategyDefinition;
  return new LiveStepper(strategy, parseParams(strategy, params));
}

async function start(): Promise<void> {
  let stepper: LiveStepper;
  try {
    stepper = await stepperOf(data.source, data.params);
  } catch (error: unknown) {
    post({ kind: 'start-failed', message: messageOf(error) });
    return;
  }
  port?.on('message', (request: StepRequest) => {
    try {
      stepper.setPosition(request.position);
      // Posted inside the try: a result that cannot be cloned is this step's failure too.
      post({ kind: 'stepped', id: request.id, result: stepper.step(request.bar) });
    } catch (error: unknown) {
      post({ kind: 'step-failed', id: request.id, message: messageOf(error) });
    }
  });
  post({ kind: 'ready' });
}

void start();
