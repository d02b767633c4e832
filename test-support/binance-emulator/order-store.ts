import { isOpen, type Order, type OrderList, type Trade } from './order-model';

export interface OrderKey {
  orderId?: number;
  clientOrderId?: string;
}

/** Every order and trade the emulator has seen, with Binance's per-symbol id sequences. */
export class OrderStore {
  private readonly orders: Order[] = [];
  private readonly trades: Trade[] = [];
  private readonly lastOrderIds = new Map<string, number>();
  private readonly placeCounts = new Map<string, number>();
  private readonly lists: OrderList[] = [];
  private readonly lastOrderListIds = new Map<string, number>();

  newOrderId(symbol: string): number {
    const id = (this.lastOrderIds.get(symbol) ?? 0) + 1;
    this.lastOrderIds.set(symbol, id);
    return id;
  }

  /** Order list ids run per symbol like order ids, from 1 here (0 is a valid id on Binance). */
  newOrderListId(symbol: string): number {
    const id = (this.lastOrderListIds.get(symbol) ?? 0) + 1;
    this.lastOrderListIds.set(symbol, id);
    return id;
  }

  addList(list: OrderList): void {
    this.lists.push(list);
  }

  /** Every order list, optionally of one key (and symbol), oldest first. */
  allLists(apiKey?: string, symbol?: string): OrderList[] {
    return this.lists.filter((list) => (apiKey === undefined || list.account.apiKey === apiKey) && (symbol === undefined || list.symbol === symbol));
  }

  /** The list an order is a leg of. */
  listOf(order: Order): OrderList | undefined {
    if (order.orderListId === -1) return undefined;
    return this.lists.find((list) => list.symbol === order.symbol && list.orderListId === order.orderListId && list.account === order.account);
  }

  /** By orderListId if given, else the latest list with the listClientOrderId. */
  findList(apiKey: string, key: { orderListId?: number; listClientOrderId?: string }, symbol?: string): OrderList | undefined {
    const candidates = this.allLists(apiKey, symbol).reverse();
    if (key.orderListId !== undefined) return candidates.find((list) => list.orderListId === key.orderListId);
    return candidates.find((list) => list.listClientOrderId === key.listClientOrderId);
  }

  add(order: Order): void {
    this.orders.push(order);
    this.placeCounts.set(order.clientOrderId, this.placeCount(order.clientOrderId) + 1);
  }

  addTrade(trade: Trade): void {
    this.trades.push(trade);
  }

  /** How many accepted orders carried this clientOrderId, over the emulator's life. */
  placeCount(clientOrderId: string): number {
    return this.placeCounts.get(clientOrderId) ?? 0;
  }

  all(apiKey?: string): Order[] {
    return apiKey === undefined ? [...this.orders] : this.orders.filter((order) => order.account.apiKey === apiKey);
  }

  allTrades(apiKey?: string): Trade[] {
    return apiKey === undefined ? [...this.trades] : this.trades.filter((trade) => trade.apiKey === apiKey);
  }

  forAccount(apiKey: string, symbol?: string): Order[] {
    return this.orders.filter((order) => order.account.apiKey === apiKey && (symbol === undefined || order.symbol === symbol));
  }

  open(apiKey: string, symbol?: string): Order[] {
    return this.forAccount(apiKey, symbol).filter(isOpen);
  }

  /** Every open order of a symbol, whoever placed it: what the matching engine walks. */
  openInSymbol(symbol: string): Order[] {
    return this.orders.filter((order) => order.symbol === symbol && isOpen(order));
  }

  /**
   * By orderId if given, else the latest order with the clientOrderId. With both, Binance looks up
   * the orderId and then insists the clientOrderId matches it.
   */
  find(apiKey: string, symbol: string, key: OrderKey): Order | undefined {
    const candidates = this.forAccount(apiKey, symbol);
    if (key.orderId === undefined) return candidates.reverse().find((order) => order.clientOrderId === key.clientOrderId);
    const order = candidates.find((candidate) => candidate.orderId === key.orderId);
    return key.clientOrderId === undefined || order?.clientOrderId === key.clientOrderId ? order : undefined;
  }
}
