import { runEngine, type EngineOutput } from '../src/main/backtest/engine';
import { DEFAULT_COSTS } from '../src/main/backtest/engine-types';
import { type SymbolRules } from '../src/main/backtest/symbol-rules';
import { parseParams } from '../src/main/strategy-runner/live-stepper';
import { CandleBatchBuilder, type CandleBatch } from '../src/shared/market/candle-batch';
import { strategyOfType } from '../src/shared/strategy/registry';
import { TRADER } from './binance-emulator/market-fixtures';
import { startBinanceEmulator } from './binance-emulator/server';
import { type BinanceEmulator, type EmulatorOptions } from './binance-emulator/types';
import { sharedFileLines } from './market-data-fixture';
import { startTrading, type TradingFixture, type TradingOptions } from './trading-fixture';

/** Deployments trade the emulator's replay of real 1m bars from here, with January and February behind it for the warm-up. */
export const REPLAY_START = Date.UTC(2024, 2, 1, 0, 0);
export const MINUTE = 60_000;
/** The runner's default warm-up. */
export const WARMUP_BARS = 1000;

/** The core trading on the emulator, which replays BTCUSDT-1m-2024 from REPLAY_START under a manual clock. */
export function startReplayTrading(options: Omit<TradingOptions, 'emulator'> = {}): Promise<TradingFixture> {
  return startTrading({ ...options, emulator: REPLAY_EMULATOR });
}

/** The emulator of `startReplayTrading`, on its own (for a test whose cores come and go). */
export function startReplayEmulator(): Promise<BinanceEmulator> {
  return startBinanceEmulator(REPLAY_EMULATOR);
}

const REPLAY_EMULATOR: EmulatorOptions = {
  keys: [{ ...TRADER, balances: [{ asset: 'USDT', free: '100000', locked: '0' }, { asset: 'BTC', free: '1', locked: '0' }] }],
  market: { BTCUSDT: { file: 'BTCUSDT-1m-2024.csv.gz', interval: '1m' } },
  replay: { start: new Date(REPLAY_START).toISOString(), speed: 0 },
};

/** The 2024 file's bars with open times from `from` to `to`, parsed here, apart from the product. */
export function fileCandles(from: number, to: number): CandleBatch {
  const builder = new CandleBatchBuilder(false);
  for (const line of sharedFileLines('BTCUSDT-1m-2024.csv.gz')) {
    const cells = line.split(',');
    const openTime = Number(cells[0]);
    if (!(openTime >= from && openTime <= to)) continue; // the header line is NaN
    builder.push(Float64Array.of(openTime, Number(cells[1]), Number(cells[2]), Number(cells[3]), Number(cells[4]), Number(cells[5])));
  }
  return builder.build();
}

/** Reads until `isDone` says so, every 10 ms; throws naming `what` after the timeout. */
export async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The backtest a paper deployment started at REPLAY_START must agree with: the engine over the
 * warm-up bars and the bars traded up to `lastBar`, trading from the first bar after the warm-up.
 */
export function replayBacktest(strategyType: string, params: Record<string, unknown>, rules: SymbolRules, lastBar: number, capital = 10_000): EngineOutput {
  const strategy = strategyOfType(strategyType);
  if (strategy === undefined) throw new Error(`${strategyType} is not built in`);
  return runEngine({
    strategy,
    params: parseParams(strategy, params),
    candles: fileCandles(REPLAY_START - WARMUP_BARS * MINUTE, lastBar),
    initialCapital: capital,
    costs: DEFAULT_COSTS,
    rules,
    tradeFromIndex: WARMUP_BARS,
  });
}
