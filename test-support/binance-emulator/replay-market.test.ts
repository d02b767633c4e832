import { afterEach, describe, expect, it, vi } from 'vitest';
import { MINUTE, ROWS, T0 } from './market-fixtures';
import { ReplayMarket } from './replay-market';
import { DEFAULT_SYMBOLS } from './symbols';
import { type KlineRow } from './types';

const FIVE_MINUTE_ROWS: readonly KlineRow[] = [
  [T0, '2000', '2010', '1990', '2005', '5'],
  [T0 + 5 * MINUTE, '2005', '2006', '2001', '2002', '5'],
];

function market(options = {}): ReplayMarket {
  return new ReplayMarket({ BTCUSDT: { rows: ROWS, interval: '1m' }, ETHUSDT: { rows: FIVE_MINUTE_ROWS, interval: '5m' } }, DEFAULT_SYMBOLS, options);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the market clock', () => {
  it('starts at the first bar, steps through sub-steps, and moves symbols that share a step time together', () => {
    const replay = market();
    const moved: string[] = [];
    replay.onStep((symbol) => moved.push(`${symbol.rules.symbol}@${symbol.time - T0}`));
    expect(replay.now).toBe(T0);
    replay.advanceSteps(2);
    expect(moved).toEqual(['BTCUSDT@19999', 'BTCUSDT@39999']);
    replay.advanceTo(T0 + 5 * MINUTE);
    expect(moved.filter((entry) => entry.startsWith('ETHUSDT'))).toEqual(['ETHUSDT@99999', 'ETHUSDT@199999', 'ETHUSDT@299999', 'ETHUSDT@300000']);
    expect(moved.at(-1)).toBe('ETHUSDT@300000');
    expect(moved.at(-2)).toBe('BTCUSDT@300000');
    expect(replay.quote('BTCUSDT')).toMatchObject({ barOpenTime: T0 + 5 * MINUTE, step: 0, price: '102.00000000' });
  });

  it('advanceBars keeps the sub-step and stops at the end of the data', () => {
    const replay = market({ start: T0 + 20_000 });
    expect(replay.quote('BTCUSDT')).toMatchObject({ step: 1, price: '99.00000000' });
    replay.advanceBars(2, 'BTCUSDT');
    expect(replay.quote('BTCUSDT')).toMatchObject({ barOpenTime: T0 + 2 * MINUTE, step: 1, price: '98.40000000' });
    replay.advanceBars(100, 'BTCUSDT');
    expect(replay.quote('BTCUSDT')).toMatchObject({ barOpenTime: T0 + 9 * MINUTE, step: 3 });
    replay.advanceSteps(5);
    expect(replay.quote('BTCUSDT')).toMatchObject({ barOpenTime: T0 + 9 * MINUTE, step: 3 });
  });

  it('takes an ISO start and runs on its own at the speed asked for', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const replay = market({ start: new Date(T0).toISOString(), speed: 60 });
    expect(replay.now).toBe(T0);
    vi.advanceTimersByTime(1000); // a minute of market time per second
    expect(replay.now).toBe(T0 + MINUTE);
    expect(replay.quote('BTCUSDT')).toMatchObject({ barOpenTime: T0 + MINUTE, step: 0 });
    replay.speed = 0;
    vi.advanceTimersByTime(5000);
    expect(replay.now).toBe(T0 + MINUTE);
    replay.close();
  });

  it('reads the data only when first used', () => {
    const lazy = new ReplayMarket({ BTCUSDT: { file: 'no-such-file.csv.gz', interval: '1m' } }, DEFAULT_SYMBOLS, { start: T0 });
    expect(lazy.symbols).toEqual(['BTCUSDT']);
    expect(() => lazy.quote('BTCUSDT')).toThrow(/ENOENT/);
  });
});
