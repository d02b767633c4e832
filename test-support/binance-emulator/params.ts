import { binanceErrors } from './errors';
import { type EmulatorRequest } from './request';
import { type SymbolSpec } from './types';

export const SYMBOL_RANGE = '^[A-Z0-9-_.]{1,20}$';
export const SYMBOL_FORMAT = new RegExp(SYMBOL_RANGE);

/** The `symbol` parameter: -1102 when missing, -1100 when malformed, -1121 when unknown. */
export function requireSymbol(request: EmulatorRequest, specs: readonly SymbolSpec[]): SymbolSpec {
  const name = request.params.get('symbol');
  if (name === undefined || name === '') throw binanceErrors.mandatoryParam('symbol');
  return findSymbol(name, specs);
}

export function findSymbol(name: string, specs: readonly SymbolSpec[]): SymbolSpec {
  if (!SYMBOL_FORMAT.test(name)) throw binanceErrors.illegalCharsIn('symbol', SYMBOL_RANGE);
  const spec = specs.find((candidate) => candidate.symbol === name);
  if (spec === undefined) throw binanceErrors.invalidSymbol();
  return spec;
}

/** An optional integer parameter (ids, times, limits); -1100 when it is not one. */
export function intParam(request: EmulatorRequest, name: string): number | undefined {
  const raw = request.params.get(name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^-?\d{1,19}$/.test(raw)) throw binanceErrors.illegalCharsIn(name, '^-?[0-9]{1,19}$');
  return Number(raw);
}

/** `limit` with Binance's default, capped at its maximum. */
export function limitParam(request: EmulatorRequest, fallback: number, maximum: number): number {
  const limit = intParam(request, 'limit') ?? fallback;
  return Math.max(1, Math.min(limit, maximum));
}

/** GET and DELETE /api/v3/order name the order by orderId or origClientOrderId. */
export function orderKey(request: EmulatorRequest): { orderId?: number; clientOrderId?: string } {
  const orderId = intParam(request, 'orderId');
  const clientOrderId = request.params.get('origClientOrderId') || undefined;
  if (orderId === undefined && clientOrderId === undefined) throw binanceErrors.mandatoryEither('orderId', 'origClientOrderId');
  return { orderId, clientOrderId };
}

/** A parsed JSON value as a record of unknowns; anything but an object is an empty one. */
export function toRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}
