/**
 * Exact decimal arithmetic on bigint, written for the emulator alone: every amount is an integer
 * count of 1e-8 units (Binance prints eight decimals everywhere). The product uses decimal.js;
 * keeping the two independent lets one catch the other's rounding mistakes.
 */
export type Fixed = bigint;

export const PLACES = 8;
export const ONE: Fixed = 10n ** BigInt(PLACES);

// Binance's own legal range for decimal parameters.
export const DECIMAL_PARAM_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
const DECIMAL_PARAM = new RegExp(DECIMAL_PARAM_RANGE);
const LOOSE_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Decimals that matter: "0.10000000" has one. */
export function significantDecimals(text: string): number {
  const fraction = LOOSE_DECIMAL.exec(text)?.[2] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/** Whether a request parameter is a decimal Binance accepts at all (before precision checks). */
export function isDecimalParam(text: string): boolean {
  return DECIMAL_PARAM.test(text);
}

/** Parses a non-negative decimal with at most eight significant decimals. */
export function toFixed(text: string): Fixed {
  const match = LOOSE_DECIMAL.exec(text);
  if (match === null) throw new Error(`not a non-negative decimal: ${JSON.stringify(text)}`);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > PLACES) throw new Error(`${text} has more than ${PLACES} decimals`);
  return BigInt(match[1] ?? '0') * ONE + BigInt(fraction.padEnd(PLACES, '0') || '0');
}

/** Always eight decimals, as Binance prints amounts: "0.01000000". */
export function formatFixed(value: Fixed): string {
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  const whole = magnitude / ONE;
  const fraction = (magnitude % ONE).toString().padStart(PLACES, '0');
  return `${sign}${whole}.${fraction}`;
}

/** The shortest form, for places where Binance prints plain numbers (or for messages). */
export function formatPlain(value: Fixed): string {
  return formatFixed(value).replace(/\.?0+$/, '');
}

export type Rounding = 'down' | 'up' | 'halfUp';

/** Divides non-negative integers with the given rounding. */
function divide(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator <= 0n || numerator < 0n) throw new Error('fixed arithmetic expects non-negative values');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  switch (rounding) {
    case 'down':
      return quotient;
    case 'up':
      return quotient + 1n;
    case 'halfUp':
      return remainder * 2n >= denominator ? quotient + 1n : quotient;
  }
}

/** a × b, rounded to eight decimals. */
export function mul(a: Fixed, b: Fixed, rounding: Rounding = 'down'): Fixed {
  return divide(a * b, ONE, rounding);
}

/** a ÷ b, rounded to eight decimals. */
export function div(a: Fixed, b: Fixed, rounding: Rounding = 'down'): Fixed {
  return divide(a * ONE, b, rounding);
}

/** Rounds to a multiple of step (step 0 leaves the value alone). */
export function roundToStep(value: Fixed, step: Fixed, rounding: Rounding = 'down'): Fixed {
  if (step === 0n) return value;
  return divide(value, step, rounding) * step;
}

export function isMultipleOf(value: Fixed, step: Fixed): boolean {
  return step === 0n || value % step === 0n;
}

export function min(a: Fixed, b: Fixed): Fixed {
  return a < b ? a : b;
}

export function max(a: Fixed, b: Fixed): Fixed {
  return a > b ? a : b;
}
