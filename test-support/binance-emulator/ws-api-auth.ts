import { type Account, type AccountBook } from './accounts';
import { judgeTiming, lookUpKey, recvWindowMs, timestampMs } from './auth';
import { binanceErrors } from './errors';
import { isValidSignature } from './signing';

function paramText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The WebSocket API's signed-request payload: every parameter but `signature`, sorted by name,
 * as name=value joined with '&' (values as sent, not percent-encoded). ccxt's signParams builds
 * exactly this with keysort + rawencode.
 */
export function wsSignaturePayload(params: Readonly<Record<string, unknown>>): string {
  return Object.keys(params)
    .filter((name) => name !== 'signature')
    .sort()
    .map((name) => `${name}=${paramText(params[name])}`)
    .join('&');
}

function optionalText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : paramText(value);
}

/** The SIGNED checks of a WebSocket API request, as on REST: key, timestamp, recvWindow, signature, timing. */
export function authenticateWsParams(params: Readonly<Record<string, unknown>>, accounts: AccountBook, serverTime: number): Account {
  const apiKey = optionalText(params['apiKey']);
  if (apiKey === undefined) throw binanceErrors.mandatoryParam('apiKey');
  const account = lookUpKey(apiKey, accounts);
  const timestamp = timestampMs(optionalText(params['timestamp']));
  const recvWindow = recvWindowMs(optionalText(params['recvWindow']));
  const signature = optionalText(params['signature']);
  if (signature === undefined) throw binanceErrors.mandatoryParam('signature');
  if (!isValidSignature(account.secretKey, wsSignaturePayload(params), signature)) throw binanceErrors.invalidSignature();
  judgeTiming(timestamp, recvWindow, serverTime);
  return account;
}
