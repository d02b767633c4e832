import { RequestRefusedError } from './request-guard';

/**
 * ccxt errors as a short code and a message a trader can act on. ccxt puts request URLs into
 * some messages; their query strings (timestamps, signatures) are cut so nothing derived from
 * a key ends up in a reply or the log.
 */
export interface ExchangeProblem {
  readonly code: 'AUTH' | 'PERMISSION' | 'CLOCK' | 'RATE_LIMIT' | 'NETWORK' | 'UNAVAILABLE' | 'EXCHANGE';
  readonly message: string;
}

export async function describeExchangeError(error: unknown): Promise<ExchangeProblem> {
  // Our own guard's refusal during a back-off or ban already says what a trader needs to know.
  if (error instanceof RequestRefusedError) return { code: 'RATE_LIMIT', message: error.message };
  const { default: ccxt } = await import('ccxt');
  const detail = binanceDetail(stripQueries(error instanceof Error ? error.message : String(error)));
  // Most specific first: PermissionDenied is an AuthenticationError, InvalidNonce a NetworkError.
  if (error instanceof ccxt.PermissionDenied) {
    return { code: 'PERMISSION', message: `The exchange refused: this key lacks a permission (${detail})` };
  }
  if (error instanceof ccxt.AuthenticationError) {
    return { code: 'AUTH', message: `The exchange refused the key (${detail}). Check the key and secret, and any IP restriction.` };
  }
  if (error instanceof ccxt.InvalidNonce) {
    return { code: 'CLOCK', message: `The exchange says this computer's clock is off (${detail}). Sync the system clock.` };
  }
  if (error instanceof ccxt.DDoSProtection) {
    return { code: 'RATE_LIMIT', message: `The exchange is limiting requests (${detail}). Wait before trying again.` };
  }
  if (error instanceof ccxt.ExchangeNotAvailable) {
    return { code: 'UNAVAILABLE', message: `The exchange is not available (${detail})` };
  }
  if (error instanceof ccxt.NetworkError) return { code: 'NETWORK', message: `Could not reach the exchange (${detail})` };
  return { code: 'EXCHANGE', message: `The exchange answered with an error (${detail})` };
}

/**
 * ccxt writes "binance 418 I'm a Teapot {"code":-1003,"msg":"…"}"; Binance's own message and
 * code are what a trader can look up, so they are kept and the rest of the line is dropped.
 */
export function binanceDetail(text: string): string {
  const match = /\{"code":(-?\d+),"msg":"((?:[^"\\]|\\.)*)"\}/.exec(text);
  if (match === null) return text;
  return `${match[2] ?? ''} (code ${match[1] ?? '?'})`;
}

function stripQueries(text: string): string {
  return text.replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/g, '$1').slice(0, 500);
}
