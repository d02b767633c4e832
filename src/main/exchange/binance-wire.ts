import Decimal from 'decimal.js';
import { z } from 'zod';
import { ORDER_SIDES, ORDER_TYPES, TIME_IN_FORCES } from '../../shared/domain/enums';
import { type ExchangeOrder, type ExchangeOrderStatus, type ExchangeTrade } from './exchange-types';

/**
 * Binance's raw JSON (REST replies and user-data events) turned into our order and trade
 * shapes. Amounts stay the exchange's strings; Binance writes "0.00000000" for a field that
 * does not apply (a market order's price), which becomes null.
 */
const STATUSES = ['NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'PENDING_CANCEL', 'REJECTED', 'EXPIRED', 'EXPIRED_IN_MATCH'] as const satisfies readonly ExchangeOrderStatus[];

const Amount = z.union([z.string(), z.number()]).transform(String);
const Id = z.union([z.string(), z.number()]).transform(String);

const FillSchema = z.object({ price: Amount, qty: Amount, commission: Amount, commissionAsset: z.string().nullable().optional(), tradeId: Id });

const RestOrderSchema = z.object({
  symbol: z.string(),
  orderId: Id,
  clientOrderId: z.string(),
  /** Set on cancel replies: `clientOrderId` is then the cancel request's own id. */
  origClientOrderId: z.string().optional(),
  price: Amount.optional(),
  origQty: Amount.optional(),
  executedQty: Amount.optional(),
  cummulativeQuoteQty: Amount.optional(),
  origQuoteOrderQty: Amount.optional(),
  status: z.enum(STATUSES).optional(),
  timeInForce: z.string().optional(),
  type: z.enum(ORDER_TYPES).optional(),
  side: z.enum(ORDER_SIDES).optional(),
  stopPrice: Amount.optional(),
  transactTime: z.number().optional(),
  updateTime: z.number().optional(),
  time: z.number().optional(),
  fills: z.array(FillSchema).optional(),
});

/** What is known of the request when the reply is only an ACK (status and amounts missing). */
export interface SentOrder {
  readonly side: ExchangeOrder['side'];
  readonly type: ExchangeOrder['type'];
  readonly timeInForce: ExchangeOrder['timeInForce'];
}

export function orderFromRest(raw: unknown, sent?: SentOrder): ExchangeOrder {
  const order = RestOrderSchema.parse(raw);
  const time = order.updateTime ?? order.transactTime ?? order.time ?? Date.now();
  const side = order.side ?? sent?.side;
  const type = order.type ?? sent?.type;
  if (side === undefined || type === undefined) throw new Error(`Binance order ${order.orderId} came without side or type`);
  return {
    symbol: order.symbol,
    clientOrderId: order.origClientOrderId ?? order.clientOrderId,
    exchangeOrderId: order.orderId,
    side,
    type,
    timeInForce: asTimeInForce(order.timeInForce) ?? sent?.timeInForce ?? null,
    price: nonZero(order.price),
    stopPrice: nonZero(order.stopPrice),
    quantity: nonZero(order.origQty),
    quoteOrderQty: nonZero(order.origQuoteOrderQty),
    status: order.status ?? 'NEW',
    executedQty: order.executedQty ?? '0',
    cumulativeQuoteQty: order.cummulativeQuoteQty ?? '0',
    updateTime: time,
    trades: (order.fills ?? []).map((fill) => ({
      symbol: order.symbol,
      tradeId: fill.tradeId,
      exchangeOrderId: order.orderId,
      price: fill.price,
      qty: fill.qty,
      quoteQty: new Decimal(fill.price).times(fill.qty).toFixed(),
      commission: fill.commission,
      commissionAsset: fill.commissionAsset ?? null,
      // An order's immediate fills took liquidity.
      isMaker: false,
      time,
    })),
  };
}

const RestTradeSchema = z.object({
  symbol: z.string(),
  id: Id,
  orderId: Id,
  price: Amount,
  qty: Amount,
  quoteQty: Amount,
  commission: Amount,
  commissionAsset: z.string().nullable(),
  time: z.number(),
  isMaker: z.boolean(),
});

export function tradeFromRest(raw: unknown): ExchangeTrade {
  const trade = RestTradeSchema.parse(raw);
  return {
    symbol: trade.symbol,
    tradeId: trade.id,
    exchangeOrderId: trade.orderId,
    price: trade.price,
    qty: trade.qty,
    quoteQty: trade.quoteQty,
    commission: trade.commission,
    commissionAsset: trade.commissionAsset,
    isMaker: trade.isMaker,
    time: trade.time,
  };
}

const ExecutionReportSchema = z.object({
  e: z.literal('executionReport'),
  s: z.string(),
  c: z.string(),
  C: z.string().nullable().optional(),
  S: z.enum(ORDER_SIDES),
  o: z.enum(ORDER_TYPES),
  f: z.string(),
  q: Amount,
  p: Amount,
  P: Amount,
  x: z.string(),
  X: z.enum(STATUSES),
  i: Id,
  l: Amount,
  z: Amount,
  L: Amount,
  n: Amount,
  N: z.string().nullable(),
  T: z.number(),
  t: z.union([z.number(), z.string()]),
  m: z.boolean(),
  Z: Amount,
  Y: Amount,
  Q: Amount.optional(),
});

/** A user-data `executionReport`: the order's new state, and the trade when there was one. */
export function orderFromExecutionReport(raw: unknown): ExchangeOrder {
  const report = ExecutionReportSchema.parse(raw);
  const isTrade = report.x === 'TRADE' && String(report.t) !== '-1';
  return {
    symbol: report.s,
    // On a cancel, `c` is the cancel request's id and `C` the order's own.
    clientOrderId: report.C !== undefined && report.C !== null && report.C !== '' ? report.C : report.c,
    exchangeOrderId: report.i,
    side: report.S,
    type: report.o,
    timeInForce: asTimeInForce(report.f),
    price: nonZero(report.p),
    stopPrice: nonZero(report.P),
    quantity: nonZero(report.q),
    quoteOrderQty: nonZero(report.Q),
    status: report.X,
    executedQty: report.z,
    cumulativeQuoteQty: report.Z,
    updateTime: report.T,
    trades: isTrade
      ? [
          {
            symbol: report.s,
            tradeId: String(report.t),
            exchangeOrderId: report.i,
            price: report.L,
            qty: report.l,
            quoteQty: report.Y,
            commission: report.n,
            commissionAsset: report.N,
            isMaker: report.m,
            time: report.T,
          },
        ]
      : [],
  };
}

function nonZero(amount: string | undefined): string | null {
  if (amount === undefined || amount === '') return null;
  return new Decimal(amount).isZero() ? null : amount;
}

function asTimeInForce(value: string | undefined): ExchangeOrder['timeInForce'] {
  return (TIME_IN_FORCES as readonly string[]).includes(value ?? '') ? (value as ExchangeOrder['timeInForce']) : null;
}
