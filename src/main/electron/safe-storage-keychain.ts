import { safeStorage } from 'electron';
import { type KeychainInfo } from '../../shared/schemas/vault';
import { type Keychain } from '../vault/keychain';

/**
 * The vault's data key, wrapped by Electron's safeStorage (macOS Keychain, Windows DPAPI,
 * libsecret or KWallet on Linux), through its async API. On Linux the `basic_text` backend
 * encrypts with a fixed, publicly known password, so it counts as no keychain at all: the
 * vault refuses it and the person is told how to fix that or to use a passphrase.
 */
export function createSafeStorageKeychain(): Keychain {
  async function describe(): Promise<KeychainInfo> {
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform === 'darwin' ? 'macOS Keychain' : 'Windows DPAPI';
    if (backend === 'basic_text') {
      return {
        isAvailable: false,
        backend,
        problem:
          'No usable keyring was found on this desktop (Electron fell back to "basic_text", which is not encryption). ' +
          'Install and unlock GNOME Keyring or KWallet (start Tradewind with --password-store=gnome-libsecret or kwallet5 if ' +
          'it is not detected), or protect the vault with a passphrase instead.',
      };
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return { isAvailable: false, backend, problem: 'The OS keychain is not available right now; protect the vault with a passphrase instead.' };
    }
    return { isAvailable: true, backend, problem: null };
  }

  return {
    describe,
    async wrap(key) {
      const info = await describe();
      if (!info.isAvailable) throw new Error(info.problem ?? 'The OS keychain is not available');
      return safeStorage.encryptStringAsync(key.toString('base64'));
    },
    async unwrap(wrapped) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(wrapped);
      const key = Buffer.from(result, 'base64');
      return { key, rewrapped: shouldReEncrypt ? await safeStorage.encryptStringAsync(result) : null };
    },
  };
}
