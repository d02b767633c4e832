import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBacktest } from '../../src/main/backtest/backtest-runner';
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
    figures.push(...sweepThroughput());
    return figures;
  } finally {
    await store.close();
  }
}

/**
 * A 32-set MA crossover grid over the 2024 1-minute year through the built CLI (`node
 * out/main/cli.js sweep`, the product's own worker entry), on every core against one thread in
 * the same run: runs per second, and how well the workers scale. Needs `electron-vite build`
 * (npm run bench does it first).
 */
function sweepThroughput(): Figure[] {
  const cli = path.resolve(import.meta.dirname, '..', '..', 'out', 'main', 'cli.js');
  if (!fs.existsSync(cli)) return [{ name: 'sweep throughput (skipped: run electron-vite build first)', value: 0, unit: 'runs/s' }];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-bench-sweep-'));
  try {
    execFileSync(process.execPath, [cli, 'import', YEAR_FILE, '--symbol', 'BTCUSDT', '--interval', '1m', '--data-dir', dataDir]);
    const sweep = (threads: number): { runs: number; elapsedMs: number } =>
      JSON.parse(
        execFileSync(process.execPath, [cli, 'sweep', '--strategy', 'ma-crossover', '--grid', '{"short":[5,10,20,30,40,50,60,80],"long":[100,150,200,300]}', '--symbol', 'BTCUSDT', '--interval', '1m', '--from', '2024-01-01', '--to', '2024-12-31', '--threads', String(threads), '--top', '1', '--json', '--data-dir', dataDir], { encoding: 'utf8', maxBuffer: 1 << 26 }),
      ) as { runs: number; elapsedMs: number };
    const cores = os.availableParallelism();
    const all = sweep(cores);
    const one = sweep(1);
    const rate = (result: { runs: number; elapsedMs: number }): number => result.runs / (result.elapsedMs / 1000);
    return [
      { name: `sweep of 32 MA crossover sets over 527,040 1m bars on ${cores} threads (built CLI)`, value: Number(rate(all).toFixed(2)), unit: 'runs/s', note: `${(all.elapsedMs / 1000).toFixed(2)} s including the store read and worker start; ${((rate(all) * 527_040) / 1e6).toFixed(1)} M bars/s in all` },
      { name: 'the same sweep on one thread (peer)', value: Number(rate(one).toFixed(2)), unit: 'runs/s', note: `${(one.elapsedMs / 1000).toFixed(2)} s` },
      { name: `sweep speed-up, ${cores} threads / 1`, value: Number((rate(all) / rate(one)).toFixed(2)), unit: 'x' },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
