import { type Decision, type Deployment, type DeploymentTrade } from '../../../shared/schemas/deployments';
import { type DivergenceTrade } from '../../../shared/schemas/divergence';

/**
 * The bar an order of the deployment filled in: the bar after the one whose decision sent it
 * (live fills carry the exchange's clock, not the bar's), or for paper and orders no decision
 * sent (a bracket's exit), the bar its time falls in.
 */
function fillBar(time: number, clientOrderId: string | null, decisions: readonly Decision[], barMs: number): number {
  const decided = clientOrderId === null ? null : (decisions.find((candidate) => candidate.orderClientId === clientOrderId)?.barTime ?? null);
  return decided === null ? Math.floor(time / barMs) * barMs : decided + barMs;
}

/** A session's closed round trips in the replay's terms. */
export function closedSessionTrades(trades: readonly DeploymentTrade[], decisions: readonly Decision[], barMs: number): DivergenceTrade[] {
  return trades.map((trade) => ({
    entryBar: fillBar(trade.entryTime, trade.entryOrderClientId, decisions, barMs),
    entryPrice: trade.entryPrice,
    exitBar: fillBar(trade.exitTime, trade.exitOrderClientId, decisions, barMs),
    exitPrice: trade.exitPrice,
    quantity: trade.quantity,
    fees: trade.fees,
    pnl: trade.pnl,
    exitReason: trade.exitReason,
  }));
}

/**
 * The position the deployment still held at the session's last bar, entered on its newest buy
 * that placed an order; null when flat. Only the newest session's is known (the state is the
 * deployment's, not the session's).
 */
export function openSessionTrade(deployment: Deployment, decisions: readonly Decision[], closed: readonly DivergenceTrade[], barMs: number): DivergenceTrade | null {
  const quantity = Number(deployment.state.positionQty);
  if (!(quantity > 0)) return null;
  const entered = decisions.filter((decision) => decision.signal === 'buy' && decision.noOrderReason === null && decision.barTime !== null);
  const signalBar = entered.at(-1)?.barTime ?? null;
  if (signalBar === null) return null;
  const entryBar = signalBar + barMs;
  if (closed.some((trade) => trade.entryBar === entryBar)) return null;
  return {
    entryBar,
    entryPrice: deployment.state.entryPrice === null ? null : Number(deployment.state.entryPrice),
    exitBar: null,
    exitPrice: null,
    quantity,
    fees: null,
    pnl: null,
    exitReason: null,
  };
}
