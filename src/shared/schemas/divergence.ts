import { z } from 'zod';
import { DEPLOYMENT_MODES } from '../domain/enums';
import { EpochMs } from './common';
import { TradingSessionSchema } from './deployments';

export const DivergenceInputSchema = z
  .object({
    id: z.number().int().positive(),
    /** One of the deployment's sessions; its newest when left out. */
    sessionId: z.number().int().positive().optional(),
  })
  .strict();
export type DivergenceInput = z.infer<typeof DivergenceInputSchema>;

/**
 * How a replayed trade and a real one line up: both took it (`matched`), only the replay did
 * (`missed`), or only the deployment did (`extra`).
 */
export const DIVERGENCE_KINDS = ['matched', 'missed', 'extra'] as const;
export type DivergenceKind = (typeof DIVERGENCE_KINDS)[number];

/** One side of a row: a round trip as the replay or the deployment made it; exit null while it is still open at the session's last bar. */
export const DivergenceTradeSchema = z.object({
  /** Open time of the bar the entry filled in (the bar after the signal, for a market entry). */
  entryBar: EpochMs,
  /** Null when it is not known (a live entry whose fills are not journaled yet). */
  entryPrice: z.number().nullable(),
  exitBar: EpochMs.nullable(),
  exitPrice: z.number().nullable(),
  quantity: z.number().nullable(),
  /** Entry and exit fees in the quote asset. */
  fees: z.number().nullable(),
  /** Net of fees; null while open. */
  pnl: z.number().nullable(),
  exitReason: z.string().nullable(),
});
export type DivergenceTrade = z.infer<typeof DivergenceTradeSchema>;

export const DivergenceRowSchema = z.object({
  kind: z.enum(DIVERGENCE_KINDS),
  replay: DivergenceTradeSchema.nullable(),
  actual: DivergenceTradeSchema.nullable(),
  /** Bars the real entry and exit came after the replay's (negative: before); null unless both have one. */
  entryBarsLate: z.number().int().nullable(),
  exitBarsLate: z.number().int().nullable(),
  /** What the real price cost against the replay's, in basis points: paid more on the entry, got less on the exit; negative is better than the replay. */
  entrySlippageBps: z.number().nullable(),
  exitSlippageBps: z.number().nullable(),
  /** Real minus replayed. */
  feeDiff: z.number().nullable(),
  pnlDiff: z.number().nullable(),
  /** Why the two differ, in words; empty when they agree. */
  notes: z.array(z.string()),
});
export type DivergenceRow = z.infer<typeof DivergenceRowSchema>;

const SideTotalsSchema = z.object({
  /** Round trips, open ones included. */
  trades: z.number().int(),
  /** Of closed round trips, in the quote asset. */
  pnl: z.number(),
  fees: z.number(),
});

export const DivergenceSchema = z.object({
  deploymentId: z.number().int(),
  mode: z.enum(DEPLOYMENT_MODES),
  session: TradingSessionSchema,
  symbol: z.string(),
  quoteAsset: z.string(),
  /** The session's traded bars (open times, inclusive) and how many; null before its first bar. */
  fromBar: EpochMs.nullable(),
  toBar: EpochMs.nullable(),
  bars: z.number().int(),
  /** Bars before `fromBar` the replay warmed the strategy up on, as the deployment did. */
  warmupBars: z.number().int(),
  paramsVersion: z.number().int(),
  replay: SideTotalsSchema,
  actual: SideTotalsSchema,
  matched: z.number().int(),
  missed: z.number().int(),
  extra: z.number().int(),
  /** Means over matched rows; null without any. */
  meanEntrySlippageBps: z.number().nullable(),
  meanExitSlippageBps: z.number().nullable(),
  /** About the replay as a whole: an estimated bar range, parameters edited mid-session, default symbol rules. */
  notes: z.array(z.string()),
  rows: z.array(DivergenceRowSchema),
});
export type Divergence = z.infer<typeof DivergenceSchema>;
