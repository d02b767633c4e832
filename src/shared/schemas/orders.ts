import { z } from 'zod';
import { ORDER_ORIGINS, ORDER_SIDES, ORDER_STATUSES, ORDER_TYPES, TIME_IN_FORCES } from '../domain/enums';
import { EpochMs } from './common';

/** A positive decimal as the exchange writes it: digits, at most one point, no exponent. */
const DecimalString = z
  .string()
  .max(40)
  .regex(/^\d+(\.\d+)?$/, 'A plain decimal number such as 0.001 or 42000.5');

const Symbol = z
  .string()
  .min(2)
  .max(20)
  .regex(/^[A-Z0-9]+$/, 'A Binance symbol such as BTCUSDT');

/** The order types a person or a strategy may place (the stop-market kinds are not offered on spot UIs). */
export const PLACEABLE_ORDER_TYPES = ['MARKET', 'LIMIT', 'LIMIT_MAKER', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'] as const;

export const OrderPlaceInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    symbol: Symbol,
    side: z.enum(ORDER_SIDES),
    type: z.enum(PLACEABLE_ORDER_TYPES),
    timeInForce: z.enum(TIME_IN_FORCES).optional(),
    /** Base amount; or, for a market order, give `quoteOrderQty` instead. */
    quantity: DecimalString.optional(),
    quoteOrderQty: DecimalString.optional(),
    price: DecimalString.optional(),
    stopPrice: DecimalString.optional(),
  })
  .strict();
export type OrderPlaceInput = z.infer<typeof OrderPlaceInputSchema>;

export const OrderSchema = z.object({
  clientOrderId: z.string(),
  exchangeOrderId: z.string().nullable(),
  accountId: z.number().int(),
  symbol: z.string(),
  side: z.enum(ORDER_SIDES),
  type: z.enum(ORDER_TYPES),
  timeInForce: z.enum(TIME_IN_FORCES).nullable(),
  price: z.string().nullable(),
  stopPrice: z.string().nullable(),
  quantity: z.string().nullable(),
  quoteOrderQty: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  executedQty: z.string(),
  cumulativeQuoteQty: z.string(),
  origin: z.enum(ORDER_ORIGINS),
  deploymentId: z.number().int().nullable(),
  isAdopted: z.boolean(),
  rejectReason: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
  sentAt: EpochMs.nullable(),
});
export type Order = z.infer<typeof OrderSchema>;

export const FillSchema = z.object({
  accountId: z.number().int(),
  symbol: z.string(),
  tradeId: z.string(),
  clientOrderId: z.string(),
  price: z.string(),
  qty: z.string(),
  quoteQty: z.string(),
  commission: z.string(),
  commissionAsset: z.string().nullable(),
  isMaker: z.boolean(),
  time: EpochMs,
});
export type Fill = z.infer<typeof FillSchema>;

export const OrderRefInputSchema = z.object({ accountId: z.number().int().positive(), clientOrderId: z.string().min(1).max(36) }).strict();

export const OrderCancelAllInputSchema = z.object({ accountId: z.number().int().positive(), symbol: Symbol }).strict();

export const OrderListInputSchema = z
  .object({
    accountId: z.number().int().positive().optional(),
    symbol: Symbol.optional(),
    isOpenOnly: z.boolean().default(false),
    /** Newest first; page back with the previous page's `nextBefore`. */
    before: EpochMs.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const OrderListOutputSchema = z.object({ orders: z.array(OrderSchema), nextBefore: EpochMs.nullable() });

export const FillListInputSchema = z.object({ clientOrderId: z.string().min(1).max(36) }).strict();

export const ReconcileReportSchema = z.object({
  checked: z.number().int(),
  updated: z.number().int(),
  adopted: z.number().int(),
  notPlaced: z.number().int(),
  stillUnknown: z.number().int(),
  fillsAdded: z.number().int(),
});
