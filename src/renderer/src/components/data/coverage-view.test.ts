import { describe, expect, it } from 'vitest';
import { type Download } from '../../../../shared/schemas/candles';
import { canDeriveFromMinutes, downloadCovering, filterSeries, guessFromFileName, newestGapsFirst, sortedSeries, venueChoices } from './coverage-view';

const s = (symbol: string, interval: '1m' | '1h' | '1d', venue = 'binance') => ({ venue, symbol, interval });

describe('coverage view', () => {
  it('groups a symbol\'s series, shortest interval first', () => {
    const sorted = sortedSeries([s('ETHUSDT', '1m'), s('BTCUSDT', '1d'), s('BTCUSDT', '1m'), s('BTCUSDT', '1h')]);
    expect(sorted.map((x) => `${x.symbol} ${x.interval}`)).toEqual(['BTCUSDT 1m', 'BTCUSDT 1h', 'BTCUSDT 1d', 'ETHUSDT 1m']);
  });

  it('filters by symbol, case aside', () => {
    expect(filterSeries([s('ETHUSDT', '1m'), s('BTCUSDT', '1m')], ' eth ')).toEqual([s('ETHUSDT', '1m')]);
    expect(filterSeries([s('ETHUSDT', '1m')], '')).toHaveLength(1);
  });

  it('offers derivation only where 1-minute bars of the same venue and symbol exist', () => {
    const all = [s('BTCUSDT', '1m'), s('BTCUSDT', '1h'), s('ETHUSDT', '1h'), s('BTCUSDT', '1d', 'binance-testnet')];
    expect(canDeriveFromMinutes(s('BTCUSDT', '1h'), all)).toBe(true);
    expect(canDeriveFromMinutes(s('BTCUSDT', '1m'), all)).toBe(false);
    expect(canDeriveFromMinutes(s('ETHUSDT', '1h'), all)).toBe(false);
    expect(canDeriveFromMinutes(s('BTCUSDT', '1d', 'binance-testnet'), all)).toBe(false);
  });

  it('lists venues once, Binance first', () => {
    expect(venueChoices(['binance-testnet', 'binance'], ['custom:http://x', 'binance-testnet'])).toEqual(['binance', 'binance-testnet', 'custom:http://x']);
  });

  it('finds the newest download that holds a gap', () => {
    const base = { venue: 'binance', symbol: 'BTCUSDT', interval: '1m', state: 'done', expected: 0, fetched: 0, error: null, finishedAt: null } as const;
    const downloads: Download[] = [
      { ...base, id: 1, from: 0, to: 100, startedAt: 1 },
      { ...base, id: 2, from: 0, to: 100, startedAt: 5 },
      { ...base, id: 3, from: 50, to: 100, startedAt: 9 },
      { ...base, id: 4, interval: '1h', from: 0, to: 100, startedAt: 9 },
    ];
    expect(downloadCovering(downloads, s('BTCUSDT', '1m'), { from: 10, to: 20, bars: 11 })?.id).toBe(2);
    expect(downloadCovering(downloads, s('BTCUSDT', '1m'), { from: 90, to: 120, bars: 31 })).toBeUndefined();
  });

  it('lists gaps newest first', () => {
    expect(newestGapsFirst([{ from: 1, to: 1, bars: 1 }, { from: 5, to: 5, bars: 1 }]).map((gap) => gap.from)).toEqual([5, 1]);
  });

  it('reads symbol and interval off a Binance data file name', () => {
    expect(guessFromFileName('/data/BTCUSDT-1m-2024-01.csv')).toEqual({ symbol: 'BTCUSDT', interval: '1m' });
    expect(guessFromFileName('C:\\klines\\ETHUSDT-1h-2024-03-05.csv.gz')).toEqual({ symbol: 'ETHUSDT', interval: '1h' });
    expect(guessFromFileName('/data/BTCUSDT-1h.csv.gz')).toEqual({ symbol: 'BTCUSDT', interval: '1h' });
    expect(guessFromFileName('SOLUSDT-1M')).toEqual({ symbol: 'SOLUSDT', interval: '1M' });
    expect(guessFromFileName('/data/BTCUSDT-1mo-2024.csv')).toBeNull();
    expect(guessFromFileName('/data/klines.csv')).toBeNull();
  });
});
