import { asc, eq, sql } from 'drizzle-orm';
import { type Account, type AccountCreateInput, type AccountUpdateInput, type KeyCheck } from '../../shared/schemas/accounts';
import { AppError } from '../api/app-error';
import { recordAudit } from '../audit/audit-repo';
import { type EventBus } from '../core/event-bus';
import { createBinanceClient, type BinanceClient, type BinanceConnection } from '../exchange/binance-client';
import { checkKey } from '../exchange/key-check';
import { type Logger } from '../log/logger';
import { accounts } from '../store/schema';
import { type StoreDb } from '../store/open-store';
import { type Vault } from '../vault/vault';
import { openCredentials, sealCredentials, type Credentials } from './account-credentials';
import { toAccount } from './account-mapper';
import { maskKey } from './mask-key';

export interface AccountService {
  list(): Account[];
  create(input: AccountCreateInput): Account;
  update(input: AccountUpdateInput): Account;
  remove(id: number): void;
  test(id: number): Promise<KeyCheck>;
  /** Decrypts an account's key for one piece of work with the exchange; nothing keeps it afterwards. */
  withClient<T>(id: number, work: (client: BinanceClient, account: Account) => Promise<T>): Promise<T>;
  /** What a live connection needs, key included: for the exchange service only, which keeps it in memory while connected. */
  connectionFor(id: number): BinanceConnection;
}

export interface AccountServiceDeps {
  readonly db: StoreDb;
  readonly vault: Vault;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly connect?: (connection: BinanceConnection) => Promise<BinanceClient>;
  readonly testnetUrl?: string | null;
  readonly timeoutMs?: number;
}

export function createAccountService({ db, vault, bus, logger, connect = createBinanceClient, testnetUrl = null, timeoutMs }: AccountServiceDeps): AccountService {
  const log = logger.child('accounts');

  function row(id: number): typeof accounts.$inferSelect {
    const found = db.select().from(accounts).where(eq(accounts.id, id)).get();
    if (found === undefined) throw new AppError('NOT_FOUND', `There is no account ${id}`);
    return found;
  }

  function list(): Account[] {
    return db.select().from(accounts).orderBy(asc(accounts.name)).all().map(toAccount);
  }

  function announce(): void {
    bus.emit('accounts.changed', { accounts: list() });
  }

  function create(input: AccountCreateInput): Account {
    assertNameFree(input.name, null);
    const now = Date.now();
    const credentials = input.apiKey !== undefined && input.apiSecret !== undefined ? { apiKey: input.apiKey, secret: input.apiSecret } : null;
    const id = db.transaction((tx) => {
      // The id is chosen first because the sealed key is bound to it.
      const nextId = tx.get<{ id: number }>(
        sql`select max(coalesce((select seq from sqlite_sequence where name = 'accounts'), 0), coalesce((select max(id) from accounts), 0)) + 1 as id`,
      ).id;
      tx.insert(accounts)
        .values({
          id: nextId,
          name: input.name,
          environment: input.environment,
          baseUrl: input.baseUrl ?? null,
          ...keyColumns(nextId, credentials, now),
          createdAt: now,
          updatedAt: now,
        })
        .run();
      recordAudit(tx, { actor: 'user', action: 'accounts.create', target: `account:${nextId}`, details: { name: input.name, environment: input.environment } }, now);
      return nextId;
    });
    log.info(`Account "${input.name}" added (${input.environment})`, { accountId: id });
    announce();
    return toAccount(row(id));
  }

  function update(input: AccountUpdateInput): Account {
    const current = row(input.id);
    if (input.baseUrl !== undefined && current.environment !== 'custom') {
      throw new AppError('BAD_INPUT', 'Only custom accounts take a base URL');
    }
    if (input.apiKey !== undefined && current.environment === 'paper') {
      throw new AppError('BAD_INPUT', 'Paper accounts trade on simulated fills and take no API key');
    }
    if (input.name !== undefined) assertNameFree(input.name, input.id);
    const now = Date.now();
    const isKeyReplaced = input.apiKey !== undefined && input.apiSecret !== undefined;
    db.transaction((tx) => {
      tx.update(accounts)
        .set({
          ...(input.name === undefined ? {} : { name: input.name }),
          ...(input.baseUrl === undefined ? {} : { baseUrl: input.baseUrl }),
          ...(isKeyReplaced ? { ...keyColumns(input.id, { apiKey: input.apiKey ?? '', secret: input.apiSecret ?? '' }, now), lastTest: null, lastTestedAt: null } : {}),
          updatedAt: now,
        })
        .where(eq(accounts.id, input.id))
        .run();
      const changed = [input.name !== undefined && 'name', input.baseUrl !== undefined && 'baseUrl', isKeyReplaced && 'key'].filter(Boolean);
      recordAudit(tx, { actor: 'user', action: isKeyReplaced ? 'accounts.replaceKey' : 'accounts.update', target: `account:${input.id}`, details: { changed } }, now);
    });
    log.info(`Account ${input.id} changed${isKeyReplaced ? ' (key replaced)' : ''}`, { accountId: input.id });
    announce();
    return toAccount(row(input.id));
  }

  function remove(id: number): void {
    const current = row(id);
    try {
      db.transaction((tx) => {
        tx.delete(accounts).where(eq(accounts.id, id)).run();
        recordAudit(tx, { actor: 'user', action: 'accounts.remove', target: `account:${id}`, details: { name: current.name } });
      });
    } catch (error: unknown) {
      if (isForeignKeyError(error)) {
        throw new AppError('CONFLICT', `"${current.name}" has order history, which is kept for good; it cannot be removed`);
      }
      throw error;
    }
    log.info(`Account "${current.name}" removed`, { accountId: id });
    announce();
  }

  function connectionFor(id: number): BinanceConnection {
    const current = row(id);
    if (current.environment === 'paper') throw new AppError('CONFLICT', 'A paper account has no exchange connection');
    const credentials = current.keyCiphertext === null ? null : openCredentials(vault, id, current.keyCiphertext);
    return { environment: current.environment, baseUrl: current.baseUrl, credentials, testnetUrl, ...(timeoutMs === undefined ? {} : { timeoutMs }) };
  }

  async function withClient<T>(id: number, work: (client: BinanceClient, account: Account) => Promise<T>): Promise<T> {
    const client = await connect(connectionFor(id));
    return work(client, toAccount(row(id)));
  }

  async function test(id: number): Promise<KeyCheck> {
    const current = row(id);
    const result: KeyCheck =
      current.environment === 'paper'
        ? paperCheck()
        : await withClient(id, (client) => checkKey(client, current.environment as Exclude<typeof current.environment, 'paper'>));
    db.transaction((tx) => {
      tx.update(accounts).set({ lastTest: JSON.stringify(result), lastTestedAt: result.testedAt }).where(eq(accounts.id, id)).run();
      recordAudit(tx, {
        actor: 'user',
        action: 'accounts.test',
        target: `account:${id}`,
        details: { isOk: result.isOk, canTrade: result.canTrade, canWithdraw: result.canWithdraw, warnings: result.warnings.map((warning) => warning.code) },
      });
    });
    const danger = result.warnings.filter((warning) => warning.level === 'danger');
    if (danger.length > 0) log.warn(`Key check of "${current.name}": ${danger.map((warning) => warning.code).join(', ')}`, { accountId: id });
    else log.info(`Key check of "${current.name}" passed`, { accountId: id, canTrade: result.canTrade });
    announce();
    return result;
  }

  function assertNameFree(name: string, exceptId: number | null): void {
    const clash = db.select({ id: accounts.id }).from(accounts).where(eq(accounts.name, name)).get();
    if (clash !== undefined && clash.id !== exceptId) throw new AppError('CONFLICT', `An account named "${name}" already exists`);
  }

  function keyColumns(accountId: number, credentials: Credentials | null, now: number) {
    if (credentials === null) return { apiKeyMasked: null, keyCiphertext: null, keyUpdatedAt: null };
    return { apiKeyMasked: maskKey(credentials.apiKey), keyCiphertext: sealCredentials(vault, accountId, credentials), keyUpdatedAt: now };
  }

  return { list, create, update, remove, test, withClient, connectionFor };
}

function paperCheck(): KeyCheck {
  return {
    isOk: true,
    testedAt: Date.now(),
    latencyMs: null,
    canTrade: true,
    canWithdraw: false,
    canDeposit: false,
    accountType: 'PAPER',
    permissions: [],
    restrictions: null,
    restrictionsNote: 'A paper account trades on simulated fills at live prices; there is no key to check.',
    warnings: [],
    error: null,
  };
}

/** ON DELETE RESTRICT reports as SQLITE_CONSTRAINT_TRIGGER, a deferred check as ..._FOREIGNKEY. */
function isForeignKeyError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT') && error.message.includes('FOREIGN KEY');
}
