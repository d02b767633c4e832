import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256Hex(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

export interface SignedPayload {
  /** The query string concatenated with the body, as sent, minus the signature. */
  payload: string;
  /** Undefined when no `signature` ends the query or the body. */
  signature?: string;
  /** The signature sits somewhere other than at the end, which Binance cannot verify. */
  isMisplaced: boolean;
}

const TRAILING_SIGNATURE = /(?:^|&)signature=([^&]*)$/;

function splitTrailing(raw: string): { rest: string; signature: string } | undefined {
  const match = TRAILING_SIGNATURE.exec(raw);
  if (match === null) return undefined;
  return { rest: raw.slice(0, match.index), signature: decodeURIComponent(match[1] ?? '') };
}

/**
 * Binance signs the raw (percent-encoded) query string concatenated, with no separator, with the
 * raw body, and wants `signature` as the last parameter of whichever of the two carries it.
 */
export function splitSignature(rawQuery: string, rawBody: string): SignedPayload {
  const inBody = splitTrailing(rawBody);
  if (inBody !== undefined) return { payload: rawQuery + inBody.rest, signature: inBody.signature, isMisplaced: false };
  const inQuery = splitTrailing(rawQuery);
  if (inQuery !== undefined) return { payload: inQuery.rest + rawBody, signature: inQuery.signature, isMisplaced: false };
  const isMisplaced = /(?:^|&)signature=/.test(rawQuery) || /(?:^|&)signature=/.test(rawBody);
  return { payload: rawQuery + rawBody, isMisplaced };
}

/** Hex, compared case-insensitively as Binance does, in constant time. */
export function isValidSignature(secret: string, payload: string, signature: string): boolean {
  const expected = Buffer.from(hmacSha256Hex(secret, payload), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
