import { formatFixed, type Fixed } from './fixed';
import { type Order, type OrderList, type Trade } from './order-model';

export type UserEventListener = (event: object) => void;

/** The user data stream's listeners per API key, and waiting for one to appear. */
export class UserEvents {
  private readonly listeners = new Map<string, Set<UserEventListener>>();
  private readonly waiters: { apiKey: string; resolve: () => void }[] = [];
  private readonly taps = new Map<string, Set<UserEventListener>>();

  subscribe(apiKey: string, listener: UserEventListener): () => void {
    const set = this.listeners.get(apiKey) ?? new Set();
    set.add(listener);
    this.listeners.set(apiKey, set);
    for (const waiter of this.waiters.filter((candidate) => candidate.apiKey === apiKey)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    return () => set.delete(listener);
  }

  /** Resolves once the key has a user data subscription (at once if it has one). */
  waitForSubscriber(apiKey: string): Promise<void> {
    if ((this.listeners.get(apiKey)?.size ?? 0) > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ apiKey, resolve }));
  }

  /** A test's view of every event of a key; unlike a subscription it does not satisfy waitForSubscriber. */
  tap(apiKey: string, listener: UserEventListener): () => void {
    const set = this.taps.get(apiKey) ?? new Set();
    set.add(listener);
    this.taps.set(apiKey, set);
    return () => set.delete(listener);
  }

  emit(apiKey: string, event: object): void {
    for (const listener of this.taps.get(apiKey) ?? []) listener(event);
    for (const listener of this.listeners.get(apiKey) ?? []) listener(event);
  }
}

export type ExecutionType = 'NEW' | 'CANCELED' | 'TRADE' | 'EXPIRED';

export interface ReportDetail {
  executionType: ExecutionType;
  executionId: number;
  eventTime: number;
  trade?: Trade;
  /** For a cancel: the cancel request's own client order id. */
  cancelClientOrderId?: string;
}

/** An executionReport with every field of API-FACTS section 7 that applies to a spot order. */
export function executionReport(order: Order, detail: ReportDetail): object {
  const { trade } = detail;
  const isCancel = detail.executionType === 'CANCELED';
  return {
    e: 'executionReport',
    E: detail.eventTime,
    s: order.symbol,
    c: isCancel ? (detail.cancelClientOrderId ?? order.clientOrderId) : order.clientOrderId,
    S: order.side,
    o: order.type,
    f: order.timeInForce,
    q: formatFixed(order.origQty),
    p: formatFixed(order.price),
    P: formatFixed(order.stopPrice),
    F: formatFixed(0n),
    g: order.orderListId,
    C: isCancel ? order.clientOrderId : '',
    x: detail.executionType,
    X: order.status,
    r: 'NONE',
    i: order.orderId,
    l: formatFixed(trade?.qty ?? 0n),
    z: formatFixed(order.executedQty),
    L: formatFixed(trade?.price ?? 0n),
    n: trade === undefined ? '0' : formatFixed(trade.commission),
    N: trade?.commissionAsset ?? null,
    T: trade?.time ?? order.updateTime,
    t: trade?.id ?? -1,
    I: detail.executionId,
    w: order.isWorking && (order.status === 'NEW' || order.status === 'PARTIALLY_FILLED'),
    m: trade?.isMaker ?? false,
    M: trade !== undefined,
    O: order.time,
    Z: formatFixed(order.cummulativeQuoteQty),
    Y: formatFixed(trade?.quoteQty ?? 0n),
    Q: formatFixed(order.origQuoteOrderQty),
    ...(order.isWorking ? { W: order.workingTime } : {}),
    V: order.selfTradePreventionMode,
  };
}

/** The listStatus event Binance sends beside the executionReports of an order list's legs. */
export function listStatus(list: OrderList, eventTime: number): object {
  return {
    e: 'listStatus',
    E: eventTime,
    s: list.symbol,
    g: list.orderListId,
    c: list.contingencyType,
    l: list.listStatusType,
    L: list.listOrderStatus,
    r: 'NONE',
    C: list.listClientOrderId,
    T: list.transactionTime,
    O: list.orders.map((order) => ({ s: order.symbol, i: order.orderId, c: order.clientOrderId })),
  };
}

export function accountPosition(eventTime: number, assets: readonly { asset: string; free: Fixed; locked: Fixed }[]): object {
  return {
    e: 'outboundAccountPosition',
    E: eventTime,
    u: eventTime,
    B: assets.map(({ asset, free, locked }) => ({ a: asset, f: formatFixed(free), l: formatFixed(locked) })),
  };
}

export function balanceUpdate(eventTime: number, asset: string, delta: Fixed): object {
  return { e: 'balanceUpdate', E: eventTime, a: asset, d: formatFixed(delta), T: eventTime };
}
