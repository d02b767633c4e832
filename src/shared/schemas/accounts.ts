import { z } from 'zod';
import { ENVIRONMENTS } from '../domain/enums';
import { EpochMs } from './common';

/**
 * Binance HMAC API keys and secrets are 64 alphanumerics; some tools add other printable
 * characters, so anything printable without spaces is accepted. Error messages never include
 * the value.
 */
const Credential = z
  .string()
  .min(16, 'Too short for a Binance API key')
  .max(256, 'Too long for a Binance API key')
  .regex(/^[\x21-\x7e]+$/, 'Only printable characters without spaces');

const AccountName = z.string().trim().min(1, 'Give the account a name').max(64);

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** A Binance-compatible REST root such as http://127.0.0.1:9001 (the API paths are appended). */
const BaseUrl = z
  .string()
  .max(256)
  .refine((text) => /^https?:$/.test(parseUrl(text)?.protocol ?? ''), 'An http:// or https:// URL')
  .refine((text) => parseUrl(text)?.username === '' && parseUrl(text)?.password === '', 'No credentials in the URL');

export const KEY_WARNING_LEVELS = ['danger', 'warning', 'info'] as const;

export const KeyWarningSchema = z.object({
  level: z.enum(KEY_WARNING_LEVELS),
  code: z.string(),
  message: z.string(),
});
export type KeyWarning = z.infer<typeof KeyWarningSchema>;

/** What `accounts.test` learned about a key: what it may do, and what should worry the trader. */
export const KeyCheckSchema = z.object({
  isOk: z.boolean(),
  testedAt: EpochMs,
  latencyMs: z.number().nonnegative().nullable(),
  canTrade: z.boolean().nullable(),
  canWithdraw: z.boolean().nullable(),
  canDeposit: z.boolean().nullable(),
  accountType: z.string().nullable(),
  permissions: z.array(z.string()),
  /** Binance's API-restrictions endpoint, when reachable (not on the Spot Testnet). */
  restrictions: z
    .object({
      ipRestrict: z.boolean(),
      enableReading: z.boolean(),
      enableSpotAndMarginTrading: z.boolean(),
      enableWithdrawals: z.boolean(),
      enableInternalTransfer: z.boolean(),
      enableMargin: z.boolean(),
      enableFutures: z.boolean(),
      permitsUniversalTransfer: z.boolean(),
    })
    .nullable(),
  restrictionsNote: z.string().nullable(),
  warnings: z.array(KeyWarningSchema),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type KeyCheck = z.infer<typeof KeyCheckSchema>;

/** An account as it may leave the core: never a key, only its masked id. */
export const AccountSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  environment: z.enum(ENVIRONMENTS),
  baseUrl: z.string().nullable(),
  /** First 4 and last 4 characters of the API key, e.g. "vmPU…dN3x"; null for paper accounts. */
  keyId: z.string().nullable(),
  keyUpdatedAt: EpochMs.nullable(),
  lastTest: KeyCheckSchema.nullable(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountIdInputSchema = z.object({ id: z.number().int().positive() }).strict();

export const AccountCreateInputSchema = z
  .object({
    name: AccountName,
    environment: z.enum(ENVIRONMENTS),
    baseUrl: BaseUrl.optional(),
    apiKey: Credential.optional(),
    apiSecret: Credential.optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const hasKey = input.apiKey !== undefined || input.apiSecret !== undefined;
    if (input.environment === 'paper' && hasKey) {
      context.addIssue({ code: 'custom', path: ['apiKey'], message: 'Paper accounts trade on simulated fills and take no API key' });
    }
    if (input.environment !== 'paper' && (input.apiKey === undefined || input.apiSecret === undefined)) {
      context.addIssue({ code: 'custom', path: [input.apiKey === undefined ? 'apiKey' : 'apiSecret'], message: 'An API key and its secret are both needed' });
    }
    if (input.environment === 'custom' && input.baseUrl === undefined) {
      context.addIssue({ code: 'custom', path: ['baseUrl'], message: 'A custom account needs the base URL of its Binance-compatible API' });
    }
    if (input.environment !== 'custom' && input.baseUrl !== undefined) {
      context.addIssue({ code: 'custom', path: ['baseUrl'], message: 'Only custom accounts take a base URL' });
    }
  });
export type AccountCreateInput = z.infer<typeof AccountCreateInputSchema>;

/** The environment never changes: an account's orders belong to one exchange. */
export const AccountUpdateInputSchema = z
  .object({
    id: z.number().int().positive(),
    name: AccountName.optional(),
    baseUrl: BaseUrl.optional(),
    apiKey: Credential.optional(),
    apiSecret: Credential.optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if ((input.apiKey === undefined) !== (input.apiSecret === undefined)) {
      context.addIssue({ code: 'custom', path: ['apiSecret'], message: 'Replace the API key and its secret together' });
    }
    if (input.name === undefined && input.baseUrl === undefined && input.apiKey === undefined) {
      context.addIssue({ code: 'custom', path: [], message: 'Nothing to change' });
    }
  });
export type AccountUpdateInput = z.infer<typeof AccountUpdateInputSchema>;
