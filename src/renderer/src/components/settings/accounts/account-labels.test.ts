import { describe, expect, it } from 'vitest';
import { type KeyCheck } from '../../../../../shared/schemas/accounts';
import { canWithdraw, hostOf, ipRestricted, sortWarnings, worstLevel } from './account-labels';

const check = (patch: Partial<KeyCheck>): KeyCheck => ({
  isOk: true,
  testedAt: 0,
  latencyMs: 12,
  canTrade: true,
  canWithdraw: false,
  canDeposit: true,
  accountType: 'SPOT',
  permissions: ['SPOT'],
  restrictions: null,
  restrictionsNote: null,
  warnings: [],
  error: null,
  ...patch,
});

const restrictions = {
  ipRestrict: false,
  enableReading: true,
  enableSpotAndMarginTrading: true,
  enableWithdrawals: false,
  enableInternalTransfer: false,
  enableMargin: false,
  enableFutures: false,
  permitsUniversalTransfer: false,
};

describe('key check summaries', () => {
  it('calls a key able to withdraw when either source says so', () => {
    expect(canWithdraw(check({ canWithdraw: true }))).toBe(true);
    expect(canWithdraw(check({ canWithdraw: false, restrictions: { ...restrictions, enableWithdrawals: true } }))).toBe(true);
    expect(canWithdraw(check({ canWithdraw: false }))).toBe(false);
    expect(canWithdraw(check({ canWithdraw: null }))).toBeNull();
  });

  it('knows IP restriction only from the restrictions endpoint', () => {
    expect(ipRestricted(check({}))).toBeNull();
    expect(ipRestricted(check({ restrictions: { ...restrictions, ipRestrict: true } }))).toBe(true);
  });

  it('puts danger first and names the worst level', () => {
    const warnings = [
      { level: 'info', code: 'A', message: '' },
      { level: 'danger', code: 'B', message: '' },
      { level: 'warning', code: 'C', message: '' },
    ] as const;
    expect(sortWarnings(warnings).map((w) => w.code)).toEqual(['B', 'C', 'A']);
    expect(worstLevel(warnings)).toBe('danger');
    expect(worstLevel([])).toBeNull();
  });

  it('shows the host of a custom URL', () => {
    expect(hostOf('http://127.0.0.1:9001/api')).toBe('127.0.0.1:9001');
    expect(hostOf(null)).toBeNull();
  });
});
