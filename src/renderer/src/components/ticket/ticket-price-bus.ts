import { useEffect } from 'react';

/**
 * A click on the chart hands its price to the order ticket. The two never render each other,
 * so a tiny module-level set of listeners carries the price across; the ticket rounds it to
 * the tick (a click lands between ticks).
 */
type Listener = (price: number) => void;

const listeners = new Set<Listener>();

/** Offer `price` (from the chart's price scale) to the ticket as its limit price. */
export function pickTicketPrice(price: number): void {
  if (!Number.isFinite(price) || price <= 0) return;
  for (const listener of listeners) listener(price);
}

/** Subscribes while the caller is mounted; pass a stable `onPick` (useCallback). */
export function useTicketPricePick(onPick: Listener): void {
  useEffect(() => onTicketPricePick(onPick), [onPick]);
}

/** For tests: subscribe without React. Returns the unsubscribe. */
export function onTicketPricePick(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
