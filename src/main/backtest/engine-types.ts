/** Costs of the simulated broker, shared by backtests and (later) paper trading. */
export interface BrokerCosts {
  /** Fee rate on limit fills (take-profit, resting limit entries); Binance's default is 0.001. */
  readonly makerFee: number;
  /** Fee rate on market fills (market entries and exits, stop-losses). */
  readonly takerFee: number;
  /** Adverse slippage on market fills, in basis points of the price. */
  readonly slippageBps: number;
}

export const DEFAULT_COSTS: BrokerCosts = { makerFee: 0.001, takerFee: 0.001, slippageBps: 0 };

export type ExitReason = 'signal' | 'stop-loss' | 'take-profit' | 'trailing-stop' | 'end-of-data';

/** One round trip, long only. Prices are fill prices after slippage and tick rounding. */
export interface BacktestTrade {
  readonly entryTime: number;
  readonly entryPrice: number;
  /** Null while the trade is still open at the end of the data (then marked at the last close). */
  readonly exitTime: number | null;
  readonly exitPrice: number | null;
  readonly quantity: number;
  /** Entry and exit fees, in quote currency. */
  readonly fees: number;
  /** Net of fees; for an open trade, against the last close. */
  readonly pnl: number;
  /** pnl over what the entry cost, fees included. */
  readonly returnPct: number;
  readonly entryReason: string;
  readonly exitReason: string | null;
}
