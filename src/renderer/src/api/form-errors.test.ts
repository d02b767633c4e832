import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/rpc/errors';
import { formErrorsOf } from './form-errors';

const FIELDS = ['name', 'apiKey', 'apiSecret'] as const;

describe('formErrorsOf', () => {
  it('places zod issues on the fields their path names, first message wins', () => {
    const error = new ApiError({
      code: 'BAD_INPUT',
      message: 'Invalid input',
      details: {
        issues: [
          { path: ['apiKey'], message: 'Too short for a Binance API key' },
          { path: ['apiKey'], message: 'Only printable characters without spaces' },
          { path: ['name'], message: 'Give the account a name' },
        ],
      },
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({
      fields: { apiKey: 'Too short for a Binance API key', name: 'Give the account a name' },
      form: null,
    });
  });

  it('keeps issues on unknown fields or on no field at form level', () => {
    const error = new ApiError({
      code: 'BAD_INPUT',
      message: 'Invalid input',
      details: { issues: [{ path: [], message: 'Nothing to change' }, { path: ['baseUrl'], message: 'Only http(s) URLs' }] },
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({ fields: {}, form: 'Nothing to change; baseUrl: Only http(s) URLs' });
  });

  it('uses the message of a BAD_INPUT without issues', () => {
    expect(formErrorsOf(new ApiError({ code: 'BAD_INPUT', message: 'Bad frame' }), FIELDS)).toEqual({ fields: {}, form: 'Bad frame' });
  });

  it('shows any other error at form level with its code', () => {
    expect(formErrorsOf(new ApiError({ code: 'LOCKED', message: 'The vault is locked' }), FIELDS)).toEqual({
      fields: {},
      form: 'The vault is locked (LOCKED)',
    });
  });

  it('has nothing to say without an error', () => {
    expect(formErrorsOf(null, FIELDS)).toEqual({ fields: {}, form: null });
  });
});
