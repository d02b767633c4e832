import { decimalsOfTickSize, decimalsOfValues, formatPrice } from './price-format';

/** How prices of the chart's market are written, on the axis, in the legend and in markers. */
export interface PriceDisplay {
  /** Decimals shown; null: as many as the value has, up to 8. */
  readonly decimals: number | null;
  /** Smallest price step, for the price scale's grid. */
  readonly minMove: number;
  readonly format: (price: number) => string;
}

/** How many of the newest bars are looked at to guess decimals when the tick size is unknown. */
const SAMPLE_BARS = 300;

/**
 * The market's tick size decides when it is known ("0.01" → 2 decimals). Without it (no
 * account, or markets not loaded yet) the newest bars' own decimals stand in, so a BTCUSDT
 * history reads 42,000.10 either way and a 0.00001234 coin does not round to zero.
 */
export function priceDisplayFor(tickSize: string | null, closes: Float64Array | null): PriceDisplay {
  const fromTick = decimalsOfTickSize(tickSize);
  const decimals = fromTick ?? (closes === null || closes.length === 0 ? null : decimalsOfValues(closes, closes.length - SAMPLE_BARS));
  const tick = tickSize === null ? NaN : Number(tickSize);
  const minMove = Number.isFinite(tick) && tick > 0 ? tick : decimals === null ? 0.00000001 : 10 ** -decimals;
  return { decimals, minMove, format: (price) => formatPrice(price, decimals) };
}

export function isSameDisplay(a: PriceDisplay | null, b: PriceDisplay): boolean {
  return a !== null && a.decimals === b.decimals && a.minMove === b.minMove;
}
