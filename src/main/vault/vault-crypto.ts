import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';

/**
 * The vault's two primitives. Everything secret is sealed with AES-256-GCM under a random
 * 12-byte nonce and an AAD naming what it is (so a blob cannot be moved to another account);
 * a passphrase becomes a key through scrypt with a stored random salt and parameters.
 */
const BLOB_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Thrown when a blob does not open: wrong key, wrong AAD, or damaged bytes. */
export class SealBrokenError extends Error {
  override readonly name = 'SealBrokenError';
}

export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** version ‖ nonce ‖ ciphertext ‖ tag */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(BLOB_VERSION), nonce, body, cipher.getAuthTag()]);
}

export function unseal(key: Buffer, blob: Buffer, aad: string): Buffer {
  if (blob.length < 1 + NONCE_BYTES + TAG_BYTES || blob[0] !== BLOB_VERSION) {
    throw new SealBrokenError('Not a sealed blob this version of Tradewind can open');
  }
  const nonce = blob.subarray(1, 1 + NONCE_BYTES);
  const tag = blob.subarray(blob.length - TAG_BYTES);
  const body = blob.subarray(1 + NONCE_BYTES, blob.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new SealBrokenError('The sealed blob does not open with this key');
  }
}

export interface ScryptParams {
  readonly name: 'scrypt';
  /** CPU/memory cost; 2^17 with r = 8 takes about 128 MiB and a few hundred ms, per OWASP's advice. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };
export const SALT_BYTES = 16;

export function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
