import { type Environment } from '../../../../../shared/domain/enums';
import { type KeyCheck, type KeyWarning } from '../../../../../shared/schemas/accounts';

/** The add form offers them in this order: the safe choice first. */
export const ENVIRONMENT_CHOICES: readonly Environment[] = ['binance-testnet', 'binance', 'paper', 'custom'];

export const ENVIRONMENT_LABELS: Readonly<Record<Environment, string>> = {
  'binance-testnet': 'Binance Spot Testnet',
  binance: 'Binance (live, real funds)',
  paper: 'Paper (simulated fills, no key)',
  custom: 'Custom Binance-compatible URL',
};

export const ENVIRONMENT_BADGES: Record<Environment, { readonly label: string; readonly tone: 'live' | 'testnet' | 'paper' | 'custom' }> = {
  binance: { label: 'Live', tone: 'live' },
  'binance-testnet': { label: 'Testnet', tone: 'testnet' },
  paper: { label: 'Paper', tone: 'paper' },
  custom: { label: 'Custom', tone: 'custom' },
};

const LEVEL_RANK: Record<KeyWarning['level'], number> = { danger: 0, warning: 1, info: 2 };

/** Danger first, then warnings, then notes; the order within a level is the core's. */
export function sortWarnings(warnings: readonly KeyWarning[]): KeyWarning[] {
  return [...warnings].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
}

/** The most serious level among a check's warnings, or null when there are none. */
export function worstLevel(warnings: readonly KeyWarning[]): KeyWarning['level'] | null {
  return sortWarnings(warnings)[0]?.level ?? null;
}

/** Whether the key can withdraw by either of the two ways the exchange can say so. */
export function canWithdraw(check: KeyCheck): boolean | null {
  if (check.canWithdraw === true || check.restrictions?.enableWithdrawals === true) return true;
  return check.canWithdraw ?? check.restrictions?.enableWithdrawals ?? null;
}

/** Whether the key is tied to IP addresses; null when the exchange did not say (the testnet). */
export function ipRestricted(check: KeyCheck): boolean | null {
  return check.restrictions?.ipRestrict ?? null;
}

/** The host of a custom base URL, for a badge's tooltip and the table. */
export function hostOf(baseUrl: string | null): string | null {
  if (baseUrl === null) return null;
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

export const RESTRICTION_LABELS: ReadonlyArray<readonly [keyof NonNullable<KeyCheck['restrictions']>, string]> = [
  ['enableReading', 'Reading'],
  ['enableSpotAndMarginTrading', 'Spot & margin trading'],
  ['enableWithdrawals', 'Withdrawals'],
  ['enableInternalTransfer', 'Internal transfer'],
  ['permitsUniversalTransfer', 'Universal transfer'],
  ['enableMargin', 'Margin'],
  ['enableFutures', 'Futures'],
  ['ipRestrict', 'Restricted to trusted IPs'],
];
