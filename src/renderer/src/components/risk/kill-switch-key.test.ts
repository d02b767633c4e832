import { describe, expect, it } from 'vitest';
import { describeKillReport, isKillSwitchKey } from './kill-switch-key';

const key = (patch: Partial<Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>>) => ({ key: 'K', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false, ...patch });

describe('the kill switch hotkey', () => {
  it('is Ctrl+Shift+K or Cmd+Shift+K, nothing less and nothing more', () => {
    expect(isKillSwitchKey(key({ ctrlKey: true }))).toBe(true);
    expect(isKillSwitchKey(key({ metaKey: true, key: 'k' }))).toBe(true);
    expect(isKillSwitchKey(key({}))).toBe(false);
    expect(isKillSwitchKey(key({ ctrlKey: true, shiftKey: false, key: 'k' }))).toBe(false);
    expect(isKillSwitchKey(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isKillSwitchKey(key({ ctrlKey: true, key: 'L' }))).toBe(false);
  });

  it('says what engaging did, failures first in mind', () => {
    expect(describeKillReport({ cancelled: 1, failures: [], deploymentsStopped: 0 })).toBe('1 order cancelled');
    expect(describeKillReport({ cancelled: 3, failures: [{ symbol: 'ETHUSDT', message: 'timeout' }], deploymentsStopped: 2 })).toBe('3 orders cancelled, 2 deployments stopped; NOT cancelled on ETHUSDT: timeout');
  });
});
