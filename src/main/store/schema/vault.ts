import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { VAULT_MODES, WEB_SESSION_END_REASONS } from '../../../shared/domain/enums';
import { enumChecks, json, jsonChecks, millis, ref } from './columns';

/**
 * The one vault: a random data key that encrypts every secret, stored only wrapped, either by
 * the OS keychain or by a key derived from the person's passphrase (scrypt, with the salt and
 * parameters kept here so they can change later without breaking old files).
 */
export const vault = sqliteTable(
  'vault',
  {
    id: integer('id').primaryKey(),
    mode: text('mode', { enum: VAULT_MODES }).notNull(),
    wrappedKey: blob('wrapped_key', { mode: 'buffer' }).notNull(),
    /** Key-derivation parameters (passphrase mode), e.g. {"name":"scrypt","N":131072,"r":8,"p":1}. */
    kdf: json('kdf'),
    salt: blob('salt', { mode: 'buffer' }),
    /** The keychain backend that wrapped the key (keychain mode), to explain a later change. */
    keychainBackend: text('keychain_backend'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    check('vault_single_row', sql`${ref(t.id)} = 1`),
    ...enumChecks(t.mode),
    ...jsonChecks(t.kdf),
    check(
      'vault_passphrase_has_kdf',
      sql`(${ref(t.mode)} = 'passphrase') = (${ref(t.kdf)} is not null and ${ref(t.salt)} is not null)`,
    ),
  ],
);

/**
 * Browser sessions of the web shell. Only a hash of the session token is kept; the token
 * itself lives in the browser's HttpOnly cookie.
 */
export const webSessions = sqliteTable(
  'web_sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: blob('token_hash', { mode: 'buffer' }).notNull().unique(),
    createdAt: millis('created_at').notNull(),
    expiresAt: millis('expires_at').notNull(),
    lastSeenAt: millis('last_seen_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    endedAt: millis('ended_at'),
    endReason: text('end_reason', { enum: WEB_SESSION_END_REASONS }),
  },
  (t) => [
    index('web_sessions_created_idx').on(t.createdAt),
    ...enumChecks(t.endReason),
    check('web_sessions_end_complete', sql`(${ref(t.endedAt)} is null) = (${ref(t.endReason)} is null)`),
  ],
);
