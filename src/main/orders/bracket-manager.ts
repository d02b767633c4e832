import { and, eq, inArray } from 'drizzle-orm';
import { isFinalOrderStatus } from '../../shared/domain/enums';
import { Decimal } from '../../shared/exchange/decimal';
import { roundToStep } from '../../shared/exchange/grid';
import { quantityGrid } from '../../shared/exchange/nearest-valid';
import { checkOrder } from '../../shared/exchange/order-check';
import { type OrderDraft } from '../../shared/exchange/order';
import { type SymbolFilters } from '../../shared/exchange/symbol-filters';
import { AppError } from '../api/app-error';
import { type AccountConnection, type ExchangeService } from '../exchange/exchange-service';
import { type ListLegRequest, type OcoRequest, type OrderRequest } from '../exchange/exchange-types';
import { type Logger } from '../log/logger';
import { type MarketCatalog } from '../markets/market-catalog';
import { type RiskGate } from '../risk/risk-gate';
import { brackets } from '../store/schema';
import { type StoreDb } from '../store/open-store';
import { type JournalOrder, type OrderJournal } from './order-journal';
import { newClientOrderId } from './order-service';

type BracketRow = typeof brackets.$inferSelect;

/** How long to wait for an entry's fills to be on record before its exits are sized. */
const FILL_WAIT_RETRY_MS = 2_000;
const FILL_WAIT_ATTEMPTS = 10;

export interface BracketManagerDeps {
  readonly db: StoreDb;
  readonly journal: OrderJournal;
  readonly exchange: ExchangeService;
  readonly markets: MarketCatalog;
  readonly gate: RiskGate;
  readonly logger: Logger;
  readonly onOrderChanged: (order: JournalOrder) => void;
}

/**
 * Places a bracket's exits once its entry is done, and follows them. Both exits go to the
 * exchange as one OCO list, so the base is locked once and the exchange itself cancels the
 * other exit when one fills, also while this app is closed; a bracket with one exit places a
 * single order. The legs are journaled (write-ahead, like every order) in the same transaction
 * that marks the bracket `placed`, so a crash can neither lose the exits nor send them twice.
 */
export class BracketManager {
  readonly #deps: BracketManagerDeps;
  readonly #log: Logger;
  readonly #busy = new Set<number>();
  readonly #retries = new Map<number, number>();
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(deps: BracketManagerDeps) {
    this.#deps = deps;
    this.#log = deps.logger.child('brackets');
  }

  /** Every journal change passes here: an entry that is done, or an exit that moved. */
  noteOrder(order: JournalOrder): void {
    const { db } = this.#deps;
    if (!isFinalOrderStatus(order.status)) return;
    const entryOf = db.select().from(brackets).where(eq(brackets.entryClientOrderId, order.clientOrderId)).get();
    if (entryOf?.status === 'waiting') {
      void this.#settleEntry(entryOf);
      return;
    }
    if (order.listClientOrderId === null && !order.isAdopted) {
      const placed = db.select().from(brackets).where(and(eq(brackets.accountId, order.accountId), eq(brackets.status, 'placed'))).all();
      const owner = placed.find((row) => row.takeProfitClientOrderId === order.clientOrderId || row.stopClientOrderId === order.clientOrderId);
      if (owner !== undefined) this.#settleExits(owner);
      return;
    }
    const owner = db.select().from(brackets).where(and(eq(brackets.listClientOrderId, order.listClientOrderId ?? ''), eq(brackets.status, 'placed'))).get();
    if (owner !== undefined) this.#settleExits(owner);
  }

  /** Brackets of the account whose entry finished while nobody was looking. */
  resume(accountId: number): void {
    const waiting = this.#deps.db.select().from(brackets).where(and(eq(brackets.accountId, accountId), inArray(brackets.status, ['waiting', 'placed']))).all();
    for (const row of waiting) {
      if (row.status === 'waiting') {
        const entry = this.#deps.journal.get(row.entryClientOrderId);
        if (entry !== undefined && isFinalOrderStatus(entry.status)) void this.#settleEntry(row);
      } else {
        this.#settleExits(row);
      }
    }
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  async #settleEntry(row: BracketRow): Promise<void> {
    if (this.#busy.has(row.id)) return;
    this.#busy.add(row.id);
    try {
      await this.#placeExits(row);
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      this.#setStatus(row.id, 'failed', message);
      this.#log.error(`The exits of ${row.entryClientOrderId} were not placed: ${message}`, { entryClientOrderId: row.entryClientOrderId });
    } finally {
      this.#busy.delete(row.id);
    }
  }

  async #placeExits(row: BracketRow): Promise<void> {
    const { db, journal, exchange, markets, gate } = this.#deps;
    const current = db.select().from(brackets).where(eq(brackets.id, row.id)).get();
    if (current?.status !== 'waiting') return;
    const entry = journal.get(row.entryClientOrderId);
    if (entry === undefined || !isFinalOrderStatus(entry.status)) return;
    if (!new Decimal(entry.executedQty).greaterThan(0)) {
      this.#setStatus(row.id, 'cancelled', `The entry ended ${entry.status} with nothing filled`);
      return;
    }
    const connection = await exchange.connect(entry.accountId);
    const filters = markets.filters(connection.venue, entry.symbol);
    if (filters === null) throw new Error(`${entry.symbol} is not traded on this exchange`);
    const held = this.#heldFromEntry(entry, filters);
    if (held === null) {
      this.#retryLater(row);
      return;
    }
    const quantity = roundToStep(held, quantityGrid(filters, 'LIMIT').step, 'down').toString();
    const exitSide = entry.side === 'BUY' ? 'SELL' : 'BUY';
    // Exits protect a position that is already open: only the kill switch holds them back.
    await gate.check(entry.accountId, { symbol: entry.symbol, quoteAsset: filters.quoteAsset, quantity }, { scope: 'killSwitchOnly' });

    const hasBoth = row.takeProfitPrice !== null && row.stopPrice !== null;
    // In an OCO the take-profit must be a maker order; alone it is a plain GTC limit.
    const takeProfit: ListLegRequest | null =
      row.takeProfitPrice === null ? null : hasBoth ? { clientOrderId: newClientOrderId(), type: 'LIMIT_MAKER', price: row.takeProfitPrice } : { clientOrderId: newClientOrderId(), type: 'LIMIT', price: row.takeProfitPrice, timeInForce: 'GTC' };
    const stop: ListLegRequest | null =
      row.stopPrice === null || row.stopLimitPrice === null
        ? null
        : { clientOrderId: newClientOrderId(), type: 'STOP_LOSS_LIMIT', price: row.stopLimitPrice, stopPrice: row.stopPrice, timeInForce: 'GTC' };
    for (const leg of [takeProfit, stop]) {
      if (leg === null) continue;
      const checked = checkOrder(filters, { side: exitSide, ...legDraft(leg), quantity });
      if (!checked.ok) throw new Error(checked.problems.map((problem) => problem.message).join(' '));
    }

    const now = Date.now();
    const listClientOrderId = hasBoth ? newClientOrderId() : null;
    const legs = [takeProfit, stop].filter((leg): leg is ListLegRequest => leg !== null);
    db.transaction((tx) => {
      for (const leg of legs) {
        journal.insertPending({ accountId: entry.accountId, request: legRequest(entry.symbol, exitSide, quantity, leg), origin: entry.origin, deploymentId: entry.deploymentId, listClientOrderId }, now);
      }
      tx.update(brackets)
        .set({ status: 'placed', quantity, listClientOrderId, takeProfitClientOrderId: takeProfit?.clientOrderId ?? null, stopClientOrderId: stop?.clientOrderId ?? null, updatedAt: now })
        .where(and(eq(brackets.id, row.id), eq(brackets.status, 'waiting')))
        .run();
    });
    for (const leg of legs) journal.markSent(leg.clientOrderId, Date.now());

    if (listClientOrderId !== null && takeProfit !== null && stop !== null) {
      // A sell's take-profit sits above the market and its stop below; a buy's the other way round.
      const oco: OcoRequest = { symbol: entry.symbol, side: exitSide, quantity, listClientOrderId, ...(exitSide === 'SELL' ? { above: takeProfit, below: stop } : { above: stop, below: takeProfit }) };
      const outcome = await connection.gateway.placeOco(oco);
      this.#applyOutcome(connection, entry.accountId, legs, outcome);
    } else {
      const leg = legs[0];
      if (leg === undefined) return;
      const outcome = await connection.gateway.placeOrder(legRequest(entry.symbol, exitSide, quantity, leg));
      this.#applyOutcome(connection, entry.accountId, legs, outcome.kind === 'accepted' ? { kind: 'accepted', orders: [outcome.order] } : outcome);
    }
    this.#log.info(`Exits of ${entry.clientOrderId} sent: ${exitSide} ${quantity} ${entry.symbol}${row.takeProfitPrice === null ? '' : `, take profit ${row.takeProfitPrice}`}${row.stopPrice === null ? '' : `, stop ${row.stopPrice} (limit ${row.stopLimitPrice})`}`);
  }

  #applyOutcome(
    connection: AccountConnection,
    accountId: number,
    legs: readonly ListLegRequest[],
    outcome: Awaited<ReturnType<AccountConnection['gateway']['placeOco']>>,
  ): void {
    const { journal, onOrderChanged } = this.#deps;
    const now = Date.now();
    for (const leg of legs) {
      let order: JournalOrder;
      if (outcome.kind === 'accepted') {
        const report = outcome.orders.find((candidate) => candidate.clientOrderId === leg.clientOrderId);
        order = report === undefined ? journal.markUnknown(leg.clientOrderId, 'Missing from the order list reply', now) : journal.apply(accountId, report, now).order;
      } else if (outcome.kind === 'rejected') {
        order = journal.markNotPlaced(leg.clientOrderId, outcome.message, now);
      } else {
        order = journal.markUnknown(leg.clientOrderId, outcome.message, now);
      }
      onOrderChanged(order);
    }
    if (outcome.kind === 'unknown') void connection.reconcile().catch(() => undefined);
  }

  /** A placed bracket is done once an exit filled, cancelled once both ended unfilled. */
  #settleExits(row: BracketRow): void {
    const legs = [row.takeProfitClientOrderId, row.stopClientOrderId].flatMap((id) => (id === null ? [] : [this.#deps.journal.get(id)])).filter((leg): leg is JournalOrder => leg !== undefined);
    if (legs.length === 0) return;
    const filled = legs.find((leg) => new Decimal(leg.executedQty).greaterThan(0));
    if (filled !== undefined) {
      if (legs.every((leg) => isFinalOrderStatus(leg.status))) this.#setStatus(row.id, 'done', null, 'placed');
      return;
    }
    if (!legs.every((leg) => isFinalOrderStatus(leg.status))) return;
    const rejected = legs.find((leg) => leg.status === 'REJECTED');
    if (rejected !== undefined) {
      this.#setStatus(row.id, 'failed', `The exchange refused the exits: ${rejected.rejectReason ?? 'no reason given'}`, 'placed');
      this.#log.error(`The exits of ${row.entryClientOrderId} were refused; the position is not protected`, { entryClientOrderId: row.entryClientOrderId });
    } else {
      this.#setStatus(row.id, 'cancelled', null, 'placed');
    }
  }

  /**
   * What the entry left in hand: its executed quantity less any fee taken in the asset it
   * bought. Null while the fills on record do not yet add up to the executed quantity.
   */
  #heldFromEntry(entry: JournalOrder, filters: SymbolFilters): Decimal | null {
    const fills = this.#deps.journal.fillsOf(entry.clientOrderId);
    const filledQty = fills.reduce((sum, fill) => sum.plus(fill.qty), new Decimal(0));
    if (filledQty.lessThan(entry.executedQty)) return null;
    const boughtAsset = entry.side === 'BUY' ? filters.baseAsset : filters.quoteAsset;
    if (entry.side === 'SELL') return new Decimal(entry.executedQty);
    const fee = fills.filter((fill) => fill.commissionAsset === boughtAsset).reduce((sum, fill) => sum.plus(fill.commission), new Decimal(0));
    return new Decimal(entry.executedQty).minus(fee);
  }

  #retryLater(row: BracketRow): void {
    const attempts = (this.#retries.get(row.id) ?? 0) + 1;
    this.#retries.set(row.id, attempts);
    if (attempts > FILL_WAIT_ATTEMPTS) throw new AppError('EXCHANGE', 'The entry\'s fills never arrived, so the exits could not be sized');
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.#settleEntry(row);
    }, FILL_WAIT_RETRY_MS);
    this.#timers.add(timer);
  }

  #setStatus(id: number, status: BracketRow['status'], error: string | null, from?: BracketRow['status']): void {
    this.#deps.db
      .update(brackets)
      .set({ status, error, updatedAt: Date.now() })
      .where(from === undefined ? eq(brackets.id, id) : and(eq(brackets.id, id), eq(brackets.status, from)))
      .run();
  }
}

/** One exit as a single order (a limit maker has no time in force; the others are GTC). */
function legRequest(symbol: string, side: OrderRequest['side'], quantity: string, leg: ListLegRequest): OrderRequest {
  return { symbol, side, quantity, ...leg, ...(leg.type === 'LIMIT_MAKER' ? {} : { timeInForce: leg.timeInForce ?? 'GTC' }) };
}

function legDraft(leg: ListLegRequest): Omit<OrderDraft, 'side'> {
  if (leg.type === 'LIMIT_MAKER') return { type: 'LIMIT_MAKER', price: leg.price ?? '' };
  if (leg.type === 'LIMIT') return { type: 'LIMIT', price: leg.price ?? '', timeInForce: 'GTC' };
  return { type: 'STOP_LOSS_LIMIT', price: leg.price ?? '', stopPrice: leg.stopPrice ?? '', timeInForce: 'GTC' };
}
