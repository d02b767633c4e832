import { type Account } from './accounts';
import { binanceErrors } from './errors';
import { checkFilters } from './filters';
import { type Fixed, max } from './fixed';
import { type OrderType } from './market-types';
import { isStopType, type Order, type OrderList } from './order-model';
import { legOrder, type NewOco, type NewOcoLeg } from './order-list-params';
import { type OrderStore } from './order-store';
import { addOrder, generatedClientOrderId, isDuplicateClientOrderId, isTriggered, lockFor } from './placement';
import { type SymbolReplay } from './symbol-replay';

const STOP_LOSS_TYPES: readonly OrderType[] = ['STOP_LOSS', 'STOP_LOSS_LIMIT'];
const TAKE_PROFIT_TYPES: readonly OrderType[] = ['LIMIT_MAKER', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];

interface Legs {
  /** STOP_LOSS or STOP_LOSS_LIMIT: below a SELL's price, above a BUY's. */
  stopLoss: NewOcoLeg;
  /** LIMIT_MAKER, TAKE_PROFIT or TAKE_PROFIT_LIMIT: the other side of the price. */
  takeProfit: NewOcoLeg;
}

/** A SELL takes profit above and stops the loss below; a BUY the other way round. Else -2010. */
function legsOf(oco: NewOco): Legs {
  const [takeProfit, stopLoss] = oco.side === 'SELL' ? [oco.above, oco.below] : [oco.below, oco.above];
  if (!TAKE_PROFIT_TYPES.includes(takeProfit.type) || !STOP_LOSS_TYPES.includes(stopLoss.type)) throw binanceErrors.unsupportedOrderCombination();
  return { stopLoss, takeProfit };
}

/** The filters, leg by leg (above, then below), each leg counted against MAX_NUM_ORDERS. */
export function checkOcoRequest(store: OrderStore, account: Account, oco: NewOco, replay: SymbolReplay): void {
  const open = store.open(account.apiKey, oco.symbol);
  let orders = open.length;
  let algoOrders = open.filter((order) => isStopType(order.type)).length;
  for (const leg of [oco.above, oco.below]) {
    checkFilters(legOrder(oco, leg), replay.rules, replay.price, { orders, algoOrders });
    orders += 1;
    if (isStopType(leg.type)) algoOrders += 1;
  }
}

/**
 * The price rule of the docs, on the last price: SELL take-profit price > last > stop-loss
 * stopPrice; BUY take-profit price < last < stop-loss stopPrice. A TAKE_PROFIT leg is judged by its
 * stopPrice, the others by their limit price.
 */
function checkPrices(oco: NewOco, legs: Legs, replay: SymbolReplay): void {
  const last = replay.price;
  const profitPrice = (legs.takeProfit.type === 'TAKE_PROFIT' ? legs.takeProfit.stopPrice : legs.takeProfit.price) ?? 0n;
  const stopPrice = legs.stopLoss.stopPrice ?? 0n;
  const isOrdered = oco.side === 'SELL' ? profitPrice > last && last > stopPrice : profitPrice < last && last < stopPrice;
  if (!isOrdered) throw binanceErrors.ocoBadPrices();
  for (const leg of [legs.stopLoss, legs.takeProfit]) {
    if (isStopType(leg.type) && isTriggered(leg.type, oco.side, leg.stopPrice ?? 0n, last)) throw binanceErrors.stopWouldTrigger();
  }
  if (legs.takeProfit.type === 'LIMIT_MAKER') {
    const limit = legs.takeProfit.price ?? 0n;
    if (oco.side === 'BUY' ? replay.ask <= limit : replay.bid >= limit) throw binanceErrors.wouldMatchAndTake();
  }
}

/** What the list locks, once: the quantity for a SELL, the larger quote need of the two legs for a BUY. */
function listLock(oco: NewOco, legs: Legs): Fixed {
  const stopLoss = lockFor({ side: oco.side, ...legs.stopLoss }, oco.quantity);
  const takeProfit = lockFor({ side: oco.side, ...legs.takeProfit }, oco.quantity);
  return max(stopLoss, takeProfit);
}

/** What a leg locks on its own once it has taken the list's lock over. */
export function legLock(order: Order): Fixed {
  return lockFor(order, order.origQty);
}

/**
 * The matching engine's rejections of an OCO (all -2010), then the list: funds locked once in the
 * list, the stop-loss leg placed first (the lower orderId), both legs NEW and holding nothing.
 */
export function createOcoList(store: OrderStore, account: Account, oco: NewOco, replay: SymbolReplay, now: number): OrderList {
  const legs = legsOf(oco);
  const listClientOrderId = oco.listClientOrderId ?? generatedClientOrderId();
  const openLists = store.allLists(account.apiKey, oco.symbol).filter((list) => list.listOrderStatus === 'EXECUTING');
  if (openLists.some((list) => list.listClientOrderId === listClientOrderId)) throw binanceErrors.duplicateOrder();
  const clientOrderIds = [legs.stopLoss, legs.takeProfit].map((leg) => leg.clientOrderId ?? generatedClientOrderId());
  const [stopLossId = '', takeProfitId = ''] = clientOrderIds;
  if (stopLossId === takeProfitId) throw binanceErrors.duplicateOrder();
  if (clientOrderIds.some((id) => isDuplicateClientOrderId(store, account, oco.symbol, id))) throw binanceErrors.duplicateOrder();
  checkPrices(oco, legs, replay);
  const rules = replay.rules;
  const lockAsset = oco.side === 'SELL' ? rules.baseAsset : rules.quoteAsset;
  const lock = listLock(oco, legs);
  if (account.ledger.free(lockAsset) < lock) throw binanceErrors.insufficientBalance();
  account.ledger.lock(lockAsset, lock);
  const orderListId = store.newOrderListId(oco.symbol);
  const fields = { origQty: oco.quantity, lock: 0n, lockAsset, orderListId };
  const orders = [
    addOrder(store, account, legOrder(oco, legs.stopLoss), replay, now, { ...fields, clientOrderId: stopLossId }),
    addOrder(store, account, legOrder(oco, legs.takeProfit), replay, now, { ...fields, clientOrderId: takeProfitId }),
  ];
  const list: OrderList = {
    account,
    symbol: oco.symbol,
    orderListId,
    listClientOrderId,
    contingencyType: 'OCO',
    listStatusType: 'EXEC_STARTED',
    listOrderStatus: 'EXECUTING',
    transactionTime: now,
    orders,
    locked: lock,
    lockAsset,
  };
  store.addList(list);
  return list;
}
