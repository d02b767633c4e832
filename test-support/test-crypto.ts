import { type ScryptParams } from '../src/main/vault/vault-crypto';

/**
 * Cheaper key derivation for tests (about 16 MiB instead of 128 MiB per derivation). The vault
 * stores the parameters it used, so this changes speed, not behaviour.
 */
export const TEST_SCRYPT: ScryptParams = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 };

export const TEST_PASSPHRASE = 'correct horse battery staple';
