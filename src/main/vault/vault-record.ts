import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type VaultMode } from '../../shared/domain/enums';
import { vault as vaultTable } from '../store/schema';
import { type StoreDb } from '../store/open-store';
import { type ScryptParams } from './vault-crypto';

const ScryptParamsSchema = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});

export type VaultRecord =
  | { mode: 'passphrase'; wrappedKey: Buffer; kdf: ScryptParams; salt: Buffer }
  | { mode: 'os-keychain'; wrappedKey: Buffer; keychainBackend: string | null };

/** The single vault row, read and written as a typed record. */
export function readVaultRecord(db: StoreDb): VaultRecord | null {
  const row = db.select().from(vaultTable).where(eq(vaultTable.id, 1)).get();
  if (row === undefined) return null;
  if (row.mode === 'passphrase') {
    if (row.kdf === null || row.salt === null) throw new Error('The vault record has no key-derivation parameters');
    return { mode: 'passphrase', wrappedKey: row.wrappedKey, kdf: ScryptParamsSchema.parse(JSON.parse(row.kdf)), salt: row.salt };
  }
  return { mode: 'os-keychain', wrappedKey: row.wrappedKey, keychainBackend: row.keychainBackend };
}

export function writeVaultRecord(db: Pick<StoreDb, 'insert'>, record: VaultRecord, now: number): void {
  const values = {
    mode: record.mode satisfies VaultMode,
    wrappedKey: record.wrappedKey,
    kdf: record.mode === 'passphrase' ? JSON.stringify(record.kdf) : null,
    salt: record.mode === 'passphrase' ? record.salt : null,
    keychainBackend: record.mode === 'os-keychain' ? record.keychainBackend : null,
    updatedAt: now,
  };
  db.insert(vaultTable)
    .values({ id: 1, createdAt: now, ...values })
    .onConflictDoUpdate({ target: vaultTable.id, set: values })
    .run();
}
