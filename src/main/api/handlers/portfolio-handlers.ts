import { type StoreDb } from '../../store/open-store';
import { fillHistory, orderHistory } from '../../portfolio/history-queries';
import { type PortfolioService } from '../../portfolio/portfolio-service';
import { type HandlerMap } from '../handler-types';

type PortfolioMethods = 'orders.history' | 'fills.history' | 'portfolio.balances' | 'portfolio.positions' | 'portfolio.pnl' | 'market.ticker';

export function portfolioHandlers(deps: { db: StoreDb; portfolio: PortfolioService }): HandlerMap<PortfolioMethods> {
  const { db, portfolio } = deps;
  return {
    'orders.history': (input) => orderHistory(db, input),
    'fills.history': (input) => fillHistory(db, input),
    'portfolio.balances': ({ accountId }) => portfolio.balances(accountId),
    'portfolio.positions': ({ accountId, isOpenOnly }) => portfolio.positions(accountId, isOpenOnly),
    'portfolio.pnl': async ({ accountId, period, limit }) => ({ accountId, period, buckets: await portfolio.pnl(accountId, period, limit) }),
    'market.ticker': ({ accountId, symbol }) => portfolio.ticker(accountId, symbol),
  };
}
