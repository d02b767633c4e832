import { z } from 'zod';
import { EpochMs } from './common';

export const EXPORT_DATASETS = ['orders', 'fills'] as const;
export const EXPORT_FORMATS = ['csv', 'json'] as const;

/** Orders or fills (Binance calls them trades) of every account, for tax tools and spreadsheets. */
export const ExportInputSchema = z
  .object({
    dataset: z.enum(EXPORT_DATASETS),
    format: z.enum(EXPORT_FORMATS),
    from: EpochMs,
    to: EpochMs,
    accountId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((input) => input.from <= input.to, { message: '"from" must not be after "to"', path: ['to'] });

export const ExportOutputSchema = z.object({
  /** The file name inside the data folder's exports folder. */
  file: z.string(),
  path: z.string(),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
