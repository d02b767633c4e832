import { type Account, type AccountBook } from './accounts';
import { binanceErrors } from './errors';
import { type EmulatorRequest } from './request';
import { isValidSignature, splitSignature } from './signing';

const DEFAULT_RECV_WINDOW_MS = 5000;
const MAX_RECV_WINDOW_MS = 60_000;
const MAX_AHEAD_MS = 1000;
// Binance keys are 64 alphanumerics; anything else is rejected before the key is looked up.
const API_KEY_FORMAT = /^[A-Za-z0-9]{64}$/;
// Timestamps may be sent in microseconds; no millisecond timestamp is this large before year 5000.
const MICROSECOND_THRESHOLD = 1e14;

/** The MARKET_DATA check: a known API key, no signature. */
export function authenticateKey(request: EmulatorRequest, accounts: AccountBook): Account {
  return lookUpKey(request.apiKey, accounts);
}

export function lookUpKey(apiKey: string | undefined, accounts: AccountBook): Account {
  if (apiKey === undefined || apiKey === '') throw binanceErrors.apiKeyFormat();
  const account = accounts.find(apiKey);
  if (account !== undefined) return account;
  throw API_KEY_FORMAT.test(apiKey) ? binanceErrors.rejectedApiKey() : binanceErrors.apiKeyFormat();
}

export function timestampMs(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,20}$/.test(raw)) throw binanceErrors.mandatoryParam('timestamp');
  const value = Number(raw);
  return value >= MICROSECOND_THRESHOLD ? value / 1000 : value;
}

export function recvWindowMs(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_RECV_WINDOW_MS;
  // Up to three decimals: microsecond precision.
  if (!/^\d{1,10}(?:\.\d{1,3})?$/.test(raw)) throw binanceErrors.illegalChars();
  const value = Number(raw);
  if (value > MAX_RECV_WINDOW_MS) throw binanceErrors.recvWindowTooLarge();
  return value;
}

function checkSignature(request: EmulatorRequest, account: Account): void {
  const signed = splitSignature(request.rawQuery, request.rawBody);
  if (signed.signature === undefined) {
    if (signed.isMisplaced) throw binanceErrors.invalidSignature();
    throw binanceErrors.mandatoryParam('signature');
  }
  if (!isValidSignature(account.secretKey, signed.payload, signed.signature)) throw binanceErrors.invalidSignature();
}

/**
 * The SIGNED (TRADE / USER_DATA) checks: key, mandatory timestamp, recvWindow, signature, then
 * the timing rule from the docs. Returns the account the key belongs to.
 */
export function authenticateSigned(request: EmulatorRequest, accounts: AccountBook, serverTime: number): Account {
  const account = authenticateKey(request, accounts);
  const timestamp = timestampMs(request.params.get('timestamp'));
  const recvWindow = recvWindowMs(request.params.get('recvWindow'));
  checkSignature(request, account);
  judgeTiming(timestamp, recvWindow, serverTime);
  return account;
}

/** The docs' rule: less than 1000 ms ahead of the server, at most recvWindow behind it. */
export function judgeTiming(timestamp: number, recvWindow: number, serverTime: number): void {
  if (timestamp >= serverTime + MAX_AHEAD_MS) throw binanceErrors.timestampAhead();
  if (serverTime - timestamp > recvWindow) throw binanceErrors.timestampOutsideRecvWindow();
}
