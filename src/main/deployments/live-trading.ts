import { Decimal, toExchangeString } from '../../shared/exchange/decimal';
import { intervalMs } from '../../shared/market/intervals';
import { type Deployment } from '../../shared/schemas/deployments';
import { type ExchangeService } from '../exchange/exchange-service';
import { type MarketCatalog } from '../markets/market-catalog';
import { type StoreDb } from '../store/open-store';
import { type DeploymentBook } from './deployment-book';
import { entryLimitSettings, readDeploymentLimits } from './deployment-limits';
import { readStateRow } from './deployment-repo';
import { LiveDeploymentBook, type LiveBookSnapshot, type LiveOrderDesk } from './live-deployment-book';

/** What a live deployment needs from the app: its book on the exchange, and the balance its sessions start and end with. */
export interface LiveTrading {
  book(deployment: Deployment): Promise<DeploymentBook>;
  /** The account's worth on the deployment's market: its quote plus its base at the last price (free and locked). */
  sessionBalance(deployment: Deployment): Promise<string>;
}

export interface LiveTradingDeps {
  readonly db: StoreDb;
  readonly desk: LiveOrderDesk;
  readonly exchange: ExchangeService;
  readonly markets: MarketCatalog;
  readonly now?: () => number;
}

export function createLiveTrading({ db, desk, exchange, markets, now = Date.now }: LiveTradingDeps): LiveTrading {
  async function marketOf(deployment: Deployment) {
    const connection = await exchange.connect(deployment.accountId);
    const filters = markets.filters(connection.venue, deployment.symbol);
    if (filters === null) throw new Error(`${deployment.symbol} is not traded on this exchange`);
    return { connection, filters };
  }

  return {
    async book(deployment) {
      const { filters } = await marketOf(deployment);
      const saved = readStateRow(db, deployment.id).book;
      return new LiveDeploymentBook({
        db,
        desk,
        deploymentId: deployment.id,
        accountId: deployment.accountId,
        symbol: deployment.symbol,
        filters,
        barMs: intervalMs(deployment.timeframe),
        capital: Number(deployment.amountPerTrade),
        limits: entryLimitSettings(readDeploymentLimits(db, deployment.id)),
        saved: saved === null ? null : (JSON.parse(saved) as LiveBookSnapshot),
        now,
      });
    },

    async sessionBalance(deployment) {
      const { connection, filters } = await marketOf(deployment);
      const [account, last] = await Promise.all([connection.gateway.fetchAccount(), connection.gateway.lastPrice(deployment.symbol)]);
      const total = (asset: string): Decimal => {
        const balance = account.balances.find((candidate) => candidate.asset === asset);
        return balance === undefined ? new Decimal(0) : new Decimal(balance.free).plus(balance.locked);
      };
      return toExchangeString(total(filters.quoteAsset).plus(total(filters.baseAsset).times(last)).toDecimalPlaces(8));
    },
  };
}
