import { EntryLimits, type EntryLimitSettings, type EntryLimitsSnapshot, type EntryRefusal } from '../../shared/risk/entry-limits';
import { type BarView, type Intent, type PositionView } from '../../shared/strategy/types';
import { type BacktestTrade, type BrokerCosts } from '../backtest/engine-types';
import { SimulatedBroker, type BrokerSnapshot } from '../backtest/simulated-broker';
import { RuleRounder, type SymbolRules } from '../backtest/symbol-rules';

/** The book as stored in `deployment_state.book`, so a restart picks up exactly where it was. */
export interface PaperBookSnapshot {
  readonly costs: BrokerCosts;
  readonly rules: SymbolRules;
  readonly broker: BrokerSnapshot;
  readonly limits: EntryLimitsSnapshot;
  /** Cash plus the position at the last close. */
  readonly equity: number;
}

/**
 * A paper deployment's money: the backtest's own SimulatedBroker and EntryLimits, driven the
 * way the engine drives them (settle the bar, mark the equity, then the strategy's intent), so
 * a paper session and a backtest over the same bars trade alike.
 */
export class PaperBook {
  readonly broker: SimulatedBroker;
  readonly limits: EntryLimits;
  #equity: number;
  #tradesTaken = 0;

  constructor(
    capital: number,
    readonly costs: BrokerCosts,
    readonly rules: SymbolRules,
    settings: EntryLimitSettings,
  ) {
    this.limits = new EntryLimits(settings);
    this.broker = new SimulatedBroker(capital, costs, new RuleRounder(rules), this.limits);
    this.#equity = capital;
  }

  static restore(snapshot: PaperBookSnapshot, settings: EntryLimitSettings): PaperBook {
    const book = new PaperBook(snapshot.broker.cash, snapshot.costs, snapshot.rules, settings);
    book.broker.restore(snapshot.broker);
    book.limits.restore(snapshot.limits);
    book.#equity = snapshot.equity;
    return book;
  }

  get equity(): number {
    return this.#equity;
  }

  /** Settles what earlier bars asked for against this closed bar and marks the equity at its close. */
  settle(bar: BarView): void {
    this.broker.settleBar(bar.time, bar.open, bar.high, bar.low);
    this.#equity = this.broker.cash + this.broker.quantity * bar.close;
    if (this.limits.settings.maxDrawdownPct !== null) this.limits.onEquity(this.#equity);
  }

  position(): PositionView {
    const { broker } = this;
    return { isOpen: broker.isOpen, quantity: broker.quantity, entryPrice: broker.entryPrice, entryTime: broker.entryTime, barsHeld: broker.barsHeld, isEntryPending: broker.isEntryPending };
  }

  /** Which limit would refuse an entry filled at `time` (the next bar's open), or null. */
  entryRefusal(time: number, quoteAmount: number): EntryRefusal | null {
    return this.limits.refusal(time, quoteAmount);
  }

  submit(intent: Intent): void {
    this.broker.submit(intent);
  }

  /** Round trips closed since the last call (a restored book starts with none: they were stored as they closed). */
  takeClosedTrades(): BacktestTrade[] {
    const fresh = this.broker.trades.slice(this.#tradesTaken);
    this.#tradesTaken = this.broker.trades.length;
    return fresh;
  }

  snapshot(): PaperBookSnapshot {
    return { costs: this.costs, rules: this.rules, broker: this.broker.snapshot(), limits: this.limits.snapshot(), equity: this.#equity };
  }
}

/** A stored paper book with its entry order withdrawn: a paused deployment must not buy at whatever price the market has when it resumes. */
export function withoutPendingEntry(stored: string): string {
  const snapshot = JSON.parse(stored) as PaperBookSnapshot;
  if (snapshot.broker.pendingEntry === null) return stored;
  return JSON.stringify({ ...snapshot, broker: { ...snapshot.broker, pendingEntry: null } });
}
