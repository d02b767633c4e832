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
    /** Exits placed once this entry fills: one cancels the other when it fills. */
    bracket: z
      .object({
        takeProfitPrice: DecimalString.optional(),
        stopLoss: z.object({ stopPrice: DecimalString, price: DecimalString }).strict().optional(),
      })
      .strict()
      .refine((bracket) => bracket.takeProfitPrice !== undefined || bracket.stopLoss !== undefined, { message: 'Give a take-profit price, a stop-loss, or both' })
      .optional(),
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
  /** Set on the order that took this one's place when it was moved on the chart. */
  replacesClientOrderId: z.string().nullable(),
  /** The OCO list this order is a leg of (a bracket's exits). */
  listClientOrderId: z.string().nullable(),
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

/** Move a resting order: cancel it and place the same order at the new price, as one user action. */
export const OrderReplaceInputSchema = z
  .object({
    accountId: z.number().int().positive(),
    clientOrderId: z.string().min(1).max(36),
    price: DecimalString.optional(),
    stopPrice: DecimalString.optional(),
  })
  .strict()
  .refine((input) => input.price !== undefined || input.stopPrice !== undefined, { message: 'Give the new price or stop price' });
export const OrderReplaceOutputSchema = z.object({ cancelled: OrderSchema, placed: OrderSchema });

/** Where a page of history ends: the next page starts after this row. */
export const HistoryCursorSchema = z.object({ time: EpochMs, key: z.string().max(64) }).strict();
export type HistoryCursor = z.infer<typeof HistoryCursorSchema>;

export const ORDER_HISTORY_STATES = ['all', 'open', 'done'] as const;
export const ORIGIN_FILTERS = ['all', 'manual', 'strategy', 'adopted'] as const;

const HistoryFilterShape = {
  accountId: z.number().int().positive(),
  symbol: Symbol.optional(),
  side: z.enum(ORDER_SIDES).optional(),
  origin: z.enum(ORIGIN_FILTERS).default('all'),
  deploymentId: z.number().int().positive().optional(),
  from: EpochMs.optional(),
  to: EpochMs.optional(),
  cursor: HistoryCursorSchema.optional(),
  /** Random access instead of a cursor: the `limit` rows from this position of the same order. */
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
};

/** A page starts after a cursor or at an offset, not both. */
const isCursorOrOffset = (input: { cursor?: HistoryCursor | undefined; offset?: number | undefined }): boolean => input.cursor === undefined || input.offset === undefined;
const CURSOR_AND_OFFSET = { message: 'Give either `cursor` or `offset`, not both', path: ['offset'] };

export const OrderHistoryInputSchema = z
  .object({ ...HistoryFilterShape, state: z.enum(ORDER_HISTORY_STATES).default('all') })
  .strict()
  .refine(isCursorOrOffset, CURSOR_AND_OFFSET);
export type OrderHistoryInput = z.infer<typeof OrderHistoryInputSchema>;
/** `total` counts every row the filter matches; it is given with the first page only (no cursor, offset 0 or none). */
export const OrderHistorySchema = z.object({ orders: z.array(OrderSchema), nextCursor: HistoryCursorSchema.nullable(), total: z.number().int().nullable() });

export const FillHistoryInputSchema = z
  .object(HistoryFilterShape)
  .strict()
  .refine(isCursorOrOffset, CURSOR_AND_OFFSET);
export type FillHistoryInput = z.infer<typeof FillHistoryInputSchema>;
export const FillRowSchema = FillSchema.extend({
  side: z.enum(ORDER_SIDES),
  origin: z.enum(ORDER_ORIGINS),
  deploymentId: z.number().int().nullable(),
  isAdopted: z.boolean(),
});
export type FillRow = z.infer<typeof FillRowSchema>;
export const FillHistorySchema = z.object({ fills: z.array(FillRowSchema), nextCursor: HistoryCursorSchema.nullable(), total: z.number().int().nullable() });
