import { Decimal, toExchangeString } from '../../../../shared/exchange/decimal';
import { roundToStep } from '../../../../shared/exchange/grid';
import { type Order } from '../../../../shared/schemas/orders';

/** A chart price (a float from the price scale) snapped onto the symbol's tick, as a decimal string. */
export function snapToTick(price: number, tickSize: string | null): string | null {
  if (!Number.isFinite(price) || price <= 0) return null;
  const value = new Decimal(price.toFixed(12));
  const tick = tickSize === null ? null : new Decimal(tickSize);
  const snapped = tick === null || tick.isZero() ? value : roundToStep(value, tick, 'nearest');
  return snapped.greaterThan(0) ? toExchangeString(snapped) : null;
}

/**
 * Where an order goes when its line is dropped at `linePrice`. A limit order's line is its
 * price; a stop-limit's line is its stop, and its limit price moves by the same distance so the
 * gap between the two is kept. Null when the drop lands on the tick it started from.
 */
export function moveFor(order: Pick<Order, 'type' | 'price' | 'stopPrice'>, linePrice: number, tickSize: string | null): { price?: string; stopPrice?: string } | null {
  const target = snapToTick(linePrice, tickSize);
  if (target === null) return null;
  const isTrigger = order.stopPrice !== null && order.type !== 'LIMIT' && order.type !== 'LIMIT_MAKER';
  if (!isTrigger) {
    if (order.price === null || new Decimal(order.price).equals(target)) return null;
    return { price: target };
  }
  const stop = order.stopPrice ?? '0';
  const shift = new Decimal(target).minus(stop);
  if (shift.isZero()) return null;
  if (order.price === null) return { stopPrice: target };
  const price = new Decimal(order.price).plus(shift);
  if (!price.greaterThan(0)) return null;
  return { stopPrice: target, price: toExchangeString(price) };
}
