import { describe, expect, it } from 'vitest';
import { feedBadge, STALE_CAP_MS, staleAfterMs, type FeedBadgeInput } from './feed-staleness';

const NOW = 1_700_000_000_000;
const base: FeedBadgeInput = { hasAccount: true, interval: '1m', state: 'live', error: null, lastUpdateAt: NOW - 1000, watchedSince: NOW - 60_000, now: NOW };

describe('feedBadge', () => {
  it('says History without an account', () => {
    expect(feedBadge({ ...base, hasAccount: false }).kind).toBe('history');
  });

  it('says Live for a live feed that spoke recently, Polling while it polls', () => {
    expect(feedBadge(base)).toMatchObject({ kind: 'live', label: 'Live' });
    expect(feedBadge({ ...base, state: 'polling' })).toMatchObject({ kind: 'polling', label: 'Polling' });
    expect(feedBadge({ ...base, state: null, lastUpdateAt: null })).toMatchObject({ kind: 'connecting' });
  });

  it('says Stale after 90 s of silence, whatever the state claims', () => {
    expect(feedBadge({ ...base, lastUpdateAt: NOW - STALE_CAP_MS })).toMatchObject({ kind: 'live' });
    expect(feedBadge({ ...base, lastUpdateAt: NOW - STALE_CAP_MS - 1 })).toMatchObject({ kind: 'stale', label: 'Stale' });
    expect(feedBadge({ ...base, interval: '1d', state: 'polling', lastUpdateAt: NOW - 120_000 }).kind).toBe('stale');
  });

  it('counts from the start of watching before the first candle', () => {
    expect(feedBadge({ ...base, lastUpdateAt: null, watchedSince: NOW - 10_000 }).kind).toBe('live');
    expect(feedBadge({ ...base, state: 'connecting', lastUpdateAt: null, watchedSince: NOW - 100_000 }).kind).toBe('stale');
  });

  it('says No feed when watching failed', () => {
    expect(feedBadge({ ...base, error: 'A paper account has no exchange connection' })).toMatchObject({ kind: 'offline', label: 'No feed' });
  });

  it('caps two bars of silence at 90 s', () => {
    expect(staleAfterMs('1m')).toBe(90_000);
    expect(staleAfterMs('1h')).toBe(90_000);
  });
});
