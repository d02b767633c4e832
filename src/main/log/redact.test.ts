import { describe, expect, it } from 'vitest';
import { REDACTED, redact } from './redact';

describe('redact', () => {
  it('replaces every field named like a credential, however deep', () => {
    const out = redact({
      account: { name: 'main', apiKey: 'AKIA123', nested: [{ secretKey: 's3cr3t', passphrase: 'pw' }] },
      headers: { Authorization: 'Bearer abc', cookie: 'tradewind_token=x' },
      accessToken: 'tok',
      price: '42000.10',
    });
    expect(out).toEqual({
      account: { name: 'main', apiKey: REDACTED, nested: [{ secretKey: REDACTED, passphrase: REDACTED }] },
      headers: { Authorization: REDACTED, cookie: REDACTED },
      accessToken: REDACTED,
      price: '42000.10',
    });
    expect(JSON.stringify(out)).not.toMatch(/AKIA123|s3cr3t|Bearer abc|tok"/);
  });

  it('keeps errors readable as data, including their cause', () => {
    const error = new Error('outer', { cause: new Error('inner') });
    const out = redact({ error }) as { error: { name: string; message: string; cause: { message: string } } };
    expect(out.error.name).toBe('Error');
    expect(out.error.message).toBe('outer');
    expect(out.error.cause.message).toBe('inner');
  });

  it('survives cycles, bigints and functions', () => {
    const cyclic: Record<string, unknown> = { n: 10n, fn: () => 1 };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ n: '10', fn: '[function]', self: '[circular]' });
  });
});
