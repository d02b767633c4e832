import { describe, expect, it } from 'vitest';
import { DOWNLOAD_STATES } from '../../../../shared/domain/enums';
import { completenessText, deriveSummary, importSummary, downloadStateText, formatCount, gapMarkTitle, gapText, isResumable, missingBars, venueLabel } from './data-labels';

const at = (iso: string): number => Date.parse(`${iso}Z`);

describe('data labels', () => {
  it('groups counts the same way everywhere', () => {
    expect(formatCount(527040)).toBe('527,040');
  });

  it('names venues for people', () => {
    expect(venueLabel('binance')).toBe('Binance');
    expect(venueLabel('binance-testnet')).toBe('Spot Testnet');
    expect(venueLabel('custom:https://api.example.com:8443')).toBe('api.example.com:8443');
    expect(venueLabel('custom:not a url')).toBe('not a url');
  });

  it('says when and how much a gap lacks, in UTC', () => {
    expect(gapText({ from: at('2024-03-05T14:00:00'), to: at('2024-03-05T14:14:00'), bars: 15 })).toBe('2024-03-05 14:00 → 14:14 UTC, 15 bars missing');
    expect(gapText({ from: at('2024-03-05T14:00:00'), to: at('2024-03-05T14:00:00'), bars: 1 })).toBe('2024-03-05 14:00 UTC, 1 bar missing');
  });

  it('titles a mark that holds several gaps with their total and the first few', () => {
    const gaps = Array.from({ length: 10 }, (_, i) => ({ from: at('2024-03-05T14:00:00') + i * 600_000, to: at('2024-03-05T14:00:00') + i * 600_000, bars: 1 }));
    const title = gapMarkTitle({ left: 0, width: 1, gaps });
    const lines = title.split('\n');
    expect(lines[0]).toBe('10 gaps, 10 bars missing');
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toBe('and 2 more');
  });

  it('counts missing bars and never rounds a gap up to 100%', () => {
    const series = { bars: 527_039, gaps: [{ from: 0, to: 0, bars: 1 }] };
    expect(missingBars(series)).toBe(1);
    expect(completenessText(series)).toBe('99.99%');
    expect(completenessText({ bars: 10, gaps: [] })).toBe('100%');
  });

  it('has a word for every download state and resumes only stopped ones', () => {
    for (const state of DOWNLOAD_STATES) expect(downloadStateText(state).word).toBe(state);
    expect(DOWNLOAD_STATES.filter(isResumable)).toEqual(['cancelled', 'failed', 'interrupted']);
  });

  it('sums an import up in one line', () => {
    const result = { venue: 'binance', symbol: 'BTCUSDT', interval: '1m', file: '/d/x.csv', format: 'binance-12' } as const;
    expect(importSummary({ ...result, rows: 527_040, added: 527_040, first: at('2024-01-01T00:00:00'), last: at('2024-12-31T23:59:00') })).toBe(
      '527,040 rows read, 527,040 added, 2024-01-01 00:00 → 2024-12-31 23:59 UTC',
    );
    expect(importSummary({ ...result, rows: 1, added: 0, first: null, last: null })).toBe('1 row read, 0 added');
  });

  it('sums a derivation up', () => {
    expect(deriveSummary('BTCUSDT', '1h', { buckets: 8784, added: 1, incomplete: 0 })).toBe('BTCUSDT 1h from 1m: 1 bar added of 8,784 built.');
    expect(deriveSummary('BTCUSDT', '1d', { buckets: 366, added: 300, incomplete: 2 })).toBe('BTCUSDT 1d from 1m: 300 bars added of 366 built, 2 left out (1m bars missing).');
  });
});
