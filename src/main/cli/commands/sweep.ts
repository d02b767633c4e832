import { GridSchema } from '../../backtest/sweep/grid';
import { isRankMetric, RANK_METRICS } from '../../backtest/sweep/rank';
import { runSweep, type SweepResult } from '../../backtest/sweep/sweep';
import { MarketCatalog } from '../../markets/market-catalog';
import { UsageError, type Command } from '../command';
import { BACKTEST_OPTIONS, backtestRequestFromFlags, jsonObjectFlag, numberFlag } from './backtest-flags';
import { asUsageError } from './cli-store';
import { EXCHANGE_OPTION_HELP, openCliMarket } from './market-cli';

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'Backtest every combination of a parameter grid across cores, ranked; optionally walk-forward',
  usage: [
    "tradewind sweep --strategy ma-crossover --grid '{\"short\":[10,20,50],\"long\":{\"from\":100,\"to\":300,\"step\":50}}'",
    '                --symbol BTCUSDT --interval 1h --from 2023-01-01 --to 2023-12-31 [--rank sharpe] [--top 10]',
    '                [--walk-forward 4] [--threads N] [--params <base JSON>] and every backtest flag (fees, capital, limits)',
    '',
    `--rank: ${RANK_METRICS.join(', ')}. Combinations the strategy refuses (short >= long) are skipped.`,
    '--walk-forward K cuts the range into K windows: the best set of each window is tested on the next,',
    'and only those out-of-sample results are stitched together and scored.',
    `${EXCHANGE_OPTION_HELP}. Also takes --data-dir <folder> and --json.`,
  ].join('\n'),
  options: { ...BACKTEST_OPTIONS, grid: { type: 'string' }, rank: { type: 'string' }, top: { type: 'string' }, 'walk-forward': { type: 'string' }, threads: { type: 'string' } },
  async run({ dataDir, isJson, out, values }) {
    const request = backtestRequestFromFlags('sweep', values);
    const grid = GridSchema.safeParse(jsonObjectFlag('sweep', 'grid', values.grid));
    if (values.grid === undefined) throw new UsageError('sweep: --grid is required, e.g. {"short":[10,20],"long":[100,200]}');
    if (!grid.success) throw new UsageError(`sweep: --grid: ${grid.error.issues[0]?.message ?? 'not a grid'}`);
    const rank = typeof values.rank === 'string' ? values.rank : 'sharpe';
    if (!isRankMetric(rank)) throw new UsageError(`sweep: --rank must be one of ${RANK_METRICS.join(', ')}`);
    const top = numberFlag('sweep', 'top', values.top, 10, 1, 100_000);
    const walkForward = numberFlag('sweep', 'walk-forward', values['walk-forward'], 0, 2, 50);
    const threads = values.threads === undefined ? undefined : numberFlag('sweep', 'threads', values.threads, 1, 1, 64);
    const { store, market, data } = openCliMarket(dataDir);
    try {
      const result = await runSweep(
        { candles: market.candles, markets: new MarketCatalog(store.db, data.logger) },
        { ...request, grid: grid.data, rank, ...(walkForward >= 2 ? { walkForwardWindows: walkForward } : {}), ...(threads === undefined ? {} : { threads }) },
      );
      out(isJson ? JSON.stringify({ ...result, rows: result.rows.slice(0, top) }) : describe(result, top));
    } catch (error: unknown) {
      throw asUsageError(error);
    } finally {
      store.close();
    }
  },
};

function describe(result: SweepResult, top: number): string {
  const pct = (value: number): string => `${(value * 100).toFixed(2)}%`;
  const header = `${result.sets} sets (${result.skipped} skipped), ${result.runs} runs over ${result.bars.toLocaleString('en-US')} bars on ${result.threads} thread(s) in ${(result.elapsedMs / 1000).toFixed(1)} s (${(result.runs / (result.elapsedMs / 1000)).toFixed(1)} runs/s), ranked by ${result.rank}`;
  const line = (params: Record<string, unknown>, m: SweepResult['rows'][number]['metrics']): string =>
    `${JSON.stringify(params)}  net ${pct(m.netProfitPct)}  sharpe ${m.sharpe.toFixed(2)}  max dd ${pct(m.maxDrawdown)}  trades ${m.tradeCount}`;
  if (result.walkForward === null) return [header, ...result.rows.slice(0, top).map((row, i) => `${String(i + 1).padStart(3)}. ${line(row.params, row.metrics)}`)].join('\n');
  const walk = result.walkForward;
  const day = (time: number): string => new Date(time).toISOString().slice(0, 10);
  return [
    header,
    ...walk.folds.map((fold, i) => `fold ${i + 1}: train ${day(fold.trainFrom)} → ${day(fold.trainTo)}, test ${day(fold.testFrom)} → ${day(fold.testTo)}: ${line(fold.params, fold.testMetrics)}`),
    `out of sample, stitched: net ${pct(walk.metrics.netProfitPct)}  sharpe ${walk.metrics.sharpe.toFixed(2)}  max dd ${pct(walk.metrics.maxDrawdown)}  trades ${walk.metrics.tradeCount}  fingerprint ${walk.fingerprint}`,
  ].join('\n');
}
