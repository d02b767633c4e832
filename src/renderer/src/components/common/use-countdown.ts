import { useCallback, useEffect, useState } from 'react';
import { secondsUntil } from './format';

interface Clock {
  readonly until: number;
  readonly now: number;
}

/**
 * A wait the person can see: `start(ms)` begins it, and the returned seconds tick down four
 * times a second to 0. Used after a RATE_LIMITED answer, whose details say how long to wait.
 */
export function useCountdown(): { readonly seconds: number; readonly start: (ms: number) => void } {
  const [clock, setClock] = useState<Clock | null>(null);
  const isRunning = clock !== null && clock.now < clock.until;

  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => setClock((current) => current && { ...current, now: Date.now() }), 250);
    return () => clearInterval(timer);
  }, [isRunning]);

  const start = useCallback((ms: number) => {
    const now = Date.now();
    setClock({ until: now + ms, now });
  }, []);

  return { seconds: clock === null ? 0 : secondsUntil(clock.until, clock.now), start };
}
