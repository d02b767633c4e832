/**
 * Deterministic generators of hostile JSON for the contract fuzz test. A seeded PRNG keeps
 * every run identical, so a failure can be reproduced from the test output alone.
 */
import { seededRng, type Rng } from './seeded-rng';

export { seededRng, type Rng };

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

const NASTY_STRINGS = [
  '',
  ' ',
  'dark',
  'light',
  'DARK',
  'info',
  'error',
  'api',
  '__proto__',
  'constructor',
  "'; DROP TABLE settings; --",
  '\u0000',
  '\uD800',
  '𝕋𝕣𝕒𝕕𝕖𝕨𝕚𝕟𝕕',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'x'.repeat(10_000),
  '1e309',
  'NaN',
];
const NASTY_NUMBERS = [0, -0, 1, -1, 0.5, 100, 101, 500, 501, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 5e-324];
const KEYS = ['theme', 'confirmBeforeOrder', 'limit', 'before', 'levels', 'module', '__proto__', 'constructor', 'prototype', 'extra', ''];

export function randomJson(rng: Rng, depth = 0): unknown {
  const roll = rng();
  if (depth > 4 || roll < 0.15) return pick(rng, [null, true, false]);
  if (roll < 0.35) return pick(rng, NASTY_NUMBERS);
  if (roll < 0.55) return pick(rng, NASTY_STRINGS);
  if (roll < 0.75) return Array.from({ length: Math.floor(rng() * 5) }, () => randomJson(rng, depth + 1));
  const object: Record<string, unknown> = {};
  const size = Math.floor(rng() * 4);
  for (let i = 0; i < size; i++) setOwn(object, pick(rng, KEYS), randomJson(rng, depth + 1));
  return object;
}

/** Plain assignment to "__proto__" would swap the prototype instead of adding a key that JSON carries. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A valid-looking input with one field broken or one key too many: the inputs validation most often gets wrong. */
export function mutate(rng: Rng, base: Record<string, unknown>): unknown {
  const copy: Record<string, unknown> = { ...base };
  const keys = Object.keys(copy);
  setOwn(copy, keys.length > 0 && rng() < 0.6 ? pick(rng, keys) : pick(rng, KEYS), randomJson(rng, 1));
  return copy;
}

/** Frames that are not well-formed calls at all. */
export function randomBrokenFrame(rng: Rng): string | Buffer {
  const roll = rng();
  if (roll < 0.2) return Buffer.from([0xff, 0x00, 0x13, Math.floor(rng() * 256)]);
  if (roll < 0.4) return pick(rng, ['', '{', 'null', '[]', '"call"', '{"t":"call"', 'undefined', '\u0000']);
  if (roll < 0.7) return JSON.stringify(randomJson(rng));
  const frame: Record<string, unknown> = { t: 'call', id: rng() < 0.5 ? 1 : 'x', method: 'app.info', input: {} };
  setOwn(frame, pick(rng, ['t', 'id', 'method', 'input', 'extra']), randomJson(rng, 1));
  if (rng() < 0.3) delete frame[pick(rng, ['t', 'id', 'method'])];
  return JSON.stringify(frame);
}
