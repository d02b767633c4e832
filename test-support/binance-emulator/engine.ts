import { type Account } from './accounts';
import { binanceErrors } from './errors';
import { fill, type FillContext, releaseLock, takeLiquidity } from './fills';
import { type Fixed, min, roundToStep } from './fixed';
import { type Liquidity } from './liquidity';
import { isMarketType, isOpen, type NewOrder, type Order, remainingQty, type Trade } from './order-model';
import { type OrderKey, type OrderStore } from './order-store';
import { checkRequest, createOrder, generatedClientOrderId, isTriggered } from './placement';
import { type ReplayMarket } from './replay-market';
import { type SymbolReplay } from './symbol-replay';
import { accountPosition, balanceUpdate, executionReport, type ExecutionType, type UserEvents } from './user-events';

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

  cancel(account: Account, symbol: string, key: OrderKey, cancelClientOrderId?: string): CancelResult {
    const order = this.store.find(account.apiKey, symbol, key);
    if (order === undefined || !isOpen(order)) throw binanceErrors.unknownOrder();
    const result = this.cancelOne(order, cancelClientOrderId);
    this.flush();
    return result;
  }

  cancelAll(account: Account, symbol: string): CancelResult[] {
    const open = this.store.open(account.apiKey, symbol);
    if (open.length === 0) throw binanceErrors.unknownOrder();
    const results = open.map((order) => this.cancelOne(order));
    this.flush();
    return results;
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
      if (!isTriggered(order.type, order.side, order.stopPrice, replay.price)) continue;
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
    if (qty <= 0n) return;
    this.touched.add(order.account);
    fill(this.context, replay, order, order.price, qty, true);
  }

  private report(order: Order, executionType: ExecutionType, extra: { trade?: Trade; cancelClientOrderId?: string } = {}): void {
    const event = executionReport(order, { executionType, executionId: ++this.executionId, eventTime: this.serverNow(), ...extra });
    this.pending.push({ apiKey: order.account.apiKey, event });
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
