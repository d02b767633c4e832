import BaseDecimal from 'decimal.js';

/**
 * Exact decimals for everything that goes to or comes from the exchange. Amounts travel as
 * strings ("0.01000000") and are only ever turned into numbers through this module.
 *
 * Binance accepts decimal parameters matching `^([0-9]{1,20})(\.[0-9]{1,20})?$`, so an exchange
 * amount has at most 40 significant digits, and a product of two of them (price × quantity) at
 * most 80. With 80 digits of precision such a product is exact, and so is any quotient that
 * snaps a value onto a tick or step grid; nothing is ever rounded by accident.
 */
export const Decimal = BaseDecimal.clone({
  precision: 80,
  rounding: BaseDecimal.ROUND_HALF_UP,
  // Never switch to exponent notation in toString(): "0.00000001", not "1e-8".
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = BaseDecimal;
export type Rounding = BaseDecimal.Rounding;

/** The most digits Binance accepts on either side of the decimal point. */
export const MAX_INTEGER_DIGITS = 20;
export const MAX_DECIMAL_PLACES = 20;

export type DecimalInput = string | Decimal;

export class DecimalParseError extends Error {
  override readonly name = 'DecimalParseError';
}

export type DecimalParse = { ok: true; value: Decimal } | { ok: false; reason: string };

/** Plain decimal notation, an optional minus sign; no exponent, no spaces, no "+", no ".5". */
const DECIMAL_TEXT = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * Reads a decimal string without ever going through a float. Rejects what a float or a sloppy
 * String() call turns into ("NaN", "Infinity", "1e-8", "") rather than guessing.
 */
export function tryParseDecimal(text: string): DecimalParse {
  if (text === '') return { ok: false, reason: 'is empty' };
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) {
    return { ok: false, reason: `"${text}" is not a plain decimal number (like 42000.5 or 0.00001)` };
  }
  const integerDigits = (match[1] ?? '').replace(/^0+(?=\d)/, '').length;
  const decimalPlaces = (match[2] ?? '').replace(/0+$/, '').length;
  if (integerDigits > MAX_INTEGER_DIGITS) {
    return { ok: false, reason: `"${text}" has more than ${MAX_INTEGER_DIGITS} digits before the decimal point` };
  }
  if (decimalPlaces > MAX_DECIMAL_PLACES) {
    return { ok: false, reason: `"${text}" has more than ${MAX_DECIMAL_PLACES} decimal places` };
  }
  return { ok: true, value: new Decimal(text) };
}

/** Like {@link tryParseDecimal}, but throws; for values that were already validated upstream. */
export function parseDecimal(text: string, what = 'Value'): Decimal {
  const parsed = tryParseDecimal(text);
  if (!parsed.ok) throw new DecimalParseError(`${what} ${parsed.reason}`);
  return parsed.value;
}

export function isDecimalString(text: string): boolean {
  return tryParseDecimal(text).ok;
}

/**
 * Accepts a string or a Decimal and always answers with one of ours, so a Decimal made by
 * another decimal.js clone (with its default 20-digit precision) cannot leak into our math.
 */
export function toDecimal(value: DecimalInput, what = 'Value'): Decimal {
  return typeof value === 'string' ? parseDecimal(value, what) : new Decimal(value);
}

/**
 * The string to send to the exchange or store: plain notation (never "1e-8"), no trailing zeros
 * after the point ("42000.1", "0.00001", "100"), and never "-0".
 */
export function toExchangeString(value: Decimal): string {
  if (!value.isFinite()) throw new DecimalParseError(`Cannot write ${value.toString()} as an exchange amount`);
  if (value.isZero()) return '0';
  return value.toFixed();
}

/** The same value written in canonical form: "0.01000000" → "0.01". Throws on bad input. */
export function normalizeDecimalString(text: string): string {
  return toExchangeString(parseDecimal(text));
}

