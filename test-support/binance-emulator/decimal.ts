const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Binance prints every amount with exactly eight decimals ("0.01000000"). Values are scaled as
 * strings so an emulator never rounds a balance or a filter through a float.
 */
export function toBinanceDecimal(value: string, places = 8): string {
  const match = DECIMAL.exec(value);
  if (match === null) throw new Error(`not a non-negative decimal string: ${JSON.stringify(value)}`);
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (fraction.replace(/0+$/, '').length > places) throw new Error(`${value} has more than ${places} decimals`);
  return `${whole}.${fraction.padEnd(places, '0').slice(0, places)}`;
}

export function isZeroDecimal(value: string): boolean {
  return /^0*(?:\.0*)?$/.test(value);
}
