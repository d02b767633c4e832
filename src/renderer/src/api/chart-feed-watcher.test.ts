import { describe, expect, it } from 'vitest';
import { FeedWatcher, type FeedTarget, type WatchResult } from './chart-feed-watcher';

const target: FeedTarget = { accountId: 1, symbol: 'BTCUSDT', interval: '1m' };

function setup(options: { fail?: boolean } = {}) {
  const calls: string[] = [];
  const timers: Array<{ run: () => void; isCleared: boolean }> = [];
  let fail = options.fail ?? false;
  const watcher = new FeedWatcher({
    watch: (t) => {
      calls.push(`watch ${t.symbol}`);
      return fail ? Promise.reject(new Error('not connected')) : Promise.resolve('live');
    },
    unwatch: (t) => {
      calls.push(`unwatch ${t.symbol}`);
      return Promise.resolve(true);
    },
    releaseDelayMs: 5000,
    setTimeout: (run) => {
      const timer = { run, isCleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      (handle as { isCleared: boolean }).isCleared = true;
    },
  });
  const fire = (): void => {
    for (const timer of timers.splice(0)) if (!timer.isCleared) timer.run();
  };
  return { watcher, calls, fire, setFail: (value: boolean) => (fail = value) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('FeedWatcher', () => {
  it('watches once for several charts and stops after the last lets go, after a delay', async () => {
    const { watcher, calls, fire } = setup();
    const results: WatchResult[] = [];
    const releaseA = watcher.acquire(target, (result) => results.push(result));
    const releaseB = watcher.acquire(target, (result) => results.push(result));
    await settle();
    expect(calls).toEqual(['watch BTCUSDT']);
    expect(results).toEqual([
      { ok: true, state: 'live' },
      { ok: true, state: 'live' },
    ]);
    releaseA();
    fire();
    expect(calls).toEqual(['watch BTCUSDT']);
    releaseB();
    expect(calls).toEqual(['watch BTCUSDT']);
    fire();
    expect(calls).toEqual(['watch BTCUSDT', 'unwatch BTCUSDT']);
    expect(watcher.size).toBe(0);
  });

  it('keeps the feed when it is watched again within the delay (a remount, a quick switch back)', async () => {
    const { watcher, calls, fire } = setup();
    const release = watcher.acquire(target, () => undefined);
    await settle();
    release();
    const results: WatchResult[] = [];
    watcher.acquire(target, (result) => results.push(result));
    fire();
    expect(calls).toEqual(['watch BTCUSDT']);
    expect(results).toEqual([{ ok: true, state: 'live' }]);
  });

  it('reports a failed watch and asks again for the next watcher', async () => {
    const { watcher, calls, setFail } = setup({ fail: true });
    const results: WatchResult[] = [];
    watcher.acquire(target, (result) => results.push(result));
    await settle();
    expect(results[0]?.ok).toBe(false);
    setFail(false);
    watcher.acquire(target, (result) => results.push(result));
    await settle();
    expect(calls).toEqual(['watch BTCUSDT', 'watch BTCUSDT']);
    expect(results.at(-1)).toEqual({ ok: true, state: 'live' });
  });

  it('asks again for a held feed on refresh', async () => {
    const { watcher, calls } = setup();
    watcher.acquire(target, () => undefined);
    watcher.refresh(target);
    watcher.refresh({ ...target, symbol: 'ETHUSDT' });
    await settle();
    expect(calls).toEqual(['watch BTCUSDT', 'watch BTCUSDT']);
  });
});
