import { describe, expect, it } from 'vitest';
import { coalesce, type Timers } from './download-coalesce';

/** A clock the test moves by hand. */
function manualTimers(): Timers & { advance: (ms: number) => void } {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    setTimeout: (run, ms) => {
      const id = nextId++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => void due.delete(handle as number),
    advance: (ms) => {
      now += ms;
      for (const [id, timer] of [...due]) {
        if (timer.at > now) continue;
        due.delete(id);
        timer.run();
      }
    },
  };
}

describe('coalesce', () => {
  it('runs once for a burst, after the window', () => {
    const timers = manualTimers();
    let runs = 0;
    const refresh = coalesce(() => runs++, 1000, timers);
    for (let i = 0; i < 50; i++) refresh.request();
    expect(runs).toBe(0);
    timers.advance(1000);
    expect(runs).toBe(1);
    timers.advance(5000);
    expect(runs).toBe(1);
  });

  it('follows a request made after a run with another run', () => {
    const timers = manualTimers();
    let runs = 0;
    const refresh = coalesce(() => runs++, 1000, timers);
    refresh.request();
    timers.advance(1000);
    refresh.request();
    timers.advance(999);
    expect(runs).toBe(1);
    timers.advance(1);
    expect(runs).toBe(2);
  });

  it('runs at once on flush and forgets the pending run; cancel drops it', () => {
    const timers = manualTimers();
    let runs = 0;
    const refresh = coalesce(() => runs++, 1000, timers);
    refresh.request();
    refresh.flush();
    expect(runs).toBe(1);
    timers.advance(2000);
    expect(runs).toBe(1);
    refresh.request();
    refresh.cancel();
    timers.advance(2000);
    expect(runs).toBe(1);
  });
});
