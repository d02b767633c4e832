import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LinkSource, type LinkState } from './link-source';
import { monitorLink } from './link-status';

function fakeSource(initial: LinkState): LinkSource & { set(state: LinkState): void } {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = next;
      for (const listener of listeners) listener();
    },
  };
}

describe('monitorLink', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports connecting, then connected, without a reconnect on the first open', () => {
    const source = fakeSource('connecting');
    const monitor = monitorLink(source, 1000);
    const reconnected = vi.fn();
    monitor.onReconnected(reconnected);
    expect(monitor.get()).toBe('connecting');
    source.set('open');
    expect(monitor.get()).toBe('connected');
    expect(reconnected).not.toHaveBeenCalled();
  });

  it('calls a dropped link reconnecting, then disconnected after the grace period', () => {
    const source = fakeSource('open');
    const monitor = monitorLink(source, 1000);
    source.set('closed');
    expect(monitor.get()).toBe('reconnecting');
    source.set('connecting');
    vi.advanceTimersByTime(999);
    expect(monitor.get()).toBe('reconnecting');
    vi.advanceTimersByTime(1);
    expect(monitor.get()).toBe('disconnected');
  });

  it('recovers from disconnected and announces the reconnect once', () => {
    const source = fakeSource('open');
    const monitor = monitorLink(source, 1000);
    const reconnected = vi.fn();
    monitor.onReconnected(reconnected);
    source.set('closed');
    vi.advanceTimersByTime(5000);
    source.set('open');
    expect(monitor.get()).toBe('connected');
    expect(reconnected).toHaveBeenCalledTimes(1);
    source.set('closed');
    expect(monitor.get()).toBe('reconnecting');
  });

  it('gives up on a first connection that never opens', () => {
    const monitor = monitorLink(fakeSource('connecting'), 1000);
    vi.advanceTimersByTime(1000);
    expect(monitor.get()).toBe('disconnected');
  });

  it('the desktop link is connected from the start', () => {
    expect(monitorLink(fakeSource('open')).get()).toBe('connected');
  });
});
