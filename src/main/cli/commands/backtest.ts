import { runBacktest, type BacktestResult } from '../../backtest/backtest-runner';
import { saveBacktest } from '../../backtest/backtest-repo';
import { DEFAULT_COSTS } from '../../backtest/engine-types';
import { MarketCatalog } from '../../markets/market-catalog';
import { UsageError, type Command } from '../command';
import { asUsageError } from './cli-store';
import { parseDateFlag } from './export';
import { EXCHANGE_OPTION_HELP, intervalFlag, openCliMarket, requiredFlag, symbolFlag, venueFlag } from './market-cli';

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
  options: {
    strategy: { type: 'string' },
    params: { type: 'string' },
    symbol: { type: 'string' },
    interval: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    fee: { type: 'string' },
    'maker-fee': { type: 'string' },
    'taker-fee': { type: 'string' },
    'slippage-bps': { type: 'string' },
    capital: { type: 'string' },
    exchange: { type: 'string' },
    'max-trades-per-day': { type: 'string' },
    'max-amount-per-trade': { type: 'string' },
    'cooldown-minutes': { type: 'string' },
    'max-drawdown': { type: 'string' },
  },
  run: ({ dataDir, isJson, out, values }) =>
    new Promise<void>((resolve) => {
      const strategy = requiredFlag('backtest', values, 'strategy');
      const params = paramsFlag(values.params);
      const symbol = symbolFlag('backtest', requiredFlag('backtest', values, 'symbol'));
      const interval = intervalFlag('backtest', requiredFlag('backtest', values, 'interval'));
      const from = parseDateFlag('from', requiredFlag('backtest', values, 'from'), 'backtest');
      const to = parseDateFlag('to', requiredFlag('backtest', values, 'to'), 'backtest');
      if (from > to) throw new UsageError('backtest: --from is after --to');
      const fee = rateFlag('fee', values.fee, DEFAULT_COSTS.takerFee);
      const costs = {
        makerFee: rateFlag('maker-fee', values['maker-fee'], fee),
        takerFee: rateFlag('taker-fee', values['taker-fee'], fee),
        slippageBps: numberFlag('slippage-bps', values['slippage-bps'], 0, 0, 1000),
      };
      const initialCapital = numberFlag('capital', values.capital, 10_000, 1, 1e12);
      const optional = (name: string, min: number, max: number): number | null => (values[name] === undefined ? null : numberFlag(name, values[name], 0, min, max));
      const cooldownMinutes = optional('cooldown-minutes', 0, 525_600);
      const limits = {
        maxTradesPerDay: optional('max-trades-per-day', 1, 100_000),
        maxAmountPerTrade: optional('max-amount-per-trade', 0, 1e12),
        cooldownMs: cooldownMinutes === null ? null : cooldownMinutes * 60_000,
        maxDrawdownPct: optional('max-drawdown', 0.001, 1),
      };
      const venue = venueFlag('backtest', values.exchange);
      const { store, market, data } = openCliMarket(dataDir);
      try {
        const result = runBacktest({ candles: market.candles, markets: new MarketCatalog(store.db, data.logger) }, { strategy, params, venue, symbol, interval, from, to, initialCapital, costs, limits });
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

function paramsFlag(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'string') throw new UsageError('backtest: --params takes one JSON object');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError(`backtest: --params is not JSON: ${value.slice(0, 80)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError('backtest: --params must be a JSON object such as {"short":50}');
  return parsed as Record<string, unknown>;
}

function numberFlag(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(number) || number < min || number > max) {
    throw new UsageError(`backtest: --${name} must be a number from ${min} to ${max}`);
  }
  return number;
}

function rateFlag(name: string, value: unknown, fallback: number): number {
  return numberFlag(name, value, fallback, 0, 0.1);
}

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
