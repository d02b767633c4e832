import { isFinalOrderStatus, type OrderStatus } from '../../../../shared/domain/enums';
import { type Order } from '../../../../shared/schemas/orders';

export type StatusTone = 'open' | 'done' | 'ended' | 'attention';

/** What each journal status means to a trader, in a word and a sentence. */
const STATUS_TEXT: Record<OrderStatus, { readonly word: string; readonly title: string; readonly tone: StatusTone }> = {
  pending: { word: 'sending', title: 'Journaled, and being sent to the exchange now.', tone: 'attention' },
  unknown: {
    word: 'unknown',
    title: 'Sent, but no answer came back. It is looked up on the exchange by its client order id until its fate is known; it is never sent twice.',
    tone: 'attention',
  },
  NEW: { word: 'open', title: 'Resting on the exchange\'s book.', tone: 'open' },
  PARTIALLY_FILLED: { word: 'partly filled', title: 'Part of it has filled; the rest is still on the book.', tone: 'open' },
  FILLED: { word: 'filled', title: 'Filled completely.', tone: 'done' },
  CANCELED: { word: 'cancelled', title: 'Cancelled.', tone: 'ended' },
  PENDING_CANCEL: { word: 'cancelling', title: 'The exchange is cancelling it.', tone: 'attention' },
  REJECTED: { word: 'rejected', title: 'Rejected: nothing was placed.', tone: 'ended' },
  EXPIRED: { word: 'expired', title: 'Expired by its time in force (IOC/FOK), or a limit-maker order that would have taken.', tone: 'ended' },
  EXPIRED_IN_MATCH: { word: 'expired', title: 'Expired by self-trade prevention.', tone: 'ended' },
};

export function statusText(status: OrderStatus) {
  return STATUS_TEXT[status];
}

export function isCancellable(order: Order): boolean {
  return !isFinalOrderStatus(order.status) && order.status !== 'PENDING_CANCEL' && order.status !== 'pending';
}

const TYPE_WORDS: Record<Order['type'], string> = {
  MARKET: 'market',
  LIMIT: 'limit',
  LIMIT_MAKER: 'limit maker',
  STOP_LOSS: 'stop loss',
  STOP_LOSS_LIMIT: 'stop-loss limit',
  TAKE_PROFIT: 'take profit',
  TAKE_PROFIT_LIMIT: 'take-profit limit',
};

/** "limit GTC", "market", "stop-loss limit IOC". */
export function typeText(order: Order): string {
  const word = TYPE_WORDS[order.type];
  return order.timeInForce === null || order.type === 'MARKET' ? word : `${word} ${order.timeInForce}`;
}

/** What was asked for: a base quantity, or for a market order by quote amount, that amount in quote. */
export function amountText(order: Order): string {
  if (order.quantity !== null) return order.quantity;
  return order.quoteOrderQty === null ? '—' : `${order.quoteOrderQty} (quote)`;
}

/** Where an order (or a fill, by its order) came from; orders found on the exchange that this app did not place say so. */
export function originText(row: Pick<Order, 'isAdopted' | 'origin' | 'deploymentId'>): string {
  if (row.isAdopted) return 'adopted';
  if (row.origin === 'strategy') return row.deploymentId === null ? 'strategy' : `deployment #${row.deploymentId}`;
  return 'manual';
}

/** Why the order is where it is, when that needs saying. */
export function problemText(order: Order): string | null {
  return order.rejectReason ?? order.lastError;
}
