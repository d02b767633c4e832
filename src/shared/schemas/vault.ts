import { z } from 'zod';
import { VAULT_MODES } from '../domain/enums';

export const VAULT_STATES = ['uninitialized', 'locked', 'unlocked'] as const;
export type VaultState = (typeof VAULT_STATES)[number];

export const PASSPHRASE_MIN_LENGTH = 10;

/** A passphrase on its way in. It is never echoed back, logged or stored. */
export const PassphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, `A passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters`)
  .max(1024, 'A passphrase can have at most 1024 characters');

export const KeychainInfoSchema = z.object({
  /** Whether this shell can use the OS keychain for the vault at all. */
  isAvailable: z.boolean(),
  /** The backend in use, e.g. "gnome_libsecret", "kwallet5", "basic_text", "macOS Keychain". */
  backend: z.string().nullable(),
  /** Why it cannot be used, in words a person can act on. */
  problem: z.string().nullable(),
});
export type KeychainInfo = z.infer<typeof KeychainInfoSchema>;

export const VaultStatusSchema = z.object({
  state: z.enum(VAULT_STATES),
  mode: z.enum(VAULT_MODES).nullable(),
  keychain: KeychainInfoSchema,
});
export type VaultStatus = z.infer<typeof VaultStatusSchema>;

export const VaultSetupInputSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('passphrase'), passphrase: PassphraseSchema }).strict(),
  z.object({ mode: z.literal('os-keychain') }).strict(),
]);

export const VaultUnlockInputSchema = z.object({ passphrase: z.string().min(1).max(1024) }).strict();

export const VaultChangePassphraseInputSchema = z
  .object({ current: z.string().min(1).max(1024), next: PassphraseSchema })
  .strict();
