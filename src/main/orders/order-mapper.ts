import { type Fill, type Order } from '../../shared/schemas/orders';
import { type JournalFill, type JournalOrder } from './order-journal';

/** A journal row as it may leave the core. */
export function toOrder(row: JournalOrder): Order {
  return {
    clientOrderId: row.clientOrderId,
    exchangeOrderId: row.exchangeOrderId,
    accountId: row.accountId,
    symbol: row.symbol,
    side: row.side,
    type: row.type,
    timeInForce: row.timeInForce,
    price: row.price,
    stopPrice: row.stopPrice,
    quantity: row.quantity,
    quoteOrderQty: row.quoteOrderQty,
    status: row.status,
    executedQty: row.executedQty,
    cumulativeQuoteQty: row.cumulativeQuoteQty,
    origin: row.origin,
    deploymentId: row.deploymentId,
    isAdopted: row.isAdopted,
    replacesClientOrderId: row.replacesClientOrderId,
    listClientOrderId: row.listClientOrderId,
    rejectReason: row.rejectReason,
    lastError: row.lastError,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
  };
}

export function toFill(row: JournalFill): Fill {
  return {
    accountId: row.accountId,
    symbol: row.symbol,
    tradeId: row.exchangeTradeId,
    clientOrderId: row.orderClientId,
    price: row.price,
    qty: row.qty,
    quoteQty: row.quoteQty,
    commission: row.commission,
    commissionAsset: row.commissionAsset,
    isMaker: row.isMaker,
    time: row.time,
  };
}
