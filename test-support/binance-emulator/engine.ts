import { type Account } from './accounts';
import { binanceErrors } from './errors';
import { fill, type FillContext, releaseLock, takeLiquidity } from './fills';
import { type Fixed, min, roundToStep } from './fixed';
import { type Liquidity } from './liquidity';
import { createOcoList, checkOcoRequest, legLock } from './oco';
import { isMarketType, isOpen, type NewOrder, type Order, type OrderList, remainingQty, type Trade } from './order-model';
import { type NewOco } from './order-list-params';
import { type OrderKey, type OrderStore } from './order-store';
import { checkRequest, createOrder, generatedClientOrderId, isTriggered } from './placement';
import { type ReplayMarket } from './replay-market';
import { type SymbolReplay } from './symbol-replay';
import { accountPosition, balanceUpdate, executionReport, type ExecutionType, listStatus, type UserEvents } from './user-events';

export interface PlacementResult {
  order: Order;
  /** The fills of the placement itself: FULL's `fills`. */
  fills: Trade[];
  transactTime: number;
}

export interface CancelResult {
  order: Order;
  cancelClientOrderId: string;
  transactTime: number;
}

export interface ListCancelResult {
  list: OrderList;
  /** Each leg's cancel, in the list's order (both legs are CANCELED). */
  cancels: CancelResult[];
}

export interface ListKey {
  orderListId?: number;
  listClientOrderId?: string;
}

export type PublicTradeListener = (replay: SymbolReplay, trade: Trade) => void;

function byPriority(side: 'BUY' | 'SELL'): (a: Order, b: Order) => number {
  const sign = side === 'BUY' ? -1 : 1;
  return (a, b) => (a.price === b.price ? a.orderId - b.orderId : a.price < b.price ? -sign : sign);
}

/**
 * The matching engine: places, executes and cancels orders against the replayed market, keeps
 * the balances, and tells the user data stream about every change, executionReports first and
 * then one outboundAccountPosition per account with the assets that changed.
 */
export class Engine {
  private executionId = 0;
  private pending: { apiKey: string; event: object }[] = [];
  private readonly touched = new Set<Account>();
  private readonly tradeListeners: PublicTradeListener[] = [];
  private readonly context: FillContext;

  constructor(
    readonly store: OrderStore,
    private readonly market: ReplayMarket,
    readonly events: UserEvents,
    readonly liquidity: Liquidity,
    private readonly serverNow: () => number,
  ) {
    this.context = {
      store,
      liquidity,
      now: serverNow,
      onTrade: (order, trade, replay) => {
        this.report(order, 'TRADE', { trade });
        for (const listener of this.tradeListeners) listener(replay, trade);
      },
    };
    market.onStep((replay) => this.onStep(replay));
  }

  onPublicTrade(listener: PublicTradeListener): void {
    this.tradeListeners.push(listener);
  }

  /** A symbol without replayed data has no market to trade in. */
  replayFor(symbol: string): SymbolReplay {
    const replay = this.market.replay(symbol);
    if (replay === undefined) throw binanceErrors.marketClosed();
    return replay;
  }

  /** POST /api/v3/order/test: the checks before the matching engine, nothing more. */
  test(account: Account, request: NewOrder): void {
    checkRequest(this.store, account, request, this.replayFor(request.symbol));
  }

  place(account: Account, request: NewOrder): PlacementResult {
    const replay = this.replayFor(request.symbol);
    checkRequest(this.store, account, request, replay);
    const transactTime = this.serverNow();
    const order = createOrder(this.store, account, request, replay, transactTime);
    this.touched.add(account);
    this.report(order, 'NEW');
    if (order.isWorking) this.work(replay, order);
    this.flush();
    return { order, fills: [...order.fills], transactTime };
  }

  /** POST /api/v3/orderList/oco: both legs NEW (executionReports), then listStatus EXEC_STARTED. */
  placeOco(account: Account, request: NewOco): { list: OrderList; transactTime: number } {
    const replay = this.replayFor(request.symbol);
    checkOcoRequest(this.store, account, request, replay);
    const transactTime = this.serverNow();
    const list = createOcoList(this.store, account, request, replay, transactTime);
    this.touched.add(account);
    for (const order of list.orders) this.report(order, 'NEW');
    this.reportList(list);
    this.flush();
    return { list, transactTime };
  }

  /** A leg of a list still executing cancels the whole list; the reply is that leg's cancel. */
  cancel(account: Account, symbol: string, key: OrderKey, cancelClientOrderId?: string): CancelResult {
    const order = this.store.find(account.apiKey, symbol, key);
    if (order === undefined || !isOpen(order)) throw binanceErrors.unknownOrder();
    const list = this.executingList(order);
    let result: CancelResult;
    if (list === undefined) result = this.cancelOne(order, cancelClientOrderId);
    else {
      const cancels = this.cancelListLegs(list, cancelClientOrderId ?? generatedClientOrderId());
      result = cancels.find((cancel) => cancel.order === order) ?? this.cancelOne(order, cancelClientOrderId);
    }
    this.flush();
    return result;
  }

  /** DELETE /api/v3/openOrders: single orders one by one, lists as a whole. */
  cancelAll(account: Account, symbol: string): (CancelResult | ListCancelResult)[] {
    const open = this.store.open(account.apiKey, symbol);
    if (open.length === 0) throw binanceErrors.unknownOrder();
    const results: (CancelResult | ListCancelResult)[] = [];
    for (const order of open) {
      if (!isOpen(order)) continue; // the other leg of a list canceled just before
      const list = this.executingList(order);
      results.push(list === undefined ? this.cancelOne(order) : { list, cancels: this.cancelListLegs(list, generatedClientOrderId()) });
    }
    this.flush();
    return results;
  }

  /** DELETE /api/v3/orderList: -2011 "Unknown order list sent." unless the list is still executing. */
  cancelList(account: Account, symbol: string, key: ListKey, cancelClientOrderId = generatedClientOrderId()): ListCancelResult {
    const list = this.store.findList(account.apiKey, key, symbol);
    if (list === undefined || list.listOrderStatus !== 'EXECUTING') throw binanceErrors.unknownOrderList();
    const cancels = this.cancelListLegs(list, cancelClientOrderId);
    this.flush();
    return { list, cancels };
  }

  private executingList(order: Order): OrderList | undefined {
    const list = this.store.listOf(order);
    return list?.listOrderStatus === 'EXECUTING' ? list : undefined;
  }

  /** Both legs CANCELED under one cancel id, the list's lock given back, listStatus ALL_DONE. */
  private cancelListLegs(list: OrderList, cancelClientOrderId: string): CancelResult[] {
    const cancels = list.orders.filter(isOpen).map((order) => this.cancelOne(order, cancelClientOrderId));
    this.endList(list);
    return cancels;
  }

  /** Ends a list: what it still locks goes back, its status is ALL_DONE, listStatus follows. */
  private endList(list: OrderList): void {
    if (list.locked > 0n) list.account.ledger.unlock(list.lockAsset, list.locked);
    list.locked = 0n;
    list.listStatusType = 'ALL_DONE';
    list.listOrderStatus = 'ALL_DONE';
    list.transactionTime = this.serverNow();
    this.touched.add(list.account);
    this.reportList(list);
  }

  /**
   * A leg that fills or triggers takes the list's lock over (as much as it needs on its own; the
   * rest of a BUY's lock goes back at once). Returns the list, for {@link expireSiblings}.
   */
  private takeOverListLock(order: Order): OrderList | undefined {
    const list = this.executingList(order);
    if (list === undefined) return undefined;
    const own = legLock(order);
    order.locked = own;
    if (list.locked > own) list.account.ledger.unlock(list.lockAsset, list.locked - own);
    list.locked = 0n;
    return list;
  }

  /** The other legs of a list one leg filled or triggered in: EXPIRED, as Binance does; then the list is done. */
  private expireSiblings(list: OrderList, order: Order): void {
    for (const sibling of list.orders.filter((candidate) => candidate !== order && isOpen(candidate))) {
      releaseLock(sibling);
      sibling.status = 'EXPIRED';
      sibling.updateTime = this.serverNow();
      this.report(sibling, 'EXPIRED');
    }
    this.endList(list);
  }

  /** A deposit or withdrawal: balanceUpdate, then outboundAccountPosition. */
  adjustBalance(account: Account, asset: string, delta: Fixed): void {
    account.ledger.credit(asset, delta);
    this.pending.push({ apiKey: account.apiKey, event: balanceUpdate(this.serverNow(), asset, delta) });
    this.touched.add(account);
    this.flush();
  }

  private cancelOne(order: Order, cancelClientOrderId = generatedClientOrderId()): CancelResult {
    const transactTime = this.serverNow();
    releaseLock(order);
    order.status = 'CANCELED';
    order.updateTime = transactTime;
    this.touched.add(order.account);
    this.report(order, 'CANCELED', { cancelClientOrderId });
    return { order, cancelClientOrderId, transactTime };
  }

  /** A working order's first moment: take what crosses, then rest (GTC) or expire. */
  private work(replay: SymbolReplay, order: Order): void {
    takeLiquidity(this.context, replay, order);
    this.touched.add(order.account);
    if (isOpen(order) && (isMarketType(order.type) || order.timeInForce !== 'GTC')) {
      releaseLock(order);
      order.status = 'EXPIRED';
      order.updateTime = this.serverNow();
      this.report(order, 'EXPIRED');
    }
  }

  /** Each sub-step: trigger stops on the new price, then fill resting orders it trades through. */
  private onStep(replay: SymbolReplay): void {
    const symbol = replay.rules.symbol;
    for (const order of this.store.openInSymbol(symbol).filter((candidate) => !candidate.isWorking)) {
      // A leg whose list another leg ended just before in this loop is no longer open.
      if (!isOpen(order) || !isTriggered(order.type, order.side, order.stopPrice, replay.price)) continue;
      // A triggered leg ends its list before it works: the other leg EXPIRED, then its own fills.
      const list = this.takeOverListLock(order);
      if (list !== undefined) this.expireSiblings(list, order);
      order.isWorking = true;
      order.workingTime = this.serverNow();
      this.work(replay, order);
    }
    const resting = this.store.openInSymbol(symbol).filter((order) => order.isWorking && order.price > 0n);
    for (const order of resting.filter((candidate) => candidate.side === 'BUY').sort(byPriority('BUY'))) {
      if (replay.ask > order.price) break;
      this.makerFill(replay, order);
    }
    for (const order of resting.filter((candidate) => candidate.side === 'SELL').sort(byPriority('SELL'))) {
      if (replay.bid < order.price) break;
      this.makerFill(replay, order);
    }
    this.flush();
  }

  /** A resting order fills at its own price, as maker, as far as the sub-step's liquidity goes. */
  private makerFill(replay: SymbolReplay, order: Order): void {
    const available = this.liquidity.available(replay, order.side);
    const qty = available === undefined ? remainingQty(order) : roundToStep(min(remainingQty(order), available), order.rules.stepSize);
    if (qty <= 0n || !isOpen(order)) return;
    this.touched.add(order.account);
    // A resting leg's first fill, even a partial one, ends its list: the TRADE, then the other leg EXPIRED.
    const list = this.takeOverListLock(order);
    fill(this.context, replay, order, order.price, qty, true);
    if (list !== undefined) this.expireSiblings(list, order);
  }

  private report(order: Order, executionType: ExecutionType, extra: { trade?: Trade; cancelClientOrderId?: string } = {}): void {
    const event = executionReport(order, { executionType, executionId: ++this.executionId, eventTime: this.serverNow(), ...extra });
    this.pending.push({ apiKey: order.account.apiKey, event });
  }

  private reportList(list: OrderList): void {
    this.pending.push({ apiKey: list.account.apiKey, event: listStatus(list, this.serverNow()) });
  }

  private flush(): void {
    const now = this.serverNow();
    const pending = this.pending;
    this.pending = [];
    for (const account of this.touched) {
      const assets = account.ledger.drainTouched();
      if (assets.length === 0) continue;
      account.updateTime = now;
      pending.push({ apiKey: account.apiKey, event: accountPosition(now, assets) });
    }
    this.touched.clear();
    for (const { apiKey, event } of pending) this.events.emit(apiKey, event);
  }
}
