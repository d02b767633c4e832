import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyString } from '../../../test-support/binance-emulator/fixtures';
import { startBinanceEmulator } from '../../../test-support/binance-emulator/server';
import { type BinanceEmulator } from '../../../test-support/binance-emulator/types';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../../../test-support/test-crypto';
import { AppError } from '../api/app-error';
import { EventBus } from '../core/event-bus';
import { createLogger } from '../log/logger';
import { accounts as accountsTable, orders } from '../store/schema';
import { openTestStore, type TestStore } from '../store/test-store';
import { AttemptThrottle } from '../vault/attempt-throttle';
import { Vault } from '../vault/vault';
import { createAccountService, type AccountService } from './account-service';

const SAFE_KEY = keyString('safeKey');
const SAFE_SECRET = keyString('safeSecret');
const WITHDRAW_KEY = keyString('withdrawKey');
const WITHDRAW_SECRET = keyString('withdrawSecret');

let emulator: BinanceEmulator;
let testnetLike: BinanceEmulator;
let testStore: TestStore;
let vault: Vault;
let service: AccountService;

beforeAll(async () => {
  emulator = await startBinanceEmulator({
    keys: [
      { apiKey: SAFE_KEY, secretKey: SAFE_SECRET, permissions: { canWithdraw: false, apiRestrictions: { ipRestrict: true } } },
      { apiKey: WITHDRAW_KEY, secretKey: WITHDRAW_SECRET, permissions: { canWithdraw: true } },
    ],
  });
  testnetLike = await startBinanceEmulator({ keys: [{ apiKey: SAFE_KEY, secretKey: SAFE_SECRET }], hasSapi: false });
});
afterAll(async () => {
  await emulator.close();
  await testnetLike.close();
});

beforeEach(async () => {
  testStore = openTestStore();
  const logger = createLogger([]);
  const bus = new EventBus(() => undefined);
  vault = new Vault({ db: testStore.store.db, keychain: null, throttle: new AttemptThrottle(), bus, logger, scrypt: TEST_SCRYPT });
  await vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
  service = createAccountService({ db: testStore.store.db, vault, bus, logger });
});
afterEach(() => testStore.cleanup());

function customAccount(name: string, apiKey: string, apiSecret: string, url = emulator.url) {
  return service.create({ name, environment: 'custom', baseUrl: url, apiKey, apiSecret });
}

describe('accounts', () => {
  it('keep the key encrypted and show only its first and last four characters', () => {
    const account = customAccount('Emulator', SAFE_KEY, SAFE_SECRET);
    expect(account.keyId).toBe(`${SAFE_KEY.slice(0, 4)}…${SAFE_KEY.slice(-4)}`);
    expect(JSON.stringify(account)).not.toContain(SAFE_SECRET);
    expect(JSON.stringify(account)).not.toContain(SAFE_KEY);
    const row = testStore.store.db.select().from(accountsTable).where(eq(accountsTable.id, account.id)).get();
    expect(row?.keyCiphertext?.includes(Buffer.from(SAFE_SECRET))).toBe(false);
    expect(row?.keyCiphertext?.includes(Buffer.from(SAFE_KEY))).toBe(false);
  });

  it('report what a safe key may do, reading both Binance endpoints', async () => {
    const account = customAccount('Safe', SAFE_KEY, SAFE_SECRET);
    const check = await service.test(account.id);
    expect(check).toMatchObject({ isOk: true, canTrade: true, canWithdraw: false, error: null, permissions: ['SPOT'] });
    expect(check.restrictions).toMatchObject({ ipRestrict: true, enableWithdrawals: false });
    expect(check.warnings.filter((warning) => warning.level === 'danger')).toEqual([]);
    expect(service.list()[0]?.lastTest).toEqual(check);
  });

  it('warn loudly when the key can withdraw', async () => {
    const account = customAccount('Risky', WITHDRAW_KEY, WITHDRAW_SECRET);
    const check = await service.test(account.id);
    expect(check.canWithdraw).toBe(true);
    expect(check.warnings).toContainEqual(expect.objectContaining({ level: 'danger', code: 'WITHDRAWALS_ENABLED' }));
    expect(check.warnings).toContainEqual(expect.objectContaining({ code: 'NO_IP_RESTRICTION' }));
  });

  it('say the exchange refused a wrong secret, without leaking anything of it', async () => {
    const account = customAccount('Wrong', SAFE_KEY, keyString('notTheSecret'));
    const check = await service.test(account.id);
    expect(check.isOk).toBe(false);
    expect(check.error?.code).toBe('AUTH');
    expect(JSON.stringify(check)).not.toMatch(/signature=|timestamp=/);
  });

  it('explain when the restrictions endpoint is missing (like the Spot Testnet)', async () => {
    const account = customAccount('No sapi', SAFE_KEY, SAFE_SECRET, testnetLike.url);
    const check = await service.test(account.id);
    expect(check.isOk).toBe(true);
    expect(check.restrictions).toBeNull();
    expect(check.restrictionsNote).toMatch(/could not be read/);
  });

  it('replace a key: new masked id, old test result cleared, the secret never returned', async () => {
    const account = customAccount('Replace', SAFE_KEY, SAFE_SECRET);
    await service.test(account.id);
    const updated = service.update({ id: account.id, apiKey: WITHDRAW_KEY, apiSecret: WITHDRAW_SECRET });
    expect(updated.keyId).toBe(`${WITHDRAW_KEY.slice(0, 4)}…${WITHDRAW_KEY.slice(-4)}`);
    expect(updated.lastTest).toBeNull();
    expect((await service.test(account.id)).canWithdraw).toBe(true);
  });

  it('bind each sealed key to its own account', async () => {
    const first = customAccount('First', SAFE_KEY, SAFE_SECRET);
    const second = customAccount('Second', WITHDRAW_KEY, WITHDRAW_SECRET);
    const { db } = testStore.store;
    const firstBlob = db.select().from(accountsTable).where(eq(accountsTable.id, first.id)).get()?.keyCiphertext;
    db.update(accountsTable).set({ keyCiphertext: firstBlob }).where(eq(accountsTable.id, second.id)).run();
    await expect(service.test(second.id)).rejects.toThrow();
  });

  it('refuse to store a key while the vault is locked, writing nothing', async () => {
    await vault.lock();
    expect(() => customAccount('Locked', SAFE_KEY, SAFE_SECRET)).toThrow(AppError);
    expect(service.list()).toEqual([]);
  });

  it('keep an account with order history', () => {
    const account = customAccount('Traded', SAFE_KEY, SAFE_SECRET);
    const now = Date.now();
    testStore.store.db
      .insert(orders)
      .values({ clientOrderId: 'tw-1', accountId: account.id, symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', status: 'FILLED', quantity: '0.001', origin: 'manual', createdAt: now, updatedAt: now })
      .run();
    expect(() => service.remove(account.id)).toThrow(/has order history/);
    expect(service.list()).toHaveLength(1);
  });

  it('test a Spot Testnet account through ccxt sandbox mode, at the testnet URL it is given', async () => {
    const testnet = createAccountService({ db: testStore.store.db, vault, bus: new EventBus(() => undefined), logger: createLogger([]), testnetUrl: testnetLike.url });
    const account = testnet.create({ name: 'Testnet', environment: 'binance-testnet', apiKey: SAFE_KEY, apiSecret: SAFE_SECRET });
    const before = testnetLike.requests.length;
    const check = await testnet.test(account.id);
    expect(check).toMatchObject({ isOk: true, canTrade: true, canWithdraw: false, restrictions: null });
    expect(check.restrictionsNote).toMatch(/Spot Testnet has no API-restrictions endpoint/);
    expect(testnetLike.requests.slice(before).map((request) => request.path)).toEqual(['/api/v3/account']);
  });

  it('paper accounts need no key and pass their check', async () => {
    const paper = service.create({ name: 'Paper', environment: 'paper' });
    expect(paper.keyId).toBeNull();
    expect(await service.test(paper.id)).toMatchObject({ isOk: true, accountType: 'PAPER' });
  });
});
