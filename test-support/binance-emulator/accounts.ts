import { randomInt } from 'node:crypto';
import { toBinanceDecimal } from './decimal';
import { type ApiRestrictions, type Balance, type EmulatorKey } from './types';

/** The account behind one API key, as the emulator keeps it. */
export interface Account {
  readonly apiKey: string;
  readonly secretKey: string;
  readonly uid: number;
  readonly canTrade: boolean;
  readonly canWithdraw: boolean;
  readonly canDeposit: boolean;
  readonly permissions: readonly string[];
  readonly restrictions: ApiRestrictions;
  balances: Balance[];
  updateTime: number;
}

function normaliseBalances(balances: readonly Balance[]): Balance[] {
  return balances.map(({ asset, free, locked }) => ({ asset, free: toBinanceDecimal(free), locked: toBinanceDecimal(locked) }));
}

function toAccount(key: EmulatorKey, now: number): Account {
  const permissions = key.permissions ?? {};
  const canTrade = permissions.canTrade ?? true;
  const canWithdraw = permissions.canWithdraw ?? false;
  const restrictions: ApiRestrictions = {
    ipRestrict: false,
    createTime: now,
    enableReading: true,
    enableSpotAndMarginTrading: canTrade,
    enableWithdrawals: canWithdraw,
    enableInternalTransfer: false,
    enableMargin: false,
    enableFutures: false,
    permitsUniversalTransfer: false,
    enableVanillaOptions: false,
    enableFixApiTrade: false,
    enableFixReadBytes: false,
    enablePortfolioMarginTrading: false,
    ...permissions.apiRestrictions,
  };
  return {
    apiKey: key.apiKey,
    secretKey: key.secretKey,
    // Binance uids are nine-digit numbers.
    uid: randomInt(100_000_000, 999_999_999),
    canTrade,
    canWithdraw,
    canDeposit: permissions.canDeposit ?? true,
    permissions: permissions.accountPermissions ?? ['SPOT'],
    restrictions,
    balances: normaliseBalances(key.balances ?? []),
    updateTime: now,
  };
}

export class AccountBook {
  private readonly byKey = new Map<string, Account>();

  constructor(keys: readonly EmulatorKey[], now: number) {
    for (const key of keys) {
      if (this.byKey.has(key.apiKey)) throw new Error(`API key ${key.apiKey} is configured twice`);
      this.byKey.set(key.apiKey, toAccount(key, now));
    }
  }

  find(apiKey: string): Account | undefined {
    return this.byKey.get(apiKey);
  }

  setBalances(apiKey: string, balances: readonly Balance[], now: number): void {
    const account = this.byKey.get(apiKey);
    if (account === undefined) throw new Error(`no account for API key ${apiKey}`);
    account.balances = normaliseBalances(balances);
    account.updateTime = now;
  }
}
