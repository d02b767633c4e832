import { createHash } from 'node:crypto';
import { type BacktestTrade } from './engine-types';

/**
 * A hash of the trade list: the same inputs give the same trades, so the same fingerprint,
 * and a faster engine proves it changed no trade. Numbers are written in JavaScript's shortest
 * round-trip form, which is exact and the same on every machine.
 */
export function tradesFingerprint(trades: readonly BacktestTrade[]): string {
  const hash = createHash('sha256');
  for (const trade of trades) {
    hash.update(`${trade.entryTime},${trade.entryPrice},${trade.exitTime ?? ''},${trade.exitPrice ?? ''},${trade.quantity},${trade.fees},${trade.pnl},${trade.exitReason ?? ''}\n`);
  }
  return hash.digest('hex');
}

/** Parameters in a canonical form (keys sorted), hashed: which configuration a run used. */
export function parameterHash(params: Readonly<Record<string, unknown>>): string {
  const sorted = Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
}
