import os from 'node:os';
import { runBacktest } from '../../src/main/backtest/backtest-runner';
import { runSweep } from '../../src/main/backtest/sweep/sweep';
import { type MarketData } from '../../src/main/market/market-data';
import { runEngine } from '../../src/main/backtest/engine';
import { DEFAULT_COSTS } from '../../src/main/backtest/engine-types';
import { DEFAULT_RULES } from '../../src/main/backtest/symbol-rules';
import { strategyOfType } from '../../src/shared/strategy/registry';
import { SERIES, YEAR_FILE, YEAR_ROWS } from '../lib/kline-inputs';
import { openBenchMarket, seriesIdOf, timed, timeImport } from '../lib/market-store';
import { median, type Figure } from '../lib/results';

const RUNS = 7;
const STRATEGIES = ['ma-crossover', 'rsi-reversal'] as const;

/**
 * The built-in MA crossover and RSI strategies over the whole 2024 1-minute year (527,040
 * bars) with Binance's 0.1 % fees, on one core. The engine figure is the backtest proper:
 * indicators, the simulated broker and the strategy, bars already in memory (a sweep reads
 * them once). The end-to-end figure adds reading the bars from the store, the metrics and the
 * fingerprint, as one CLI run does. The best published figure we know is about 0.5 M
 * one-minute bars/s (Jesse, fast mode); the target is 5 M.
 */
export async function benchBacktest(): Promise<Figure[]> {
  const store = openBenchMarket();
  try {
    await timeImport(store.market, YEAR_FILE, YEAR_ROWS);
    const candles = store.market.candles.range(seriesIdOf(store.market), 0, Number.MAX_SAFE_INTEGER);
    const figures: Figure[] = [];
    for (const type of STRATEGIES) {
      const strategy = strategyOfType(type);
      if (strategy === undefined) throw new Error(`no strategy ${type}`);
      const params = strategy.params.parse({});
      const engine: number[] = [];
      const endToEnd: number[] = [];
      let trades = 0;
      for (let run = -1; run < RUNS; run++) {
        const hot = timed(() => runEngine({ strategy, params, candles, initialCapital: 10_000, costs: DEFAULT_COSTS, rules: DEFAULT_RULES }));
        const full = timed(() =>
          runBacktest(
            { candles: store.market.candles, markets: null },
            { strategy: type, params: {}, ...SERIES, from: 0, to: Number.MAX_SAFE_INTEGER, initialCapital: 10_000, costs: DEFAULT_COSTS },
          ),
        );
        trades = hot.value.trades.length;
        if (full.value.trades.length !== trades) throw new Error(`${type}: ${full.value.trades.length} trades end to end, ${trades} in the engine`);
        if (run < 0) continue;
        engine.push(hot.ms);
        endToEnd.push(full.ms);
      }
      const barsPerSecond = (ms: number): number => Math.round((candles.length / ms) * 1000);
      figures.push(
        { name: `backtest ${type} over 527,040 1m bars, engine (median of ${RUNS})`, value: barsPerSecond(median(engine)), unit: 'bars/s', note: `${trades} trades, fees 0.1 %; ${(barsPerSecond(median(engine)) / 5e6).toFixed(2)}× the 5 M bars/s target, ${(barsPerSecond(median(engine)) / 5e5).toFixed(1)}× Jesse's published ~0.5 M` },
        { name: `backtest ${type} over 527,040 1m bars, end to end with the store read`, value: barsPerSecond(median(endToEnd)), unit: 'bars/s', note: `${median(endToEnd).toFixed(0)} ms in all, of which the engine ${median(engine).toFixed(0)} ms` },
      );
    }
    figures.push(...(await sweepThroughput(store.market)));
    return figures;
  } finally {
    await store.close();
  }
}

/**
 * A 16-set MA crossover grid over the 2024 1-minute year on every core, against the same grid
 * on one thread in the same run: runs per second, and how well the workers scale.
 */
async function sweepThroughput(market: MarketData): Promise<Figure[]> {
  const request = {
    strategy: 'ma-crossover',
    params: {},
    grid: { short: [10, 20, 30, 50], long: [100, 150, 200, 300] },
    ...SERIES,
    from: 0,
    to: Number.MAX_SAFE_INTEGER,
    initialCapital: 10_000,
    costs: DEFAULT_COSTS,
    rank: 'sharpe' as const,
  };
  const cores = os.availableParallelism();
  const all = await runSweep({ candles: market.candles, markets: null }, { ...request, threads: cores });
  const one = await runSweep({ candles: market.candles, markets: null }, { ...request, threads: 1 });
  const rate = (result: typeof all): number => result.runs / (result.elapsedMs / 1000);
  return [
    { name: `sweep of 16 MA crossover sets over 527,040 1m bars on ${cores} threads`, value: Number(rate(all).toFixed(2)), unit: 'runs/s', note: `${(all.elapsedMs / 1000).toFixed(2)} s, worker start and the store read included; ${Math.round((rate(all) * 527_040) / 1e6)} M bars/s in all` },
    { name: 'the same sweep on one thread (peer)', value: Number(rate(one).toFixed(2)), unit: 'runs/s', note: `${(one.elapsedMs / 1000).toFixed(2)} s` },
    { name: `sweep speed-up, ${cores} threads / 1`, value: Number((rate(all) / rate(one)).toFixed(2)), unit: 'x' },
  ];
}
