import { type KeychainInfo } from '../../shared/schemas/vault';

/**
 * The OS keychain, as the vault needs it: wrap and unwrap one data key. The desktop shell
 * passes Electron's safeStorage behind this; the web shell and the CLI have none, so their
 * vault is always passphrase-protected. Tests pass a fake.
 */
export interface Keychain {
  describe(): Promise<KeychainInfo>;
  wrap(key: Buffer): Promise<Buffer>;
  /** `rewrapped` is set when the keychain rotated its own key and the stored wrapping should be replaced. */
  unwrap(wrapped: Buffer): Promise<{ key: Buffer; rewrapped: Buffer | null }>;
}

export const NO_KEYCHAIN_INFO: KeychainInfo = {
  isAvailable: false,
  backend: null,
  problem: 'This shell has no access to an OS keychain; protect the vault with a passphrase.',
};
