import { div, type Fixed, min, mul, roundToStep } from './fixed';
import { type Liquidity } from './liquidity';
import { isMarketType, type Order, remainingQty, type Trade } from './order-model';
import { type OrderStore } from './order-store';
import { type SymbolReplay } from './symbol-replay';

/** What a fill needs from the engine around it. */
export interface FillContext {
  readonly store: OrderStore;
  readonly liquidity: Liquidity;
  /** Server time: the time of orders, trades and account events. */
  now(): number;
  onTrade(order: Order, trade: Trade, replay: SymbolReplay): void;
}

/**
 * Commission is charged in the asset received, at the account's maker or taker rate, and
 * rounded UP to eight decimals: the emulator never under-charges. The quote amount of a fill is
 * price × qty rounded DOWN to eight decimals (exact for every default symbol).
 */
export function commissionFor(received: Fixed, rate: Fixed): Fixed {
  return mul(received, rate, 'up');
}

/** Gives back whatever the order still holds locked. */
export function releaseLock(order: Order): void {
  if (order.locked > 0n) order.account.ledger.unlock(order.lockAsset, order.locked);
  order.locked = 0n;
}

/** Books one fill: balances, commission, the order's progress, the trade. */
export function fill(context: FillContext, replay: SymbolReplay, order: Order, price: Fixed, qty: Fixed, isMaker: boolean): Trade {
  const { account, rules } = order;
  const ledger = account.ledger;
  const now = context.now();
  const quoteQty = mul(price, qty);
  const rate = isMaker ? account.makerRate : account.takerRate;
  const isBuyer = order.side === 'BUY';
  const commission = commissionFor(isBuyer ? qty : quoteQty, rate);
  if (isBuyer) {
    ledger.spendLocked(rules.quoteAsset, quoteQty);
    order.locked -= quoteQty;
    if (order.price > 0n) {
      // A buy that fills below its limit frees the difference at once.
      const surplus = min(order.locked, mul(order.price, qty, 'up') - quoteQty);
      if (surplus > 0n) {
        ledger.unlock(rules.quoteAsset, surplus);
        order.locked -= surplus;
      }
    }
    ledger.credit(rules.baseAsset, qty - commission);
  } else {
    ledger.spendLocked(rules.baseAsset, qty);
    order.locked -= qty;
    ledger.credit(rules.quoteAsset, quoteQty - commission);
  }
  const trade: Trade = {
    apiKey: account.apiKey,
    symbol: order.symbol,
    id: replay.nextTradeId(),
    orderId: order.orderId,
    orderListId: order.orderListId,
    price,
    qty,
    quoteQty,
    commission,
    commissionAsset: isBuyer ? rules.baseAsset : rules.quoteAsset,
    time: now,
    isBuyer,
    isMaker,
  };
  order.executedQty += qty;
  order.cummulativeQuoteQty += quoteQty;
  order.status = order.executedQty === order.origQty ? 'FILLED' : 'PARTIALLY_FILLED';
  order.updateTime = now;
  order.fills.push(trade);
  if (order.status === 'FILLED') releaseLock(order);
  context.store.addTrade(trade);
  context.liquidity.consume(replay, order.side, qty);
  context.onTrade(order, trade, replay);
  return trade;
}

/**
 * A market buy that triggered later than it was placed may cost more than it locked: it takes
 * the difference from the free balance, and fills only what it can pay for.
 */
function affordableQty(order: Order, price: Fixed, qty: Fixed): Fixed {
  if (order.side !== 'BUY' || !isMarketType(order.type)) return qty;
  const ledger = order.account.ledger;
  const asset = order.rules.quoteAsset;
  const shortfall = mul(price, qty, 'up') - order.locked;
  if (shortfall <= 0n) return qty;
  const extra = min(shortfall, ledger.free(asset));
  ledger.lock(asset, extra);
  order.locked += extra;
  return extra === shortfall ? qty : roundToStep(div(order.locked, price), order.rules.stepSize);
}

/** The price a taker gets now: the ask for a buy, the bid for a sell. */
export function takerPrice(replay: SymbolReplay, order: Order): Fixed {
  return order.side === 'BUY' ? replay.ask : replay.bid;
}

/** Whether a priced order crosses the book now. */
export function isMarketable(replay: SymbolReplay, order: Order): boolean {
  if (order.price === 0n) return true;
  const price = takerPrice(replay, order);
  return order.side === 'BUY' ? price <= order.price : price >= order.price;
}

/**
 * Executes an order as taker against the current bid/ask, as far as its limit price, its time in
 * force and the sub-step's liquidity allow. Fill-or-kill takes all or nothing.
 */
export function takeLiquidity(context: FillContext, replay: SymbolReplay, order: Order): void {
  if (!isMarketable(replay, order)) return;
  const price = takerPrice(replay, order);
  const wanted = remainingQty(order);
  const available = context.liquidity.available(replay, order.side);
  if (order.timeInForce === 'FOK' && available !== undefined && available < wanted) return;
  let qty = available === undefined ? wanted : roundToStep(min(wanted, available), order.rules.stepSize);
  qty = affordableQty(order, price, qty);
  if (qty > 0n) fill(context, replay, order, price, qty, false);
}
