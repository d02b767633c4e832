import { z } from 'zod';
import { type Vault } from '../vault/vault';

export interface Credentials {
  readonly apiKey: string;
  readonly secret: string;
}

const CredentialsSchema = z.object({ apiKey: z.string(), secret: z.string() }).strict();

/** Binds the ciphertext to its account, so a blob copied onto another account will not open. */
function aadFor(accountId: number): string {
  return `tradewind:account:${accountId}:credentials`;
}

export function sealCredentials(vault: Vault, accountId: number, credentials: Credentials): Buffer {
  return vault.seal(JSON.stringify({ apiKey: credentials.apiKey, secret: credentials.secret }), aadFor(accountId));
}

export function openCredentials(vault: Vault, accountId: number, blob: Buffer): Credentials {
  return CredentialsSchema.parse(JSON.parse(vault.open(blob, aadFor(accountId))));
}
