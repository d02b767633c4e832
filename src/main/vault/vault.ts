import { randomBytes } from 'node:crypto';
import { type VaultStatus } from '../../shared/schemas/vault';
import { AppError } from '../api/app-error';
import { recordAudit } from '../audit/audit-repo';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { type StoreDb } from '../store/open-store';
import { type AttemptThrottle } from './attempt-throttle';
import { NO_KEYCHAIN_INFO, type Keychain } from './keychain';
import { readVaultRecord, writeVaultRecord, type VaultRecord } from './vault-record';
import { DEFAULT_SCRYPT, deriveKey, randomKey, SALT_BYTES, seal, SealBrokenError, unseal, type ScryptParams } from './vault-crypto';

const DATA_KEY_AAD = 'tradewind:vault:data-key';

export interface VaultOptions {
  readonly db: StoreDb;
  readonly keychain: Keychain | null;
  readonly throttle: AttemptThrottle;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** Tests use cheaper parameters; what a vault was made with is stored beside it. */
  readonly scrypt?: ScryptParams;
}

export type VaultSetup = { mode: 'passphrase'; passphrase: string } | { mode: 'os-keychain' };

/**
 * One random data key encrypts every secret; the key itself is stored only wrapped, by the OS
 * keychain or by a passphrase-derived key. Unwrapped, it lives in this object's memory while
 * the vault is unlocked, and is zeroed when it locks. Secrets are decrypted one at a time,
 * when a caller needs them, and never leave the main process.
 */
export class Vault {
  readonly #options: VaultOptions;
  readonly #log: Logger;
  #dataKey: Buffer | null = null;

  constructor(options: VaultOptions) {
    this.#options = options;
    this.#log = options.logger.child('vault');
  }

  get isUnlocked(): boolean {
    return this.#dataKey !== null;
  }

  async status(): Promise<VaultStatus> {
    const record = readVaultRecord(this.#options.db);
    const keychain = this.#options.keychain ? await this.#options.keychain.describe() : NO_KEYCHAIN_INFO;
    return {
      state: record === null ? 'uninitialized' : this.#dataKey === null ? 'locked' : 'unlocked',
      mode: record?.mode ?? null,
      keychain,
    };
  }

  async setup(setup: VaultSetup): Promise<VaultStatus> {
    if (readVaultRecord(this.#options.db) !== null) throw new AppError('CONFLICT', 'The vault already exists');
    const dataKey = randomKey();
    const record = setup.mode === 'passphrase' ? await this.#wrapWithPassphrase(dataKey, setup.passphrase) : await this.#wrapWithKeychain(dataKey);
    const now = Date.now();
    this.#options.db.transaction((tx) => {
      writeVaultRecord(tx, record, now);
      recordAudit(tx, { actor: 'user', action: 'vault.setup', details: { mode: setup.mode } }, now);
    });
    this.#dataKey = dataKey;
    this.#log.info(`Vault created, protected by ${setup.mode === 'passphrase' ? 'a passphrase' : 'the OS keychain'}`);
    return this.#announce();
  }

  /**
   * Checks the passphrase (also when already unlocked: the web shell signs browsers in this
   * way) and unlocks. `source` names who is trying, for throttling and the log.
   */
  async unlock(passphrase: string, source: string): Promise<VaultStatus> {
    const record = this.#requireRecord();
    if (record.mode !== 'passphrase') throw new AppError('CONFLICT', 'This vault is protected by the OS keychain, not a passphrase');
    const dataKey = await this.#checkPassphrase(record, passphrase, source);
    if (this.#dataKey !== null) {
      dataKey.fill(0);
      return this.status();
    }
    this.#dataKey = dataKey;
    recordAudit(this.#options.db, { actor: 'user', action: 'vault.unlock', details: { source } });
    this.#log.info('Vault unlocked', { source });
    return this.#announce();
  }

  /** At start, a keychain-protected vault opens by itself. Returns whether it did. */
  async unlockWithKeychain(): Promise<boolean> {
    const record = readVaultRecord(this.#options.db);
    const keychain = this.#options.keychain;
    if (record?.mode !== 'os-keychain' || keychain === null) return false;
    const info = await keychain.describe();
    if (!info.isAvailable) {
      this.#log.warn(`The vault is protected by the OS keychain, which is not usable now: ${info.problem ?? 'unknown reason'}`);
      return false;
    }
    if (record.keychainBackend !== null && info.backend !== record.keychainBackend) {
      this.#log.warn(`The keychain backend changed from ${record.keychainBackend} to ${info.backend ?? 'none'}; the vault may not open`);
    }
    try {
      const { key, rewrapped } = await keychain.unwrap(record.wrappedKey);
      this.#dataKey = key;
      if (rewrapped !== null) writeVaultRecord(this.#options.db, { ...record, wrappedKey: rewrapped, keychainBackend: info.backend }, Date.now());
    } catch (error: unknown) {
      this.#log.error('The OS keychain could not unwrap the vault key', { error });
      return false;
    }
    this.#log.info('Vault unlocked with the OS keychain');
    await this.#announce();
    return true;
  }

  /** Zeroes the data key without recording anything: the database is about to close. */
  forget(): void {
    this.#dataKey?.fill(0);
    this.#dataKey = null;
  }

  async lock(): Promise<VaultStatus> {
    const wasUnlocked = this.#dataKey !== null;
    this.forget();
    if (!wasUnlocked) return this.status();
    recordAudit(this.#options.db, { actor: 'user', action: 'vault.lock' });
    this.#log.info('Vault locked');
    return this.#announce();
  }

  async changePassphrase(current: string, next: string, source: string): Promise<VaultStatus> {
    const record = this.#requireRecord();
    if (record.mode !== 'passphrase') throw new AppError('CONFLICT', 'This vault is protected by the OS keychain, not a passphrase');
    const dataKey = await this.#checkPassphrase(record, current, source);
    const rewrapped = await this.#wrapWithPassphrase(dataKey, next);
    const now = Date.now();
    this.#options.db.transaction((tx) => {
      writeVaultRecord(tx, rewrapped, now);
      recordAudit(tx, { actor: 'user', action: 'vault.changePassphrase', details: { source } }, now);
    });
    this.#dataKey?.fill(0);
    this.#dataKey = dataKey;
    this.#log.info('Vault passphrase changed', { source });
    return this.#announce();
  }

  /** Encrypts a secret for storage; `aad` names what it belongs to. */
  seal(plaintext: string, aad: string): Buffer {
    return seal(this.#requireKey(), Buffer.from(plaintext, 'utf8'), aad);
  }

  /** Decrypts a stored secret for immediate use; callers drop it as soon as they are done. */
  open(blob: Buffer, aad: string): string {
    const plaintext = unseal(this.#requireKey(), blob, aad);
    try {
      return plaintext.toString('utf8');
    } finally {
      plaintext.fill(0);
    }
  }

  async #checkPassphrase(record: Extract<VaultRecord, { mode: 'passphrase' }>, passphrase: string, source: string): Promise<Buffer> {
    const { throttle } = this.#options;
    const decision = throttle.check(source);
    if (!decision.isAllowed) {
      this.#log.warn('Passphrase attempt refused while throttled', { source, retryAfterMs: decision.retryAfterMs });
      throw new AppError('RATE_LIMITED', `Too many wrong passphrases; try again in ${Math.ceil(decision.retryAfterMs / 1000)} s`, {
        retryAfterMs: decision.retryAfterMs,
      });
    }
    const keyEncryptionKey = await deriveKey(passphrase, record.salt, record.kdf);
    try {
      const dataKey = unseal(keyEncryptionKey, record.wrappedKey, DATA_KEY_AAD);
      throttle.recordSuccess(source);
      return dataKey;
    } catch (error: unknown) {
      if (!(error instanceof SealBrokenError)) throw error;
      const failures = throttle.recordFailure(source);
      this.#log.warn(`Wrong passphrase (${failures} in a row from ${source})`, { source, failures });
      throw new AppError('UNAUTHORIZED', 'Wrong passphrase');
    } finally {
      keyEncryptionKey.fill(0);
    }
  }

  async #wrapWithPassphrase(dataKey: Buffer, passphrase: string): Promise<VaultRecord> {
    const kdf = this.#options.scrypt ?? DEFAULT_SCRYPT;
    const salt = randomBytes(SALT_BYTES);
    const keyEncryptionKey = await deriveKey(passphrase, salt, kdf);
    try {
      return { mode: 'passphrase', wrappedKey: seal(keyEncryptionKey, dataKey, DATA_KEY_AAD), kdf, salt };
    } finally {
      keyEncryptionKey.fill(0);
    }
  }

  async #wrapWithKeychain(dataKey: Buffer): Promise<VaultRecord> {
    const keychain = this.#options.keychain;
    const info = keychain ? await keychain.describe() : NO_KEYCHAIN_INFO;
    if (keychain === null || !info.isAvailable) {
      throw new AppError('UNAVAILABLE', info.problem ?? 'No OS keychain is available; use a passphrase instead');
    }
    return { mode: 'os-keychain', wrappedKey: await keychain.wrap(dataKey), keychainBackend: info.backend };
  }

  #requireRecord(): VaultRecord {
    const record = readVaultRecord(this.#options.db);
    if (record === null) throw new AppError('NOT_FOUND', 'There is no vault yet; create one first');
    return record;
  }

  #requireKey(): Buffer {
    if (this.#dataKey === null) throw new AppError('LOCKED', 'The vault is locked; unlock it first');
    return this.#dataKey;
  }

  async #announce(): Promise<VaultStatus> {
    const status = await this.status();
    this.#options.bus.emit('vault.changed', status);
    return status;
  }
}
