import { z } from 'zod';
import { BUILT_IN_STRATEGIES } from '../../../shared/strategy/registry';
import { type BacktestJobs } from '../../backtest/backtest-jobs';
import { BacktestReader } from '../../backtest/backtest-reader';
import { type SweepJobs } from '../../backtest/sweep/sweep-jobs';
import { type StoreDb } from '../../store/open-store';
import { type HandlerMap } from '../handler-types';

type BacktestMethods = 'strategies.list' | 'backtests.run' | 'backtests.cancel' | 'backtests.list' | 'backtests.get' | 'sweeps.run' | 'sweeps.cancel' | 'sweeps.get';

export function backtestHandlers(db: StoreDb, jobs: BacktestJobs, sweeps: SweepJobs): HandlerMap<BacktestMethods> {
  const reader = new BacktestReader(db);
  return {
    'strategies.list': () => ({
      strategies: BUILT_IN_STRATEGIES.map((strategy) => ({
        type: strategy.type,
        name: strategy.name,
        version: strategy.version,
        description: strategy.description,
        paramsSchema: z.toJSONSchema(strategy.params, { io: 'input' }),
        defaults: strategy.params.parse({}),
      })),
    }),
    'backtests.run': ({ makerFee, takerFee, slippageBps, limits, ...request }) =>
      jobs.start({ ...request, costs: { makerFee, takerFee, slippageBps }, ...(limits ? { limits } : {}) }),
    'backtests.cancel': ({ id }) => jobs.cancel(id),
    'backtests.list': ({ limit }) => ({ runs: reader.list(limit) }),
    'sweeps.run': ({ makerFee, takerFee, slippageBps, walkForwardWindows, ...request }) =>
      sweeps.start({ ...request, costs: { makerFee, takerFee, slippageBps }, ...(walkForwardWindows >= 2 ? { walkForwardWindows } : {}) }),
    'sweeps.cancel': ({ id }) => sweeps.cancel(id),
    'sweeps.get': ({ id }) => sweeps.get(id),
    'backtests.get': ({ id }) => reader.get(id),
  };
}
