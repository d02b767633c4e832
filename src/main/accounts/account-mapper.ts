import { type Account, KeyCheckSchema } from '../../shared/schemas/accounts';
import { type accounts } from '../store/schema';

type AccountRow = typeof accounts.$inferSelect;

/** The only way an account leaves the core: every field named, the ciphertext never among them. */
export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    environment: row.environment,
    baseUrl: row.baseUrl,
    keyId: row.apiKeyMasked,
    keyUpdatedAt: row.keyUpdatedAt,
    lastTest: row.lastTest === null ? null : (KeyCheckSchema.safeParse(JSON.parse(row.lastTest)).data ?? null),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
