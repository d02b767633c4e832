import { type ExchangeStatus } from './exchange';
import { type Order } from './orders';

/** A resting BTCUSDT limit buy as the contract carries it, for tests; `patch` changes what a test needs. */
export function sampleOrder(patch: Partial<Order> = {}): Order {
  return {
    clientOrderId: 'tw-sample',
    exchangeOrderId: '7',
    accountId: 1,
    symbol: 'BTCUSDT',
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    price: '100',
    stopPrice: null,
    quantity: '0.01',
    quoteOrderQty: null,
    status: 'NEW',
    executedQty: '0',
    cumulativeQuoteQty: '0',
    origin: 'manual',
    deploymentId: null,
    isAdopted: false,
    replacesClientOrderId: null,
    listClientOrderId: null,
    rejectReason: null,
    lastError: null,
    createdAt: 1,
    updatedAt: 1,
    sentAt: 1,
    ...patch,
  };
}

/** A healthy connected account, for tests. */
export function sampleExchangeStatus(patch: Partial<ExchangeStatus> = {}): ExchangeStatus {
  return {
    accountId: 1,
    state: 'connected',
    stream: 'live',
    usedWeight1m: 20,
    weightLimit1m: 6000,
    bannedUntil: null,
    backoffUntil: null,
    timeOffsetMs: 0,
    lastError: null,
    ordersInDoubt: 0,
    lastReconciledAt: null,
    ...patch,
  };
}
