import { type OrderSide, type OrderType, type TimeInForce } from '../../shared/domain/enums';

/** Binance's own order statuses (the journal adds `pending` and `unknown`). */
export type ExchangeOrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'PENDING_CANCEL' | 'REJECTED' | 'EXPIRED' | 'EXPIRED_IN_MATCH';

/** An execution, with every amount as the exchange wrote it. */
export interface ExchangeTrade {
  readonly symbol: string;
  readonly tradeId: string;
  readonly exchangeOrderId: string;
  readonly price: string;
  readonly qty: string;
  readonly quoteQty: string;
  readonly commission: string;
  readonly commissionAsset: string | null;
  readonly isMaker: boolean;
  readonly time: number;
}

/** An order as the exchange reports it (REST reply, lookup or stream), amounts as strings. */
export interface ExchangeOrder {
  readonly symbol: string;
  readonly clientOrderId: string;
  readonly exchangeOrderId: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly timeInForce: TimeInForce | null;
  readonly price: string | null;
  readonly stopPrice: string | null;
  readonly quantity: string | null;
  readonly quoteOrderQty: string | null;
  readonly status: ExchangeOrderStatus;
  readonly executedQty: string;
  readonly cumulativeQuoteQty: string;
  readonly updateTime: number;
  /** Present when the exchange sent them with this report (a FULL reply, an execution report). */
  readonly trades: readonly ExchangeTrade[];
}

/** What is sent: already checked and rounded against the symbol's filters. */
export interface OrderRequest {
  readonly symbol: string;
  readonly clientOrderId: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly timeInForce?: TimeInForce;
  readonly quantity?: string;
  readonly quoteOrderQty?: string;
  readonly price?: string;
  readonly stopPrice?: string;
}

export interface ExchangeBalance {
  readonly asset: string;
  readonly free: string;
  readonly locked: string;
}


/** One leg of an OCO list: a limit-maker take-profit or a stop-loss(-limit). */
export interface ListLegRequest {
  readonly clientOrderId: string;
  readonly type: OrderType;
  readonly price?: string;
  readonly stopPrice?: string;
  readonly timeInForce?: TimeInForce;
}

/**
 * An OCO list (Binance `orderList/oco`): two exits for one quantity, locked once; when one
 * fills or triggers, the exchange expires the other. `above` is the leg priced above the
 * market (a sell's take-profit, a buy's stop), `below` the other.
 */
export interface OcoRequest {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly listClientOrderId: string;
  readonly above: ListLegRequest;
  readonly below: ListLegRequest;
}
