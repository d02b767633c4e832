import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, isValidSignature, splitSignature } from './signing';

// Section 3 of API-FACTS.md, from Binance's docs.
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const PAYLOAD = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

describe('HMAC-SHA256 signing', () => {
  it("matches Binance's documented test vector", () => {
    expect(hmacSha256Hex(SECRET, PAYLOAD)).toBe(SIGNATURE);
  });

  it('accepts the signature in either case and nothing else', () => {
    expect(isValidSignature(SECRET, PAYLOAD, SIGNATURE)).toBe(true);
    expect(isValidSignature(SECRET, PAYLOAD, SIGNATURE.toUpperCase())).toBe(true);
    expect(isValidSignature(SECRET, PAYLOAD, SIGNATURE.slice(0, -1))).toBe(false);
    expect(isValidSignature(SECRET, PAYLOAD, `${SIGNATURE.slice(0, -1)}0`)).toBe(false);
    expect(isValidSignature(`${SECRET}x`, PAYLOAD, SIGNATURE)).toBe(false);
    expect(isValidSignature(SECRET, PAYLOAD.replace('price=0.1', 'price=0.2'), SIGNATURE)).toBe(false);
  });
});

describe('the signed payload', () => {
  it('is the query string when the signature ends it (GET, as ccxt sends it)', () => {
    expect(splitSignature(`${PAYLOAD}&signature=${SIGNATURE}`, '')).toEqual({ payload: PAYLOAD, signature: SIGNATURE, isMisplaced: false });
  });

  it('is the body when the signature ends it (POST, as ccxt sends it)', () => {
    expect(splitSignature('', `${PAYLOAD}&signature=${SIGNATURE}`)).toEqual({ payload: PAYLOAD, signature: SIGNATURE, isMisplaced: false });
  });

  it('is the query concatenated with the body, with no separator, when both carry parameters', () => {
    const query = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC';
    const body = 'quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
    expect(splitSignature(query, `${body}&signature=abc`)).toEqual({ payload: query + body, signature: 'abc', isMisplaced: false });
  });

  it('keeps percent-encoding exactly as sent', () => {
    const query = 'symbols=%5B%22BTCUSDT%22%5D&timestamp=1';
    expect(splitSignature(`${query}&signature=abc`, '').payload).toBe(query);
  });

  it('has no signature when none is sent, and a misplaced one when it is not last', () => {
    expect(splitSignature('timestamp=1', '')).toEqual({ payload: 'timestamp=1', isMisplaced: false });
    expect(splitSignature('signature=abc&timestamp=1', '').isMisplaced).toBe(true);
  });
});
