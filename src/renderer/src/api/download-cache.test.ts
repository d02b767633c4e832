import { describe, expect, it } from 'vitest';
import { type Download } from '../../../shared/schemas/candles';
import { hasStopped, sortedDownloads, withDownload, withReply } from './download-cache';

const download = (over: Partial<Download>): Download => ({
  id: 1,
  venue: 'binance',
  symbol: 'BTCUSDT',
  interval: '1m',
  from: 0,
  to: 60_000,
  state: 'running',
  expected: 100,
  fetched: 0,
  error: null,
  startedAt: 1000,
  finishedAt: null,
  ...over,
});

describe('download cache', () => {
  it('lists running downloads first, then the newest', () => {
    const list = sortedDownloads({
      downloads: [download({ id: 1, state: 'done', startedAt: 3000 }), download({ id: 2, startedAt: 1000 }), download({ id: 3, state: 'failed', startedAt: 2000 })],
    });
    expect(list.downloads.map((d) => d.id)).toEqual([2, 1, 3]);
  });

  it('replaces a known download with its event and adds a new one', () => {
    const list = { downloads: [download({ id: 1 })] };
    const progressed = withDownload(list, download({ id: 1, fetched: 50 }));
    expect(progressed.downloads).toEqual([download({ id: 1, fetched: 50 })]);
    const added = withDownload(progressed, download({ id: 2, startedAt: 5000 }));
    expect(added.downloads.map((d) => d.id)).toEqual([2, 1]);
    expect(list.downloads[0]?.fetched).toBe(0);
  });

  it('moves a download that ended below the running ones', () => {
    const list = { downloads: [download({ id: 2, startedAt: 5000 }), download({ id: 1 })] };
    const ended = withDownload(list, download({ id: 2, startedAt: 5000, state: 'done', finishedAt: 9000 }));
    expect(ended.downloads.map((d) => d.id)).toEqual([1, 2]);
    expect(hasStopped(ended.downloads[1] ?? download({}))).toBe(true);
  });

  it('keeps what events said over a reply in the same state, and takes a reply that moves it on', () => {
    const event = download({ id: 7, expected: 43_200, fetched: 1_000 });
    const list = { downloads: [event] };
    expect(withReply(list, download({ id: 7, expected: 0, fetched: 0 }))).toBe(list);
    const resumed = withReply({ downloads: [download({ id: 7, state: 'cancelled' })] }, download({ id: 7 }));
    expect(resumed.downloads[0]?.state).toBe('running');
    expect(withReply({ downloads: [] }, event).downloads).toEqual([event]);
  });
});
