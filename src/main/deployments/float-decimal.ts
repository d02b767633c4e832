/**
 * A float (a simulated amount, a P&L) as the plain decimal text the store's decimal columns
 * take: fixed to `places`, trailing zeros dropped, never an exponent, never "-0".
 */
export function floatToDecimal(value: number, places = 8): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${String(value)}`);
  const text = value.toFixed(places).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}
