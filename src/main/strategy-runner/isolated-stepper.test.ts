import { afterEach, describe, expect, it } from 'vitest';
import { sharedFileLines } from '../../../test-support/market-data-fixture';
import { type BarView, type PositionView } from '../../shared/strategy/types';
import { IsolatedStepper, type IsolatedStepOutcome, type IsolatedStepperOptions } from './isolated-stepper';
import { FLAT, LiveStepper } from './live-stepper';

const FIXTURE = new URL('./isolated-stepper.fixture.ts', import.meta.url).href;

const running: IsolatedStepper[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((stepper) => stepper.close()));
});

async function start(options: IsolatedStepperOptions): Promise<IsolatedStepper> {
  const stepper = await IsolatedStepper.start(options);
  running.push(stepper);
  return stepper;
}

function bar(i: number, close = 100 + i): BarView {
  return { time: 1_000 * (i + 1), open: close, high: close + 1, low: close - 1, close, volume: 1 };
}

function firstBars(count: number): BarView[] {
  const [, ...rows] = sharedFileLines('BTCUSDT-1h.csv.gz');
  return rows.slice(0, count).map((row) => {
    const [time, open, high, low, close, volume] = row.split(',').map(Number) as [number, number, number, number, number, number];
    return { time, open, high, low, close, volume };
  });
}

function expectFailure(outcome: IsolatedStepOutcome, error: string | RegExp, isStopped: boolean): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error).toMatch(error);
  expect(outcome.isStopped).toBe(isStopped);
}

describe('IsolatedStepper', () => {
  it('answers in its worker exactly as the LiveStepper in this thread, position included', async () => {
    const params = { period: 7, oversold: 35, overbought: 65 };
    const isolated = await start({ source: { type: 'rsi-reversal' }, params, stepBudgetMs: 5_000 });
    const local = LiveStepper.forType('rsi-reversal', params);
    let position: PositionView = FLAT;
    let intents = 0;
    for (const candle of firstBars(400)) {
      isolated.setPosition(position);
      local.setPosition(position);
      const outcome = await isolated.step(candle);
      const expected = local.step(candle);
      if (!outcome.ok) throw new Error(outcome.error);
      // NaN (the warm-up) survives the trip; the values are the same doubles.
      expect(outcome.result).toEqual(expected);
      const intent = expected.intent;
      if (intent?.action === 'enter') position = { isOpen: true, quantity: 0.01, entryPrice: candle.close, entryTime: candle.time, barsHeld: 0, isEntryPending: false };
      if (intent?.action === 'exit') position = FLAT;
      if (intent !== null) intents += 1;
    }
    expect(intents).toBeGreaterThan(4);
  });

  it('will not start with parameters the schema refuses, or a module without the strategy', async () => {
    await expect(IsolatedStepper.start({ source: { type: 'rsi-reversal' }, params: { oversold: 90 }, stepBudgetMs: 1_000 })).rejects.toThrow(
      /Invalid parameters for rsi-reversal: oversold: Oversold must be below overbought/,
    );
    await expect(IsolatedStepper.start({ source: { module: FIXTURE, exportName: 'nothingHere' }, params: {}, stepBudgetMs: 1_000 })).rejects.toThrow(
      /has no strategy export "nothingHere"/,
    );
  });

  it('resolves a step that throws as a failure with its message, and carries on', async () => {
    const stepper = await start({ source: { module: FIXTURE, exportName: 'throwingStrategy' }, params: { badBar: 1 }, stepBudgetMs: 5_000 });
    expect(await stepper.step(bar(0))).toMatchObject({ ok: true, result: { index: 0, intent: null } });
    expectFailure(await stepper.step(bar(1)), /^strategy blew up on bar 1$/, false);
    expect(await stepper.step(bar(2))).toMatchObject({ ok: true, result: { index: 2, previous: { close: 101 }, inputs: { close: 102 } } });
    expect(stepper.stoppedReason).toBeNull();
  });

  it('resolves an answer that cannot be posted back as a failure', async () => {
    const stepper = await start({ source: { module: FIXTURE, exportName: 'unclonableStrategy' }, params: {}, stepBudgetMs: 5_000 });
    expectFailure(await stepper.step(bar(0)), /could not be cloned/, false);
    expect(await stepper.step(bar(1))).toMatchObject({ ok: false, isStopped: false });
  });

  it('terminates a step that loops forever at its budget, keeps this thread responsive, and refuses steps until restarted', async () => {
    const budget = 300;
    const stepper = await start({ source: { module: FIXTURE, exportName: 'loopingStrategy' }, params: { badBar: 1 }, stepBudgetMs: budget });
    expect(await stepper.step(bar(0))).toMatchObject({ ok: true });

    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    const looping = stepper.step(bar(1));
    const queued = stepper.step(bar(2)); // asked for while the loop runs: refused once the worker is gone
    const outcome = await looping;
    const elapsed = performance.now() - started;
    clearInterval(timer);

    expectFailure(outcome, `The strategy step exceeded its ${budget} ms budget`, true);
    expect(elapsed).toBeGreaterThanOrEqual(budget - 5);
    expect(elapsed).toBeLessThan(budget + 2_000);
    // A 10 ms timer kept firing in this thread while the strategy spun in its own.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(budget / 10 / 3));
    expectFailure(await queued, /exceeded its 300 ms budget; restart it to step again/, true);
    expectFailure(await stepper.step(bar(3)), /exceeded its 300 ms budget; restart it to step again/, true);
    expect(stepper.stoppedReason).toBe(`The strategy step exceeded its ${budget} ms budget`);

    // A restart is a fresh stepper: fresh indicators, index from 0, flat.
    await stepper.restart();
    expect(stepper.stoppedReason).toBeNull();
    expect(await stepper.step(bar(10))).toMatchObject({ ok: true, result: { index: 0, previous: { close: NaN }, inputs: { close: 110 } } });
  });

  it('refuses steps once closed', async () => {
    const stepper = await start({ source: { type: 'ma-crossover' }, params: { short: 2, long: 3 }, stepBudgetMs: 5_000 });
    expect(await stepper.step(bar(0))).toMatchObject({ ok: true });
    await stepper.close();
    expectFailure(await stepper.step(bar(1)), /closed; restart it to step again/, true);
  });
});
