import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFileLines } from '../../../test-support/market-data-fixture';
import { aggregateMinutes } from '../../shared/market/aggregate';
import { CandleBatchBuilder, type CandleBatch } from '../../shared/market/candle-batch';
import { EntryLimits, NO_LIMITS } from '../../shared/risk/entry-limits';
import { strategyOfType } from '../../shared/strategy/registry';
import { type Intent, type PositionView, type StepContext, type StrategyDefinition } from '../../shared/strategy/types';
import { runEngine } from '../backtest/engine';
import { type BrokerCosts } from '../backtest/engine-types';
import { SimulatedBroker } from '../backtest/simulated-broker';
import { DEFAULT_RULES, RuleRounder } from '../backtest/symbol-rules';
import { FLAT, LiveStepper, parseParams } from './live-stepper';

/*
 * Parity: a strategy stepped live, one closed bar at a time with streaming indicators and a
 * position handed in from outside, decides exactly as the backtest engine on the same bars.
 * The engine runs with its strategy wrapped so every bar's context and intent are recorded;
 * the live side drives the engine's own SimulatedBroker bar by bar (settle the bar as the
 * engine does, show the broker's position, step, submit the intent). Indicator
 * values must be the same doubles (Object.is), positions, intents and the final trade list equal.
 */

const COSTS: BrokerCosts = { makerFee: 0.001, takerFee: 0.001, slippageBps: 2 };
const CAPITAL = 10_000;

function readCandles(file: string): CandleBatch {
  const [header, ...rows] = sharedFileLines(file);
  expect(header).toBe('open_time_ms,open,high,low,close,volume');
  const builder = new CandleBatchBuilder(false, rows.length);
  const row = new Float64Array(6);
  for (const line of rows) {
    const fields = line.split(',');
    for (let column = 0; column < 6; column++) row[column] = Number(fields[column]);
    builder.push(row);
  }
  return builder.build();
}

let hours2024: CandleBatch;
let storedHours: CandleBatch;
beforeAll(() => {
  hours2024 = aggregateMinutes(readCandles('BTCUSDT-1m-2024.csv.gz'), '1h').batch;
  storedHours = readCandles('BTCUSDT-1h.csv.gz');
}, 60_000);

interface Seen {
  readonly intent: Intent | null;
  readonly ind: Record<string, number>;
  readonly prev: Record<string, number>;
  readonly position: PositionView;
}

/** The engine's run, with what its strategy saw and answered on every bar. */
function engineRun(strategy: StrategyDefinition, params: Record<string, unknown>, candles: CandleBatch): { seen: Seen[]; output: ReturnType<typeof runEngine> } {
  const seen: Seen[] = [];
  const recording: StrategyDefinition = {
    ...strategy,
    step(context: StepContext<string>, p: Record<string, unknown>) {
      const intent = strategy.step(context, p);
      seen[context.index] = { intent, ind: { ...context.ind }, prev: { ...context.prev }, position: { ...context.position } };
      return intent;
    },
  };
  const output = runEngine({ strategy: recording, params, candles, initialCapital: CAPITAL, costs: COSTS, rules: DEFAULT_RULES });
  return { seen, output };
}

function brokerView(broker: SimulatedBroker): PositionView {
  return {
    isOpen: broker.isOpen,
    quantity: broker.quantity,
    entryPrice: broker.entryPrice,
    entryTime: broker.entryTime,
    barsHeld: broker.barsHeld,
    isEntryPending: broker.isEntryPending,
  };
}

/** Same doubles, NaN included, -0 told from 0. */
function sameValues(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

const CASES = [
  ['rsi-reversal', {}],
  ['rsi-reversal', { period: 7, oversold: 25, overbought: 75, stopLoss: 0.02, takeProfit: 0.04 }],
  ['ma-crossover', { short: 20, long: 50 }],
  ['ma-crossover', { short: 20, long: 60, average: 'ema', stopLoss: 0.01, takeProfit: 0.02, trailingStop: 0.015 }],
] as const;

describe.each([
  ['the 2024 year in 1h bars built from the stored 1m bars', () => hours2024, 8784],
  ['the stored 1h file (2023)', () => storedHours, 8996],
] as const)('live stepping equals the backtest on %s', (_name, candlesOf, bars) => {
  it.each(CASES)('%s %j', (type, raw) => {
    const candles = candlesOf();
    expect(candles.length).toBe(bars);
    const strategy = strategyOfType(type) as StrategyDefinition;
    const params = parseParams(strategy, raw);
    const engine = engineRun(strategy, params, candles);

    const stepper = LiveStepper.forType(type, raw);
    const broker = new SimulatedBroker(CAPITAL, COSTS, new RuleRounder(DEFAULT_RULES), new EntryLimits(NO_LIMITS));
    const equity = new Float64Array(candles.length);
    let intents = 0;
    const mismatches: string[] = [];
    for (let i = 0; i < candles.length; i++) {
      const bar = {
        time: candles.openTime[i] as number,
        open: candles.open[i] as number,
        high: candles.high[i] as number,
        low: candles.low[i] as number,
        close: candles.close[i] as number,
        volume: candles.volume[i] as number,
      };
      broker.settleBar(bar.time, bar.open, bar.high, bar.low);
      equity[i] = broker.cash + broker.quantity * bar.close;
      stepper.setPosition(brokerView(broker));
      const result = stepper.step(bar);
      if (result.intent !== null) {
        intents += 1;
        broker.submit(result.intent);
      }
      const expected = engine.seen[i] as Seen;
      if (result.index !== i) mismatches.push(`bar ${i}: index ${result.index}`);
      if (!sameValues(result.inputs, expected.ind)) mismatches.push(`bar ${i}: inputs ${JSON.stringify(result.inputs)} vs ${JSON.stringify(expected.ind)}`);
      if (!sameValues(result.previous, expected.prev)) mismatches.push(`bar ${i}: previous ${JSON.stringify(result.previous)} vs ${JSON.stringify(expected.prev)}`);
      if (JSON.stringify(stepper.position) !== JSON.stringify(expected.position)) mismatches.push(`bar ${i}: position differs`);
      if (JSON.stringify(result.intent) !== JSON.stringify(expected.intent)) mismatches.push(`bar ${i}: intent ${JSON.stringify(result.intent)} vs ${JSON.stringify(expected.intent)}`);
      if (mismatches.length > 5) break;
    }
    broker.finish(candles.close[candles.length - 1] as number);

    expect(mismatches).toEqual([]);
    expect(engine.seen).toHaveLength(candles.length);
    // Not a vacuous comparison: the strategy traded, with exits of its own and (where set) protective ones.
    expect(intents).toBeGreaterThan(20);
    expect(engine.output.trades.length).toBeGreaterThan(10);
    expect(broker.trades).toEqual(engine.output.trades);
    expect(Array.from(equity)).toEqual(Array.from(engine.output.equity));
    expect(broker.feesPaid).toBe(engine.output.feesPaid);
  });
});

describe('LiveStepper', () => {
  it('validates parameters with the strategy schema and fills in defaults', () => {
    expect(LiveStepper.forType('rsi-reversal', {}).params).toMatchObject({ period: 14, oversold: 30, overbought: 70, amountPerTrade: 100 });
    expect(() => LiveStepper.forType('rsi-reversal', { oversold: 80, overbought: 70 })).toThrow(/Invalid parameters for rsi-reversal: oversold: Oversold must be below overbought/);
    expect(() => LiveStepper.forType('ma-crossover', { short: 'fast' })).toThrow(/Invalid parameters for ma-crossover: short:/);
    expect(() => LiveStepper.forType('no-such-strategy', {})).toThrow('Unknown strategy type "no-such-strategy"');
  });

  it('refuses a bar out of time order or with a non-finite field, without consuming it', () => {
    const stepper = LiveStepper.forType('ma-crossover', { short: 1, long: 2 });
    const bar = { time: 1000, open: 1, high: 2, low: 0.5, close: 1.5, volume: 3 };
    expect(stepper.step(bar)).toMatchObject({ index: 0, inputs: { fast: 1.5, slow: NaN }, previous: { fast: NaN, slow: NaN } });
    expect(() => stepper.step(bar)).toThrow(RangeError);
    expect(() => stepper.step({ ...bar, time: 2000, close: NaN })).toThrow("The bar's close must be a finite number");
    expect(stepper.barCount).toBe(1);
    expect(stepper.step({ ...bar, time: 2000, close: 2.5 })).toMatchObject({ index: 1, inputs: { fast: 2.5, slow: 2 }, previous: { fast: 1.5, slow: NaN } });
  });

  it('shows the strategy the position set from outside, copied', () => {
    const stepper = LiveStepper.forType('rsi-reversal', {});
    expect(stepper.position).toEqual(FLAT);
    const view = { isOpen: true, quantity: 0.5, entryPrice: 100, entryTime: 1, barsHeld: 3, isEntryPending: false };
    stepper.setPosition(view);
    view.quantity = 9;
    expect(stepper.position.quantity).toBe(0.5);
  });

  it('consumes a bar whose step throws: the next bar sees it as prev', () => {
    const strategy = strategyOfType('ma-crossover') as StrategyDefinition;
    let shouldThrow = true;
    const flaky: StrategyDefinition = {
      ...strategy,
      step(context, p) {
        if (shouldThrow) throw new Error('boom');
        return strategy.step(context, p);
      },
    };
    const stepper = new LiveStepper(flaky, parseParams(flaky, { short: 1, long: 2 }));
    expect(() => stepper.step({ time: 1, open: 1, high: 1, low: 1, close: 1, volume: 1 })).toThrow('boom');
    shouldThrow = false;
    expect(stepper.step({ time: 2, open: 1, high: 1, low: 1, close: 3, volume: 1 })).toMatchObject({ index: 1, previous: { fast: 1, slow: NaN }, inputs: { fast: 3, slow: 2 } });
  });
});
