import { describe, expect, it } from 'vitest';
import { sampleExchangeStatus } from '../../../../shared/schemas/trading.fixture';
import { connectionHeadline, formatOffset, formatWait, offsetLevel, offsetTitle, weightLevel } from './exchange-labels';

const NOW = 1_800_000_000_000;
const status = sampleExchangeStatus;

describe('exchange labels', () => {
  it('writes the clock offset with its sign and a unit that fits', () => {
    expect(formatOffset(12)).toBe('+12 ms');
    expect(formatOffset(-1460)).toBe('−1.5 s');
    expect(formatOffset(0)).toBe('±0 ms');
    expect(offsetLevel(-1200)).toBe('warn');
    expect(offsetLevel(900)).toBe('ok');
    expect(offsetTitle(12)).toContain('12 ms ahead of');
    expect(offsetTitle(-1460)).toContain('1.5 s behind');
  });

  it('warns as the used weight nears the limit', () => {
    expect(weightLevel(100, 6000)).toBe('ok');
    expect(weightLevel(4800, 6000)).toBe('warn');
    expect(weightLevel(6000, 6000)).toBe('alarm');
  });

  it('puts a ban before everything, then a back-off, then the state', () => {
    expect(connectionHeadline(status({ bannedUntil: NOW + 125_000, backoffUntil: NOW + 5000 }), NOW)).toMatchObject({ text: 'banned · 2:05', level: 'alarm' });
    expect(connectionHeadline(status({ backoffUntil: NOW + 5000 }), NOW)).toMatchObject({ text: 'slow down · 5 s', level: 'warn' });
    expect(connectionHeadline(status({ bannedUntil: NOW - 1 }), NOW)).toMatchObject({ text: 'connected', level: 'ok' });
    expect(connectionHeadline(status({ stream: 'reconnecting' }), NOW)).toMatchObject({ text: 'stream lost', level: 'warn' });
    expect(connectionHeadline(status({ state: 'failed', lastError: 'timed out' }), NOW)).toMatchObject({ text: 'failed', title: 'timed out' });
  });

  it('writes long waits as minutes and seconds', () => {
    expect(formatWait(59)).toBe('59 s');
    expect(formatWait(600)).toBe('10:00');
  });
});
