import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../../../test-support/test-crypto';
import { AppError } from '../api/app-error';
import { EventBus } from '../core/event-bus';
import { createLogger } from '../log/logger';
import { auditLog, vault as vaultTable } from '../store/schema';
import { openTestStore, type TestStore } from '../store/test-store';
import { AttemptThrottle } from './attempt-throttle';
import { type Keychain } from './keychain';
import { Vault } from './vault';

let testStore: TestStore;
let now = 1_000_000;
const logger = createLogger([]);

function makeVault(keychain: Keychain | null = null, throttle = new AttemptThrottle(undefined, () => now)): Vault {
  return new Vault({ db: testStore.store.db, keychain, throttle, bus: new EventBus(() => undefined), logger, scrypt: TEST_SCRYPT });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

/** A keychain double: wraps by XOR with a fixed pad, so a wrapped key is not the key itself. */
function fakeKeychain(options: { isAvailable?: boolean; rotate?: boolean } = {}): Keychain {
  const pad = Buffer.alloc(32, 0x5a);
  const xor = (buffer: Buffer): Buffer => Buffer.from(buffer.map((byte, i) => byte ^ (pad[i] ?? 0)));
  return {
    describe: () => Promise.resolve({ isAvailable: options.isAvailable ?? true, backend: 'fake', problem: options.isAvailable === false ? 'no keyring' : null }),
    wrap: (key: Buffer) => Promise.resolve(xor(key)),
    unwrap: (wrapped: Buffer) => Promise.resolve({ key: xor(wrapped), rewrapped: options.rotate ? Buffer.from('re-wrapped by a rotated keychain key') : null }),
  };
}

beforeEach(() => {
  testStore = openTestStore();
});
afterEach(() => testStore.cleanup());

describe('vault with a passphrase', () => {
  it('is created unlocked, seals secrets that only it can open, and stores no key in the clear', async () => {
    const vault = makeVault();
    expect((await vault.status()).state).toBe('uninitialized');
    await vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(await vault.status()).toMatchObject({ state: 'unlocked', mode: 'passphrase' });

    const blob = vault.seal('s3cr3t-value', 'aad:1');
    expect(blob.includes(Buffer.from('s3cr3t-value'))).toBe(false);
    expect(vault.open(blob, 'aad:1')).toBe('s3cr3t-value');
    expect(() => vault.open(blob, 'aad:2')).toThrow();

    const row = testStore.store.db.select().from(vaultTable).get();
    expect(row?.mode).toBe('passphrase');
    expect(JSON.parse(row?.kdf ?? '{}')).toEqual(TEST_SCRYPT);
    expect(testStore.store.db.select().from(auditLog).all().map((entry) => entry.action)).toEqual(['vault.setup']);
  });

  it('locks, refuses to seal while locked, and unlocks with the right passphrase only', async () => {
    const vault = makeVault();
    await vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
    const blob = vault.seal('value', 'aad');
    await vault.lock();
    expect(await codeOf(Promise.resolve().then(() => vault.seal('x', 'aad')))).toBe('LOCKED');
    expect(await codeOf(vault.unlock('not the passphrase', 'test'))).toBe('UNAUTHORIZED');
    expect(vault.isUnlocked).toBe(false);
    await vault.unlock(TEST_PASSPHRASE, 'test');
    expect(vault.open(blob, 'aad')).toBe('value');
  });

  it('a fresh Vault on the same file opens what the first one sealed', async () => {
    const first = makeVault();
    await first.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
    const blob = first.seal('persisted', 'aad');
    const second = makeVault();
    expect((await second.status()).state).toBe('locked');
    await second.unlock(TEST_PASSPHRASE, 'test');
    expect(second.open(blob, 'aad')).toBe('persisted');
  });

  it('slows down guessing: after three wrong passphrases the next attempt waits, even with the right one', async () => {
    const vault = makeVault();
    await vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
    await vault.lock();
    for (let i = 0; i < 3; i++) expect(await codeOf(vault.unlock(`wrong ${i}`, 'ip:10.0.0.9'))).toBe('UNAUTHORIZED');
    expect(await codeOf(vault.unlock(TEST_PASSPHRASE, 'ip:10.0.0.9'))).toBe('RATE_LIMITED');
    now += 1_001;
    await vault.unlock(TEST_PASSPHRASE, 'ip:10.0.0.9');
    expect(vault.isUnlocked).toBe(true);
  });

  it('changes the passphrase without touching sealed secrets, and refuses a wrong current one', async () => {
    const vault = makeVault();
    await vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
    const blob = vault.seal('kept', 'aad');
    expect(await codeOf(vault.changePassphrase('wrong', 'a brand new passphrase', 'test'))).toBe('UNAUTHORIZED');
    await vault.changePassphrase(TEST_PASSPHRASE, 'a brand new passphrase', 'test');
    const reopened = makeVault();
    expect(await codeOf(reopened.unlock(TEST_PASSPHRASE, 'test'))).toBe('UNAUTHORIZED');
    await reopened.unlock('a brand new passphrase', 'test');
    expect(reopened.open(blob, 'aad')).toBe('kept');
  });

  it('cannot be created twice', async () => {
    const vault = makeVault();
    await vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(await codeOf(vault.setup({ mode: 'passphrase', passphrase: TEST_PASSPHRASE }))).toBe('CONFLICT');
  });
});

describe('vault with the OS keychain', () => {
  it('wraps the data key with the keychain and opens by itself on the next start', async () => {
    const keychain = fakeKeychain();
    const first = makeVault(keychain);
    await first.setup({ mode: 'os-keychain' });
    const blob = first.seal('from the keychain', 'aad');
    const second = makeVault(keychain);
    expect(await second.unlockWithKeychain()).toBe(true);
    expect(second.open(blob, 'aad')).toBe('from the keychain');
  });

  it('refuses a keychain that is not real encryption (basic_text), saying why', async () => {
    const vault = makeVault(fakeKeychain({ isAvailable: false }));
    await expect(vault.setup({ mode: 'os-keychain' })).rejects.toThrow('no keyring');
    expect((await vault.status()).state).toBe('uninitialized');
  });

  it('stores the new wrapping when the keychain rotated its key', async () => {
    const keychain = fakeKeychain({ rotate: true });
    await makeVault(keychain).setup({ mode: 'os-keychain' });
    expect(await makeVault(keychain).unlockWithKeychain()).toBe(true);
    expect(testStore.store.db.select().from(vaultTable).get()?.wrappedKey.toString()).toBe('re-wrapped by a rotated keychain key');
  });
});
