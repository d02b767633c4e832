import { isFinalOrderStatus, type OrderType } from '../../../../shared/domain/enums';
import { toExchangeString, tryParseDecimal } from '../../../../shared/exchange/decimal';
import { type Order } from '../../../../shared/schemas/orders';
import { trimDecimalString } from './price-format';

/** One open order as a horizontal line on the price pane. */
export interface OrderLineSpec {
  /** The order's client id: lines are matched to orders by it when the list changes. */
  readonly id: string;
  readonly price: number;
  readonly side: 'BUY' | 'SELL';
  readonly title: string;
  /** Drawn at the trigger price of a stop or take-profit order, not at a resting price. */
  readonly isTrigger: boolean;
  /** Journaled or sent, but the exchange has not confirmed it yet. */
  readonly isUnconfirmed: boolean;
}

const TYPE_LABELS: Record<OrderType, string> = {
  MARKET: 'MARKET',
  LIMIT: 'LIMIT',
  LIMIT_MAKER: 'LIMIT MAKER',
  STOP_LOSS: 'STOP',
  STOP_LOSS_LIMIT: 'STOP LIMIT',
  TAKE_PROFIT: 'TAKE PROFIT',
  TAKE_PROFIT_LIMIT: 'TP LIMIT',
};

const TRIGGERED_TYPES: readonly OrderType[] = ['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'];

/** What is still to fill: the quantity less what executed, exact; the quantity if unreadable. */
function remainingQty(order: Order): string | null {
  if (order.quantity === null) return null;
  const quantity = tryParseDecimal(order.quantity);
  const executed = tryParseDecimal(order.executedQty);
  if (!quantity.ok) return trimDecimalString(order.quantity);
  if (!executed.ok || executed.value.isZero()) return toExchangeString(quantity.value);
  const left = quantity.value.minus(executed.value);
  return left.isNegative() ? '0' : toExchangeString(left);
}

/**
 * The open orders of the chart's symbol as price lines: "BUY LIMIT 0.01" at the limit price, and
 * for stop and take-profit orders at the stop price, where the order comes alive. Orders that
 * ended, and market orders (no price to draw), have no line.
 */
export function orderLines(orders: readonly Order[], symbol: string): OrderLineSpec[] {
  const lines: OrderLineSpec[] = [];
  for (const order of orders) {
    if (order.symbol !== symbol || isFinalOrderStatus(order.status)) continue;
    const isTrigger = TRIGGERED_TYPES.includes(order.type);
    const priceText = isTrigger ? (order.stopPrice ?? order.price) : order.price;
    if (priceText === null) continue;
    const price = Number(priceText);
    if (!Number.isFinite(price) || price <= 0) continue;
    const qty = remainingQty(order);
    const title = [order.side, TYPE_LABELS[order.type], qty].filter((part) => part !== null).join(' ');
    lines.push({
      id: order.clientOrderId,
      price,
      side: order.side,
      title,
      isTrigger,
      isUnconfirmed: order.status === 'pending' || order.status === 'unknown',
    });
  }
  return lines;
}
