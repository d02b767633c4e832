import { type Fixed, formatFixed, toFixed } from './fixed';
import { type Balance } from './types';

interface Holding {
  free: Fixed;
  locked: Fixed;
}

/**
 * One account's balances, exact to 1e-8. Every change records the asset, so the user data
 * stream can report exactly the assets an operation touched.
 */
export class Ledger {
  private holdings = new Map<string, Holding>();
  private readonly touched = new Set<string>();

  constructor(balances: readonly Balance[] = []) {
    this.reset(balances);
  }

  reset(balances: readonly Balance[]): void {
    this.holdings = new Map(balances.map(({ asset, free, locked }) => [asset, { free: toFixed(free), locked: toFixed(locked) }]));
  }

  free(asset: string): Fixed {
    return this.holdings.get(asset)?.free ?? 0n;
  }

  locked(asset: string): Fixed {
    return this.holdings.get(asset)?.locked ?? 0n;
  }

  /** Moves free to locked; the caller has checked that enough is free. */
  lock(asset: string, amount: Fixed): void {
    this.change(asset, -amount, amount);
  }

  unlock(asset: string, amount: Fixed): void {
    this.change(asset, amount, -amount);
  }

  /** Pays out of the locked part, as a fill does. */
  spendLocked(asset: string, amount: Fixed): void {
    this.change(asset, 0n, -amount);
  }

  /** Adds to (or, with a negative amount, takes from) the free part. */
  credit(asset: string, amount: Fixed): void {
    this.change(asset, amount, 0n);
  }

  /** The assets changed since the last call, in the order the ledger lists them. */
  drainTouched(): { asset: string; free: Fixed; locked: Fixed }[] {
    const touched = [...this.holdings.entries()].filter(([asset]) => this.touched.has(asset));
    this.touched.clear();
    return touched.map(([asset, holding]) => ({ asset, ...holding }));
  }

  toBalances(): Balance[] {
    return [...this.holdings.entries()].map(([asset, { free, locked }]) => ({ asset, free: formatFixed(free), locked: formatFixed(locked) }));
  }

  private change(asset: string, freeDelta: Fixed, lockedDelta: Fixed): void {
    if (freeDelta === 0n && lockedDelta === 0n) return;
    const holding = this.holdings.get(asset) ?? { free: 0n, locked: 0n };
    const next = { free: holding.free + freeDelta, locked: holding.locked + lockedDelta };
    if (next.free < 0n || next.locked < 0n) throw new Error(`ledger for ${asset} would go negative: ${formatFixed(next.free)} / ${formatFixed(next.locked)}`);
    this.holdings.set(asset, next);
    this.touched.add(asset);
  }
}
