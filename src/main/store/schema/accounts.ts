import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { ENVIRONMENTS } from '../../../shared/domain/enums';
import { decimal, decimalChecks, enumChecks, json, jsonChecks, millis, ref } from './columns';

/**
 * An exchange connection. The API key and secret are encrypted together by the vault into
 * `keyCiphertext` (nonce and tag inside the blob); only the masked key id may ever leave the
 * main process. Paper accounts have no key; every other environment must have one.
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    environment: text('environment', { enum: ENVIRONMENTS }).notNull(),
    baseUrl: text('base_url'),
    apiKeyMasked: text('api_key_masked'),
    keyCiphertext: blob('key_ciphertext', { mode: 'buffer' }),
    keyUpdatedAt: millis('key_updated_at'),
    /** The last `accounts.test` result (permissions, warnings), as shown in Settings. */
    lastTest: json('last_test'),
    lastTestedAt: millis('last_tested_at'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => {
    const hasNoKey = sql`(${ref(t.keyCiphertext)} is null)`;
    return [
      uniqueIndex('accounts_name_unique').on(t.name),
      ...enumChecks(t.environment),
      ...jsonChecks(t.lastTest),
      check(
        'accounts_custom_base_url',
        sql`${ref(t.environment)} <> 'custom' or ${ref(t.baseUrl)} is not null`,
      ),
      // A half-written key (ciphertext without its masked id or date) could never be used.
      check(
        'accounts_key_complete',
        sql`${hasNoKey} = (${ref(t.apiKeyMasked)} is null) and ${hasNoKey} = (${ref(t.keyUpdatedAt)} is null)`,
      ),
      check('accounts_key_unless_paper', sql`${hasNoKey} = (${ref(t.environment)} = 'paper')`),
    ];
  },
);

/** Derived from fills and recomputable, so it goes with its account. */
export const positions = sqliteTable(
  'positions',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    symbol: text('symbol').notNull(),
    quantity: decimal('quantity').notNull(),
    averageEntryPrice: decimal('average_entry_price'),
    realizedPnl: decimal('realized_pnl').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.symbol] }),
    ...decimalChecks(t.quantity, t.averageEntryPrice, t.realizedPnl),
  ],
);

/** One row per asset per snapshot; the rows of a snapshot share its `ts`. */
export const balanceSnapshots = sqliteTable(
  'balance_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    ts: millis('ts').notNull(),
    asset: text('asset').notNull(),
    free: decimal('free').notNull(),
    locked: decimal('locked').notNull(),
  },
  (t) => [
    uniqueIndex('balance_snapshots_account_ts_asset_unique').on(t.accountId, t.ts, t.asset),
    index('balance_snapshots_account_asset_ts_idx').on(t.accountId, t.asset, t.ts),
    ...decimalChecks(t.free, t.locked),
  ],
);
