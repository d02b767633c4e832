import { type CandleInterval } from '../../../shared/domain/enums';
import { type EntryLimitSettings } from '../../../shared/risk/entry-limits';
import { type BacktestRequest } from '../../backtest/backtest-runner';
import { DEFAULT_COSTS } from '../../backtest/engine-types';
import { UsageError, type CommandContext, type OptionSpecs } from '../command';
import { parseDateFlag } from './export';
import { intervalFlag, requiredFlag, symbolFlag, venueFlag } from './market-cli';

/** The flags `backtest` and `sweep` share: what to run, over which bars, at what cost, under which limits. */
export const BACKTEST_OPTIONS: OptionSpecs = {
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
};

/** A backtest request from the shared flags, with a one-line error naming the flag that is wrong. */
export function backtestRequestFromFlags(command: string, values: CommandContext['values']): BacktestRequest {
  const strategy = requiredFlag(command, values, 'strategy');
  const params = jsonObjectFlag(command, 'params', values.params);
  const symbol = symbolFlag(command, requiredFlag(command, values, 'symbol'));
  const interval: CandleInterval = intervalFlag(command, requiredFlag(command, values, 'interval'));
  const from = parseDateFlag('from', requiredFlag(command, values, 'from'), command);
  const to = parseDateFlag('to', requiredFlag(command, values, 'to'), command);
  if (from > to) throw new UsageError(`${command}: --from is after --to`);
  const number = (name: string, fallback: number, min: number, max: number): number => numberFlag(command, name, values[name], fallback, min, max);
  const fee = number('fee', DEFAULT_COSTS.takerFee, 0, 0.1);
  const costs = { makerFee: number('maker-fee', fee, 0, 0.1), takerFee: number('taker-fee', fee, 0, 0.1), slippageBps: number('slippage-bps', 0, 0, 1000) };
  const initialCapital = number('capital', 10_000, 1, 1e12);
  const optional = (name: string, min: number, max: number): number | null => (values[name] === undefined ? null : number(name, 0, min, max));
  const cooldownMinutes = optional('cooldown-minutes', 0, 525_600);
  const limits: EntryLimitSettings = {
    maxTradesPerDay: optional('max-trades-per-day', 1, 100_000),
    maxAmountPerTrade: optional('max-amount-per-trade', 0, 1e12),
    cooldownMs: cooldownMinutes === null ? null : cooldownMinutes * 60_000,
    maxDrawdownPct: optional('max-drawdown', 0.001, 1),
  };
  const venue = venueFlag(command, values.exchange);
  return { strategy, params, venue, symbol, interval, from, to, initialCapital, costs, limits };
}

/** A flag that takes one JSON object, e.g. --params '{"short":50}'. */
export function jsonObjectFlag(command: string, name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'string') throw new UsageError(`${command}: --${name} takes one JSON object`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError(`${command}: --${name} is not JSON: ${value.slice(0, 80)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`${command}: --${name} must be a JSON object such as {"short":50}`);
  return parsed as Record<string, unknown>;
}

export function numberFlag(command: string, name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(number) || number < min || number > max) {
    throw new UsageError(`${command}: --${name} must be a number from ${min} to ${max}`);
  }
  return number;
}
