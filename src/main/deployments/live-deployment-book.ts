import { isFinalOrderStatus } from '../../shared/domain/enums';
import { Decimal, toExchangeString } from '../../shared/exchange/decimal';
import { roundToStep } from '../../shared/exchange/grid';
import { notionalBounds, priceGrid, quantityGrid, quoteOrderQtyGrid } from '../../shared/exchange/nearest-valid';
import { type SymbolFilters } from '../../shared/exchange/symbol-filters';
import { EntryLimits, type EntryLimitSettings, type EntryLimitsSnapshot } from '../../shared/risk/entry-limits';
import { type Order, type OrderPlaceInput } from '../../shared/schemas/orders';
import { type BarView, type Intent, type PositionView } from '../../shared/strategy/types';
import { AppError } from '../api/app-error';
import { type StoreDb } from '../store/open-store';
import { type ActOutcome, type DeploymentBook } from './deployment-book';
import { readStateRow, type NewTrade, type StateUpdate } from './deployment-repo';
import { floatToDecimal } from './float-decimal';
import { bracketOf, reasonOfOrder, unrecordedRoundTrips, type LiveTripOrder } from './live-orders';
import { readRoundTrip, roundTripResult, type RoundTripView } from './live-round-trip';
import { describeRefusal, PAUSING_REFUSALS } from './paper-deployment-book';

/** A stop-loss leg's limit sits this far below its trigger, so a fast fall still fills it. */
const STOP_LIMIT_ROOM = 0.005;

/** The orders a live book sends and cancels: the app's own order service, with its journal, filters and risk gate. */
export interface LiveOrderDesk {
  place(input: OrderPlaceInput, options: { origin: 'strategy'; deploymentId: number; gateScope?: 'full' | 'killSwitchOnly' }): Promise<Order>;
  cancel(accountId: number, clientOrderId: string): Promise<Order>;
}

/** What a live book keeps besides the journal: counters, the trailing stop's high, why its own sells were sent. */
export interface LiveBookSnapshot {
  /** The entry the counters below belong to. */
  readonly entryClientOrderId: string | null;
  /** Open time of the first bar after the entry was sent: bars are held from it. */
  readonly entryBarTime: number | null;
  readonly barsHeld: number;
  /** Highest high since the entry filled, for the trailing stop. */
  readonly highSinceEntry: number | null;
  readonly trailingStop: number | null;
  readonly exitReasons: Readonly<Record<string, string>>;
  readonly limits: EntryLimitsSnapshot;
  /** Capital plus realized and unrealized P&L at the last close. */
  readonly equity: number;
}

export interface LiveBookSetup {
  readonly db: StoreDb;
  readonly desk: LiveOrderDesk;
  readonly deploymentId: number;
  readonly accountId: number;
  readonly symbol: string;
  readonly filters: SymbolFilters;
  readonly barMs: number;
  /** The amount per trade: what drawdown is measured against. */
  readonly capital: number;
  readonly limits: EntryLimitSettings;
  readonly saved: LiveBookSnapshot | null;
  readonly now: () => number;
}

/**
 * A live deployment's book: intents become orders on the exchange through the order service
 * (journal first, the account's risk gate, origin `strategy`, tagged with the deployment), and
 * the position is read back from the journal: only what this deployment's own orders bought,
 * less the fee taken in the base asset, is ever sold. A position opened by hand or by another
 * deployment is never counted, so never touched.
 */
export class LiveDeploymentBook implements DeploymentBook {
  readonly mode = 'live';
  readonly #setup: LiveBookSetup;
  readonly #limits: EntryLimits;
  #entryId: string | null;
  #entryBarTime: number | null;
  #barsHeld: number;
  #highSinceEntry: number | null;
  #trailingStop: number | null;
  #exitReasons: Record<string, string>;
  #equity: number;
  #lastClose: number | null = null;
  /** Round trips handed to the runner in this process (the runner writes them in the bar's transaction). */
  readonly #taken = new Set<string>();

  constructor(setup: LiveBookSetup) {
    this.#setup = setup;
    this.#limits = new EntryLimits(setup.limits);
    const saved = setup.saved;
    if (saved !== null) this.#limits.restore(saved.limits);
    this.#entryId = saved?.entryClientOrderId ?? null;
    this.#entryBarTime = saved?.entryBarTime ?? null;
    this.#barsHeld = saved?.barsHeld ?? 0;
    this.#highSinceEntry = saved?.highSinceEntry ?? null;
    this.#trailingStop = saved?.trailingStop ?? null;
    this.#exitReasons = { ...(saved?.exitReasons ?? {}) };
    this.#equity = saved?.equity ?? setup.capital;
  }

  async beforeStep(bar: BarView): Promise<void> {
    this.#lastClose = bar.close;
    const trip = this.#trip();
    if (trip !== null && trip.view.remaining.greaterThanOrEqualTo(this.#dust(bar.close)) && !trip.view.isEntryPending) {
      const exit = this.#protectiveExit(trip, bar);
      if (exit !== null) await this.#sell(trip, exit);
    }
    const after = this.#trip();
    this.#follow(after, bar);
    this.#markEquity(after, bar.close);
  }

  /** An exit the closed bar calls for that the exchange does not hold: the trailing stop, or a bracket level whose OCO is not there. */
  #protectiveExit(trip: LoadedTrip, bar: BarView): string | null {
    const trailing = this.#trailingLevel();
    if (trailing !== null && bar.low <= trailing) return 'trailing-stop';
    // The bracket's levels are followed here whenever the exchange does not hold them (the OCO was refused, or cancelled by hand).
    const levels = bracketOf(this.#setup.db, trip.entryId);
    if (levels === null || levels.isOnExchange || trip.exits.some((exit) => !isFinalOrderStatus(exit.status))) return null;
    if (levels.stopPrice !== null && bar.low <= levels.stopPrice) return 'stop-loss';
    if (levels.takeProfitPrice !== null && bar.high >= levels.takeProfitPrice) return 'take-profit';
    return null;
  }

  position(): PositionView {
    const trip = this.#trip();
    const close = this.#lastClose;
    if (trip === null) return { isOpen: false, quantity: 0, entryPrice: 0, entryTime: 0, barsHeld: 0, isEntryPending: false };
    const { view } = trip;
    const isOpen = close === null ? view.remaining.greaterThan(0) : view.remaining.greaterThanOrEqualTo(this.#dust(close));
    return {
      isOpen,
      quantity: isOpen ? view.remaining.toNumber() : 0,
      entryPrice: isOpen ? (view.entryPrice?.toNumber() ?? 0) : 0,
      entryTime: isOpen ? (view.entryTime ?? 0) : 0,
      barsHeld: isOpen ? this.#barsHeld : 0,
      isEntryPending: view.isEntryPending,
    };
  }

  equity(): number {
    return this.#equity;
  }

  async act(intent: Intent, bar: BarView): Promise<ActOutcome> {
    this.#lastClose = bar.close;
    const outcome = intent.action === 'enter' ? await this.#enter(intent, bar) : await this.#exit(intent.reason);
    this.#markEquity(this.#trip(), bar.close);
    return outcome;
  }

  /** Round trips that closed (by a signal, a bracket's exit or the trailing stop) and are not recorded yet. */
  takeClosedTrades(): Omit<NewTrade, 'sessionId' | 'mode'>[] {
    const closed = this.#trips().filter((trip) => trip.view.isClosed && !this.#taken.has(trip.entryId));
    return closed.map((trip) => {
      this.#taken.add(trip.entryId);
      const { view } = trip;
      const result = roundTripResult(view);
      this.#limits.onExit(view.exitTime ?? this.#setup.now());
      const exitOrder = trip.exits.filter((exit) => new Decimal(exit.executedQty).greaterThan(0)).at(-1);
      return {
        entryTime: view.entryTime ?? 0,
        entryPrice: view.entryPrice?.toNumber() ?? 0,
        exitTime: view.exitTime ?? this.#setup.now(),
        exitPrice: view.exitPrice?.toNumber() ?? 0,
        quantity: view.sold.toNumber(),
        fees: result.fees,
        pnl: result.pnl,
        returnPct: result.returnPct,
        entryReason: reasonOfOrder(this.#setup.db, this.#setup.deploymentId, trip.entryId) ?? 'signal',
        exitReason: exitOrder === undefined ? 'signal' : this.#exitReasonOf(exitOrder),
        entryOrderClientId: trip.entryId,
        exitOrderClientId: exitOrder?.clientOrderId ?? null,
      };
    });
  }

  stateUpdate(bar: BarView): StateUpdate {
    const trip = this.#trip();
    const isOpen = trip !== null && trip.view.remaining.greaterThanOrEqualTo(this.#dust(bar.close));
    const entryPrice = isOpen ? (trip.view.entryPrice ?? null) : null;
    const unrealized = isOpen && entryPrice !== null ? trip.view.remaining.times(new Decimal(floatToDecimal(bar.close)).minus(entryPrice)) : new Decimal(0);
    return {
      positionQty: isOpen ? toExchangeString(trip.view.remaining) : '0',
      entryPrice: entryPrice === null ? null : toExchangeString(entryPrice.toDecimalPlaces(12)),
      unrealizedPnl: toExchangeString(unrealized.toDecimalPlaces(12)),
      tradesToday: this.#limits.entriesOn(bar.time),
      book: JSON.stringify(this.snapshot()),
    };
  }

  snapshot(): LiveBookSnapshot {
    return {
      entryClientOrderId: this.#entryId,
      entryBarTime: this.#entryBarTime,
      barsHeld: this.#barsHeld,
      highSinceEntry: this.#highSinceEntry,
      trailingStop: this.#trailingStop,
      exitReasons: this.#exitReasons,
      limits: this.#limits.snapshot(),
      equity: this.#equity,
    };
  }

  async #enter(intent: Extract<Intent, { action: 'enter' }>, bar: BarView): Promise<ActOutcome> {
    const { filters } = this.#setup;
    const trip = this.#trip();
    if (trip !== null && trip.view.isEntryPending) return noOrder('An entry order is still working');
    if (trip !== null && trip.view.remaining.greaterThanOrEqualTo(this.#dust(bar.close))) return noOrder('Already in a position');
    const time = bar.time + this.#setup.barMs;
    const refusal = this.#limits.refusal(time, intent.quoteAmount);
    if (refusal !== null) {
      const reason = describeRefusal(refusal, { settings: this.#limits.settings, lastExit: this.#limits.snapshot().lastExit }, intent.quoteAmount);
      return { ...noOrder(reason), pauseReason: PAUSING_REFUSALS.includes(refusal) ? reason : null };
    }
    const input = this.#entryOrder(intent, bar.close);
    if (typeof input === 'string') return noOrder(input);

    const sent = await this.#place(input, 'full');
    if (sent.kind === 'refused') return noOrder(sent.reason);
    const { order } = sent;
    if (order.status === 'REJECTED') return { orderClientId: order.clientOrderId, noOrderReason: null, outcome: `The exchange rejected the buy: ${describeRejection(order)}`, pauseReason: null };
    this.#limits.onEntry(time);
    this.#startTrip(order.clientOrderId, intent, time);
    return { orderClientId: order.clientOrderId, noOrderReason: null, outcome: describeSent(order, filters.baseAsset), pauseReason: null };
  }

  /** The strategy's exit, recorded with its own words, as paper trading and the backtester record it. */
  async #exit(reason: string): Promise<ActOutcome> {
    const trip = this.#trip();
    if (trip === null) return noOrder('No open position to sell');
    if (trip.view.isEntryPending) {
      // A resting entry is withdrawn; whatever of it filled is sold below.
      await this.#setup.desk.cancel(this.#setup.accountId, trip.entryId).catch(() => undefined);
    }
    const current = this.#trip();
    if (current === null || current.view.remaining.isZero()) return noOrder('No open position to sell');
    return this.#sell(current, reason);
  }

  /** Sells what is left of the round trip at market, after withdrawing its resting exits (they hold the base). */
  async #sell(trip: LoadedTrip, reason: string): Promise<ActOutcome> {
    const { desk, accountId, filters, symbol } = this.#setup;
    for (const exit of trip.exits) {
      if (!isFinalOrderStatus(exit.status)) await desk.cancel(accountId, exit.clientOrderId).catch(() => undefined);
    }
    const fresh = this.#trip() ?? trip;
    const quantity = roundToStep(fresh.view.remaining, quantityGrid(filters, 'MARKET').step, 'down');
    const close = this.#lastClose ?? 0;
    if (quantity.isZero() || quantity.lessThan(this.#dust(close))) return noOrder(`What is left (${toExchangeString(fresh.view.remaining)} ${filters.baseAsset}) is below the smallest amount ${symbol} can sell`);
    // Selling what the deployment holds only lowers the risk: like a bracket's exits, only the kill switch holds it back.
    const sent = await this.#place({ accountId, symbol, side: 'SELL', type: 'MARKET', quantity: toExchangeString(quantity) }, 'killSwitchOnly');
    if (sent.kind === 'refused') return noOrder(sent.reason);
    const { order } = sent;
    this.#exitReasons[order.clientOrderId] = reason;
    if (order.status === 'REJECTED') return { orderClientId: order.clientOrderId, noOrderReason: null, outcome: `The exchange rejected the sell: ${describeRejection(order)}`, pauseReason: null };
    return { orderClientId: order.clientOrderId, noOrderReason: null, outcome: describeSent(order, filters.baseAsset), pauseReason: null };
  }

  /** The entry as an order: a market buy spending the amount, or a limit buy of the amount's worth; protective exits ride along as a bracket. */
  #entryOrder(intent: Extract<Intent, { action: 'enter' }>, close: number): OrderPlaceInput | string {
    const { filters, symbol, accountId } = this.#setup;
    const bracket = this.#bracket(intent, intent.orderType === 'limit' ? (intent.limitPrice ?? close) : close);
    const base = { accountId, symbol, side: 'BUY' as const, ...(bracket === null ? {} : { bracket }) };
    if (intent.orderType === 'limit') {
      if (intent.limitPrice === undefined || !(intent.limitPrice > 0)) return 'The strategy asked for a limit entry without a price';
      const price = roundToStep(new Decimal(floatToDecimal(intent.limitPrice)), priceGrid(filters).step, 'down');
      const quantity = roundToStep(new Decimal(floatToDecimal(intent.quoteAmount)).dividedBy(price), quantityGrid(filters, 'LIMIT').step, 'down');
      if (quantity.isZero()) return `${intent.quoteAmount} ${filters.quoteAsset} buys less than one lot at ${toExchangeString(price)}`;
      return { ...base, type: 'LIMIT', timeInForce: 'GTC', price: toExchangeString(price), quantity: toExchangeString(quantity) };
    }
    const amount = roundToStep(new Decimal(floatToDecimal(intent.quoteAmount)), quoteOrderQtyGrid(filters).step, 'down');
    return { ...base, type: 'MARKET', quoteOrderQty: toExchangeString(amount) };
  }

  /** Stop-loss and take-profit as exchange orders (one OCO), priced from the reference price; a trailing stop is followed here, bar by bar. */
  #bracket(intent: Extract<Intent, { action: 'enter' }>, reference: number): OrderPlaceInput['bracket'] | null {
    const grid = priceGrid(this.#setup.filters).step;
    const at = (value: number, direction: 'up' | 'down'): string => toExchangeString(roundToStep(new Decimal(floatToDecimal(value)), grid, direction));
    const takeProfit = intent.takeProfit ?? null;
    const stopLoss = intent.stopLoss ?? null;
    if (takeProfit === null && stopLoss === null) return null;
    return {
      ...(takeProfit === null ? {} : { takeProfitPrice: at(reference * (1 + takeProfit), 'up') }),
      ...(stopLoss === null ? {} : { stopLoss: { stopPrice: at(reference * (1 - stopLoss), 'down'), price: at(reference * (1 - stopLoss) * (1 - STOP_LIMIT_ROOM), 'down') } }),
    };
  }

  async #place(input: OrderPlaceInput, gateScope: 'full' | 'killSwitchOnly'): Promise<{ kind: 'sent'; order: Order } | { kind: 'refused'; reason: string }> {
    try {
      return { kind: 'sent', order: await this.#setup.desk.place(input, { origin: 'strategy', deploymentId: this.#setup.deploymentId, gateScope }) };
    } catch (error: unknown) {
      // Refused before it left (filters, the risk gate, a back-off), or it went and its fate is
      // not known yet: then the journal has it, and the next bar reads it from there.
      return { kind: 'refused', reason: describeRefusalError(error) };
    }
  }

  #startTrip(entryId: string, intent: Extract<Intent, { action: 'enter' }>, entryBarTime: number): void {
    this.#entryId = entryId;
    this.#entryBarTime = entryBarTime;
    this.#barsHeld = 0;
    this.#highSinceEntry = null;
    this.#trailingStop = intent.trailingStop ?? null;
    this.#exitReasons = {};
  }

  /** Counts the bars held and the high since the entry, from the first bar that opened after it was sent. */
  #follow(trip: LoadedTrip | null, bar: BarView): void {
    if (trip === null) {
      this.#entryId = null;
      return;
    }
    if (trip.entryId !== this.#entryId) {
      // A round trip this process did not start (found in the journal after a crash): counted from here.
      this.#entryId = trip.entryId;
      this.#entryBarTime = null;
      this.#barsHeld = 0;
      this.#highSinceEntry = null;
    }
    if (trip.view.remaining.isZero() || (this.#entryBarTime !== null && bar.time < this.#entryBarTime)) return;
    this.#barsHeld += 1;
    this.#highSinceEntry = this.#highSinceEntry === null ? bar.high : Math.max(this.#highSinceEntry, bar.high);
  }

  #trailingLevel(): number | null {
    if (this.#trailingStop === null || this.#highSinceEntry === null) return null;
    return this.#highSinceEntry * (1 - this.#trailingStop);
  }

  /** Capital plus what the recorded and the just-closed round trips made, plus the open one marked at the close. */
  #markEquity(trip: LoadedTrip | null, close: number): void {
    const justClosed = this.#trips().filter((candidate) => candidate.view.isClosed).reduce((sum, candidate) => sum + roundTripResult(candidate.view).pnl, 0);
    // The state's realized P&L counts every recorded round trip (the runner adds them as it writes them).
    const realized = Number(readStateRow(this.#setup.db, this.#setup.deploymentId).realizedPnl) + justClosed;
    const view = trip?.view;
    const unrealized = view === undefined || view.entryPrice === null ? 0 : view.remaining.toNumber() * (close - view.entryPrice.toNumber());
    this.#equity = this.#setup.capital + realized + unrealized;
    if (this.#limits.settings.maxDrawdownPct !== null) this.#limits.onEquity(this.#equity);
  }

  #exitReasonOf(exit: LiveTripOrder): string {
    const own = this.#exitReasons[exit.clientOrderId];
    if (own !== undefined) return own;
    if (exit.type === 'STOP_LOSS_LIMIT' || exit.type === 'STOP_LOSS') return 'stop-loss';
    if (exit.type === 'LIMIT_MAKER' || exit.type === 'LIMIT' || exit.type === 'TAKE_PROFIT_LIMIT') return 'take-profit';
    return reasonOfOrder(this.#setup.db, this.#setup.deploymentId, exit.clientOrderId) ?? 'signal';
  }

  /** Less than this cannot be sold: the lot step, or the min notional's worth at this price. */
  #dust(close: number): Decimal {
    const { filters } = this.#setup;
    const step = quantityGrid(filters, 'MARKET').step;
    const minNotional = notionalBounds(filters, 'MARKET').min;
    if (minNotional === null || !(close > 0)) return step;
    return Decimal.max(step, minNotional.dividedBy(floatToDecimal(close)));
  }

  /** The round trip in hand: the newest unrecorded one, unless it came to nothing or is closed. */
  #trip(): LoadedTrip | null {
    const newest = this.#trips().at(-1);
    return newest === undefined || newest.view.isVoid || newest.view.isClosed ? null : newest;
  }

  #trips(): LoadedTrip[] {
    const { db, deploymentId, filters } = this.#setup;
    const assets = { baseAsset: filters.baseAsset, quoteAsset: filters.quoteAsset, dust: this.#dust(this.#lastClose ?? 0) };
    return unrecordedRoundTrips(db, deploymentId).map((orders) => ({ entryId: orders.entry.clientOrderId, exits: orders.exits, view: readRoundTrip(orders, assets) }));
  }
}

interface LoadedTrip {
  readonly entryId: string;
  readonly exits: readonly LiveTripOrder[];
  readonly view: RoundTripView;
}

const noOrder = (reason: string): ActOutcome => ({ orderClientId: null, noOrderReason: reason, outcome: `No order: ${reason}`, pauseReason: null });

function describeRejection(order: Order): string {
  const reason = order.rejectReason ?? order.lastError ?? 'no reason given';
  return /insufficient balance/i.test(reason) ? `insufficient balance (${reason})` : reason;
}

function describeSent(order: Order, baseAsset: string): string {
  const side = order.side === 'BUY' ? 'buy' : 'sell';
  const kind = order.type === 'MARKET' ? `Market ${side}` : `${order.type} ${side}`;
  if (order.status === 'unknown' || order.status === 'pending') return `${kind} sent (${order.clientOrderId}); the exchange's answer is not known yet, so it is being looked up`;
  const executed = new Decimal(order.executedQty);
  if (executed.isZero()) return `${kind} placed (${order.clientOrderId}), ${order.status}`;
  const average = new Decimal(order.cumulativeQuoteQty).dividedBy(executed);
  return `${kind} of ${order.executedQty} ${baseAsset} at ${toExchangeString(average.toSignificantDigits(10))} (${order.clientOrderId}), ${order.status}`;
}

function describeRefusalError(error: unknown): string {
  if (error instanceof AppError && error.code === 'RISK_LIMIT') return `The account's risk gate refused it: ${error.message}`;
  if (error instanceof AppError && error.code === 'BAD_INPUT') return `The order does not pass the symbol's rules: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
