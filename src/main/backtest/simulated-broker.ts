import { type EntryLimits, type EntryRefusal } from '../../shared/risk/entry-limits';
import { type Intent } from '../../shared/strategy/types';
import { type BacktestTrade, type BrokerCosts } from './engine-types';
import { type RuleRounder } from './symbol-rules';

interface PendingEntry {
  readonly orderType: 'market' | 'limit';
  readonly limitPrice: number;
  readonly quoteAmount: number;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly trailingStop: number | null;
  readonly reason: string;
}

/** The broker's book as JSON can hold it (null for an unset level), so a paper deployment survives a restart. */
export interface BrokerSnapshot {
  readonly cash: number;
  readonly quantity: number;
  readonly entryPrice: number;
  readonly entryTime: number;
  readonly barsHeld: number;
  readonly refused: number;
  readonly blocked: Readonly<Record<EntryRefusal, number>>;
  readonly feesPaid: number;
  readonly entryCost: number;
  readonly entryFee: number;
  readonly entryReason: string;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly trailingFraction: number;
  readonly trailingStop: number | null;
  readonly highest: number;
  readonly pendingEntry: PendingEntry | null;
  readonly pendingExit: string | null;
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
/** JSON writes NaN (a market entry's limit price) as null. */
const numberOrNaN = (value: unknown): number => (typeof value === 'number' ? value : NaN);

/**
 * The simulated spot broker: one symbol, long or flat, cash in the quote currency. A signal
 * decided on a bar's close is acted on from the next bar, never on the bar that produced it.
 *
 * How a bar is resolved, in order (each bar's path inside is unknown, so every ambiguity is
 * settled against the trader):
 * 1. A market order from the previous close fills at this bar's open, moved by the slippage
 *    against the trader and rounded to the tick (buys up, sells down); taker fee.
 * 2. A resting limit buy fills when the low reaches it: at the open if the bar opened below
 *    the limit, else at the limit; maker fee.
 * 3. With a position, the stop (the higher of the stop-loss and the trailing stop) and the
 *    take-profit are checked. When one bar reaches both, the stop is taken to have come first.
 *    A stop fills at its level, or at the open when the bar gapped below it, then slippage;
 *    taker fee. A take-profit fills at its level exactly (a resting limit); maker fee. The bar
 *    an entry filled on is checked too.
 * 4. The trailing stop then follows this bar's high, for the bars after it.
 * Quantities are floored to the step size; an order under the minimum quantity or notional is
 * refused and counted. Fees are charged in the quote currency. Entry limits (trades per day,
 * amount per trade, cooldown, drawdown) are checked when an entry would fill, as the live gate
 * checks an order before sending it; a blocked entry is counted by the limit that blocked it.
 */
export class SimulatedBroker {
  cash: number;
  quantity = 0;
  entryPrice = 0;
  entryTime = 0;
  barsHeld = 0;
  refused = 0;
  readonly blocked: Record<EntryRefusal, number> = { 'max-trades-per-day': 0, 'max-amount-per-trade': 0, cooldown: 0, 'max-drawdown': 0 };
  feesPaid = 0;
  readonly trades: BacktestTrade[] = [];
  #entryCost = 0;
  #entryFee = 0;
  #entryReason = '';
  #stopLoss = -Infinity;
  #takeProfit = Infinity;
  #trailingFraction = 0;
  #trailingStop = -Infinity;
  #highest = 0;
  #pendingEntry: PendingEntry | null = null;
  #pendingExit: string | null = null;
  readonly #slip: number;

  constructor(
    initialCapital: number,
    private readonly costs: BrokerCosts,
    private readonly rounder: RuleRounder,
    private readonly limits: EntryLimits,
  ) {
    this.cash = initialCapital;
    this.#slip = costs.slippageBps / 10_000;
  }

  get isOpen(): boolean {
    return this.quantity > 0;
  }

  get isEntryPending(): boolean {
    return this.#pendingEntry !== null;
  }

  /** Everything but the closed trades (those are kept by whoever reads `trades`). */
  snapshot(): BrokerSnapshot {
    return {
      cash: this.cash,
      quantity: this.quantity,
      entryPrice: this.entryPrice,
      entryTime: this.entryTime,
      barsHeld: this.barsHeld,
      refused: this.refused,
      blocked: { ...this.blocked },
      feesPaid: this.feesPaid,
      entryCost: this.#entryCost,
      entryFee: this.#entryFee,
      entryReason: this.#entryReason,
      stopLoss: finiteOrNull(this.#stopLoss),
      takeProfit: finiteOrNull(this.#takeProfit),
      trailingFraction: this.#trailingFraction,
      trailingStop: finiteOrNull(this.#trailingStop),
      highest: this.#highest,
      pendingEntry: this.#pendingEntry === null ? null : { ...this.#pendingEntry },
      pendingExit: this.#pendingExit,
    };
  }

  restore(snapshot: BrokerSnapshot): void {
    this.cash = snapshot.cash;
    this.quantity = snapshot.quantity;
    this.entryPrice = snapshot.entryPrice;
    this.entryTime = snapshot.entryTime;
    this.barsHeld = snapshot.barsHeld;
    this.refused = snapshot.refused;
    Object.assign(this.blocked, snapshot.blocked);
    this.feesPaid = snapshot.feesPaid;
    this.#entryCost = snapshot.entryCost;
    this.#entryFee = snapshot.entryFee;
    this.#entryReason = snapshot.entryReason;
    this.#stopLoss = snapshot.stopLoss ?? -Infinity;
    this.#takeProfit = snapshot.takeProfit ?? Infinity;
    this.#trailingFraction = snapshot.trailingFraction;
    this.#trailingStop = snapshot.trailingStop ?? -Infinity;
    this.#highest = snapshot.highest;
    this.#pendingEntry = snapshot.pendingEntry === null ? null : { ...snapshot.pendingEntry, limitPrice: numberOrNaN(snapshot.pendingEntry.limitPrice) };
    this.#pendingExit = snapshot.pendingExit;
  }

  /** One bar as a run sees it: steps 1 to 4, then the bar counts as held when a position remains. */
  settleBar(time: number, open: number, high: number, low: number): void {
    this.onBar(time, open, high, low);
    if (this.quantity > 0) this.barsHeld += 1;
  }

  /** Steps 1 to 4 for one bar. */
  onBar(time: number, open: number, high: number, low: number): void {
    if (this.#pendingExit !== null && this.quantity > 0) {
      const reason = this.#pendingExit;
      this.#pendingExit = null;
      this.#sell(time, this.rounder.sellPrice(open * (1 - this.#slip)), this.costs.takerFee, reason);
    }
    const entry = this.#pendingEntry;
    if (entry !== null && this.quantity === 0) {
      if (entry.orderType === 'market') {
        this.#pendingEntry = null;
        this.#buy(time, this.rounder.buyPrice(open * (1 + this.#slip)), this.costs.takerFee, entry);
      } else if (low <= entry.limitPrice) {
        this.#pendingEntry = null;
        this.#buy(time, open < entry.limitPrice ? this.rounder.buyPrice(open) : entry.limitPrice, this.costs.makerFee, entry);
      }
    }
    if (this.quantity === 0) return;
    const stop = this.#stopLoss > this.#trailingStop ? this.#stopLoss : this.#trailingStop;
    if (low <= stop) {
      const reason = this.#stopLoss >= this.#trailingStop ? 'stop-loss' : 'trailing-stop';
      this.#sell(time, this.rounder.sellPrice((open < stop ? open : stop) * (1 - this.#slip)), this.costs.takerFee, reason);
      return;
    }
    if (high >= this.#takeProfit) {
      this.#sell(time, this.#takeProfit, this.costs.makerFee, 'take-profit');
      return;
    }
    if (this.#trailingFraction > 0 && high > this.#highest) {
      this.#highest = high;
      this.#trailingStop = high * (1 - this.#trailingFraction);
    }
  }

  /** A strategy's intent at a bar's close, to act on from the next bar. */
  submit(intent: Intent): void {
    if (intent.action === 'exit') {
      if (this.quantity > 0) this.#pendingExit = intent.reason;
      this.#pendingEntry = null;
      return;
    }
    if (this.quantity > 0) return;
    this.#pendingEntry = {
      orderType: intent.orderType,
      limitPrice: intent.orderType === 'limit' ? this.rounder.buyPrice(intent.limitPrice ?? NaN) : NaN,
      quoteAmount: intent.quoteAmount,
      stopLoss: intent.stopLoss ?? null,
      takeProfit: intent.takeProfit ?? null,
      trailingStop: intent.trailingStop ?? null,
      reason: intent.reason,
    };
  }

  /** Closes the books at the end of the data: an open trade is listed, marked at `close`. */
  finish(close: number): void {
    this.#pendingEntry = null;
    this.#pendingExit = null;
    if (this.quantity === 0) return;
    const value = this.quantity * close;
    const pnl = value - this.#entryCost - this.#entryFee;
    this.trades.push({
      entryTime: this.entryTime,
      entryPrice: this.entryPrice,
      exitTime: null,
      exitPrice: null,
      quantity: this.quantity,
      fees: this.#entryFee,
      pnl,
      returnPct: pnl / (this.#entryCost + this.#entryFee),
      entryReason: this.#entryReason,
      exitReason: null,
    });
  }

  #buy(time: number, price: number, feeRate: number, entry: PendingEntry): void {
    const blocked = this.limits.refusal(time, entry.quoteAmount);
    if (blocked !== null) {
      this.blocked[blocked] += 1;
      return;
    }
    const affordable = this.cash / (price * (1 + feeRate));
    const quantity = this.rounder.quantity(Math.min(entry.quoteAmount / price, affordable));
    if (!Number.isFinite(price) || this.rounder.refusal(quantity, price) !== null) {
      this.refused += 1;
      return;
    }
    const cost = quantity * price;
    const fee = cost * feeRate;
    this.cash -= cost + fee;
    this.feesPaid += fee;
    this.limits.onEntry(time);
    this.quantity = quantity;
    this.entryPrice = price;
    this.entryTime = time;
    this.barsHeld = 0;
    this.#entryCost = cost;
    this.#entryFee = fee;
    this.#entryReason = entry.reason;
    this.#stopLoss = entry.stopLoss === null ? -Infinity : price * (1 - entry.stopLoss);
    this.#takeProfit = entry.takeProfit === null ? Infinity : this.rounder.sellPrice(price * (1 + entry.takeProfit));
    this.#trailingFraction = entry.trailingStop ?? 0;
    this.#highest = price;
    this.#trailingStop = entry.trailingStop === null ? -Infinity : price * (1 - entry.trailingStop);
  }

  #sell(time: number, price: number, feeRate: number, reason: string): void {
    const quantity = this.quantity;
    const proceeds = quantity * price;
    const fee = proceeds * feeRate;
    this.cash += proceeds - fee;
    this.feesPaid += fee;
    const pnl = proceeds - fee - this.#entryCost - this.#entryFee;
    this.trades.push({
      entryTime: this.entryTime,
      entryPrice: this.entryPrice,
      exitTime: time,
      exitPrice: price,
      quantity,
      fees: this.#entryFee + fee,
      pnl,
      returnPct: pnl / (this.#entryCost + this.#entryFee),
      entryReason: this.#entryReason,
      exitReason: reason,
    });
    this.quantity = 0;
    this.limits.onExit(time);
    this.#stopLoss = -Infinity;
    this.#takeProfit = Infinity;
    this.#trailingStop = -Infinity;
    this.#trailingFraction = 0;
  }
}
