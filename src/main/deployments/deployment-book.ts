import { type BarView, type Intent, type PositionView } from '../../shared/strategy/types';
import { type NewTrade, type StateUpdate } from './deployment-repo';

/** What came of a buy or sell: the order sent (or booked, on paper), or why none was. */
export interface ActOutcome {
  readonly orderClientId: string | null;
  readonly noOrderReason: string | null;
  /** In words, for the decision journal. */
  readonly outcome: string;
  /** A deployment limit stopped it: the deployment pauses with this reason. */
  readonly pauseReason: string | null;
}

/**
 * Where a deployment's orders go and its position is kept: the simulated broker (paper) or the
 * account on the exchange (live). The runner drives both alike, one closed bar at a time.
 */
export interface DeploymentBook {
  readonly mode: 'paper' | 'live';
  /** Brings the book to this closed bar before the strategy sees it (paper: settle the simulated orders; live: read the fills). */
  beforeStep(bar: BarView): Promise<void>;
  position(): PositionView;
  /** The deployment's equity in the quote asset at the last bar: what drawdown is measured on. */
  equity(): number;
  act(intent: Intent, bar: BarView): Promise<ActOutcome>;
  /** Round trips closed since the last call. */
  takeClosedTrades(): Omit<NewTrade, 'sessionId' | 'mode'>[];
  /** The state columns this book owns (position, entry, P&L, the paper book). */
  stateUpdate(bar: BarView): StateUpdate;
}
