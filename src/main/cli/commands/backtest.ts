import { runBacktest, type BacktestResult } from '../../backtest/backtest-runner';
import { saveBacktest } from '../../backtest/backtest-repo';
import { MarketCatalog } from '../../markets/market-catalog';
import { type Command } from '../command';
import { asUsageError } from './cli-store';
import { BACKTEST_OPTIONS, backtestRequestFromFlags } from './backtest-flags';
import { EXCHANGE_OPTION_HELP, openCliMarket } from './market-cli';

export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'Run a strategy over stored candles: metrics, trades and the run\'s fingerprint',
  usage: [
    "tradewind backtest --strategy ma-crossover --params '{\"short\":50,\"long\":200}' --symbol BTCUSDT --interval 1m --from 2024-01-01 --to 2024-12-31",
    '                   [--fee 0.001 | --maker-fee 0.001 --taker-fee 0.001] [--slippage-bps 0] [--capital 10000] [--exchange binance]',
    '                   [--max-trades-per-day N] [--max-amount-per-trade Q] [--cooldown-minutes M] [--max-drawdown 0.2]',
    '',
    'Strategies: rsi-reversal, ma-crossover, combined. --params is JSON; what it leaves out takes the defaults.',
    'Bars come from the store (or are built from stored 1-minute bars). The run is saved.',
    'The risk limits are those of live trading: they stop entries (never close a position); each is off unless given.',
    `${EXCHANGE_OPTION_HELP}. Also takes --data-dir <folder> and --json (metrics, trades and fingerprint).`,
  ].join('\n'),
  options: BACKTEST_OPTIONS,
  run: ({ dataDir, isJson, out, values }) =>
    new Promise<void>((resolve) => {
      const request = backtestRequestFromFlags('backtest', values);
      const { store, market, data } = openCliMarket(dataDir);
      try {
        const result = runBacktest({ candles: market.candles, markets: new MarketCatalog(store.db, data.logger) }, request);
        const runId = saveBacktest(store.db, result, Date.now());
        out(isJson ? JSON.stringify(toJson(result, runId)) : describe(result, runId));
      } catch (error: unknown) {
        throw asUsageError(error);
      } finally {
        store.close();
      }
      resolve();
    }),
};

function toJson(result: BacktestResult, runId: number) {
  return {
    runId,
    strategy: result.request.strategy,
    strategyVersion: result.strategyVersion,
    params: result.params,
    parameterHash: result.parameterHash,
    symbol: result.request.symbol,
    interval: result.request.interval,
    venue: result.request.venue,
    bars: result.bars,
    firstBar: result.firstBar,
    lastBar: result.lastBar,
    candleSource: result.candleSource,
    rulesSource: result.rulesSource,
    costs: result.request.costs,
    metrics: result.metrics,
    refused: result.refused,
    blocked: result.blocked,
    limits: result.request.limits ?? null,
    fingerprint: result.fingerprint,
    trades: result.trades,
  };
}

function describe(result: BacktestResult, runId: number): string {
  const m = result.metrics;
  const pct = (value: number): string => `${(value * 100).toFixed(2)} %`;
  const money = (value: number): string => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const days = (ms: number): string => `${(ms / 86_400_000).toFixed(1)} days`;
  const duration = (ms: number): string => (ms < 2 * 3_600_000 ? `${(ms / 60_000).toFixed(1)} min` : ms < 2 * 86_400_000 ? `${(ms / 3_600_000).toFixed(1)} h` : days(ms));
  const rows: Array<[string, string]> = [
    ['net profit', `${money(m.netProfit)} (${pct(m.netProfitPct)})`],
    ['buy and hold', pct(m.buyAndHoldPct)],
    ['CAGR', pct(m.cagr)],
    ['Sharpe / Sortino / Calmar', `${m.sharpe.toFixed(2)} / ${m.sortino.toFixed(2)} / ${m.calmar.toFixed(2)}`],
    ['max drawdown', `${pct(m.maxDrawdown)}, longest ${days(m.maxDrawdownDurationMs)}`],
    ['trades', `${m.tradeCount} (win rate ${pct(m.winRate)}, profit factor ${m.profitFactor.toFixed(2)}, expectancy ${money(m.expectancy)})`],
    ['exposure', pct(m.exposure)],
    ['average trade', duration(m.averageTradeDurationMs)],
    ['fees paid', money(m.feesPaid)],
  ];
  return [
    `${result.request.strategy} on ${result.request.symbol} ${result.request.interval}: ${result.bars.toLocaleString('en-US')} bars${result.candleSource === 'derived' ? ' (built from 1m)' : ''}, run ${runId}`,
    ...rows.map(([name, value]) => `  ${name.padEnd(26)} ${value}`),
    ...(result.refused > 0 ? [`  ${'refused entries'.padEnd(26)} ${result.refused} (below the symbol's minimums)`] : []),
    ...Object.entries(result.blocked)
      .filter(([, count]) => count > 0)
      .map(([limit, count]) => `  ${`blocked by ${limit}`.padEnd(26)} ${count}`),
    `  ${'fingerprint'.padEnd(26)} ${result.fingerprint}`,
  ].join('\n');
}
