import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import { binanceDetail, describeExchangeError } from './exchange-error';
import { RequestRefusedError } from './request-guard';

describe('describeExchangeError', () => {
  it('keeps Binance\'s own message and code and drops the rest of ccxt\'s line', () => {
    const line = 'binance 418 I\'m a Teapot {"code":-1003,"msg":"Way too much request weight used; IP banned until 1795231488149."}';
    expect(binanceDetail(line)).toBe('Way too much request weight used; IP banned until 1795231488149. (code -1003)');
    expect(binanceDetail('fetch failed')).toBe('fetch failed');
  });

  it('says a ban is a rate limit, in Binance\'s words', async () => {
    const problem = await describeExchangeError(new ccxt.DDoSProtection('binance {"code":-1003,"msg":"IP banned."}'));
    expect(problem).toEqual({ code: 'RATE_LIMIT', message: 'The exchange is limiting requests (IP banned. (code -1003)). Wait before trying again.' });
  });

  it('passes the guard\'s own refusal on as it is', async () => {
    const problem = await describeExchangeError(new RequestRefusedError('Binance has banned this IP for 90 s more (HTTP 418); nothing is sent until then', 90_000, true));
    expect(problem).toEqual({ code: 'RATE_LIMIT', message: 'Binance has banned this IP for 90 s more (HTTP 418); nothing is sent until then' });
  });

  it('never passes a signed query string on', async () => {
    const problem = await describeExchangeError(new ccxt.NetworkError('GET http://127.0.0.1:9/api/v3/account?timestamp=1&signature=abc failed'));
    expect(problem.message).not.toContain('signature');
  });
});
