/**
 * How the chart writes prices and volumes: thousands separators always, and for prices the
 * decimals of the market's tick size when it is known, else what the bars themselves carry
 * (up to 8 decimals, trailing zeros trimmed). en-US grouping, so a number reads the same in
 * every locale and in a test.
 */

/** Most decimals a price is shown with when no tick size says otherwise. */
export const MAX_PRICE_DECIMALS = 8;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minimum: number, maximum: number): Intl.NumberFormat {
  const key = `${minimum}:${maximum}`;
  let known = formatters.get(key);
  if (known === undefined) {
    known = new Intl.NumberFormat('en-US', { minimumFractionDigits: minimum, maximumFractionDigits: maximum, useGrouping: true });
    formatters.set(key, known);
  }
  return known;
}

/** Decimal places of a tick size such as "0.01000000" (2) or "1.00000000" (0); null if unreadable. */
export function decimalsOfTickSize(tickSize: string | null | undefined): number | null {
  if (tickSize === null || tickSize === undefined) return null;
  const match = /^(\d+)(?:\.(\d+))?$/.exec(tickSize.trim());
  if (match === null || Number(tickSize) <= 0) return null;
  return (match[2] ?? '').replace(/0+$/, '').length;
}

/** Decimals a float is written with in its shortest form, at most MAX_PRICE_DECIMALS. */
export function decimalsOfValue(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = value.toFixed(MAX_PRICE_DECIMALS).replace(/0+$/, '');
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/** The most decimals any of the values needs: a stand-in for the tick size when none is known. */
export function decimalsOfValues(values: ArrayLike<number>, from = 0): number {
  let decimals = 0;
  for (let index = Math.max(0, from); index < values.length; index++) {
    const value = values[index];
    if (value !== undefined) decimals = Math.max(decimals, decimalsOfValue(value));
    if (decimals === MAX_PRICE_DECIMALS) break;
  }
  return decimals;
}

/** "42,000.10" with 2 decimals; with `decimals` null, up to 8 decimals, trailing zeros trimmed. */
export function formatPrice(value: number, decimals: number | null): string {
  if (!Number.isFinite(value)) return '—';
  if (decimals === null) return formatter(0, MAX_PRICE_DECIMALS).format(value);
  return formatter(decimals, decimals).format(value);
}

/** A signed change: "+12.50" / "−3.10" (a real minus sign, so it lines up with the plus). */
export function formatSignedPrice(value: number, decimals: number | null): string {
  if (!Number.isFinite(value)) return '—';
  const text = formatPrice(Math.abs(value), decimals);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** "+1.25%" / "−0.40%". */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = formatter(2, 2).format(Math.abs(value));
  return value > 0 ? `+${text}%` : value < 0 ? `−${text}%` : `${text}%`;
}

/** Volumes in the unit a trader reads at a glance: 812.5, 12.34K, 4.1M, 2.05B. */
export function formatVolume(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatter(2, 2).format(value / 1e9)}B`;
  if (abs >= 1e6) return `${formatter(2, 2).format(value / 1e6)}M`;
  if (abs >= 1e4) return `${formatter(2, 2).format(value / 1e3)}K`;
  return formatter(0, abs >= 100 ? 2 : 4).format(value);
}

/** A quantity from the exchange ("0.01000000") without its trailing zeros ("0.01"). */
export function trimDecimalString(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}
