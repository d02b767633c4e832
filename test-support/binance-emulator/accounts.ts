import { randomInt } from 'node:crypto';
import { type Fixed, toFixed } from './fixed';
import { Ledger } from './ledger';
import { type ApiRestrictions, type Balance, type EmulatorKey } from './types';

// Binance's default spot tier: 0.1% maker and taker.
const DEFAULT_COMMISSION_RATE = '0.001';

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
  readonly makerRate: Fixed;
  readonly takerRate: Fixed;
  readonly ledger: Ledger;
  updateTime: number;
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
    makerRate: toFixed(key.commission?.maker ?? DEFAULT_COMMISSION_RATE),
    takerRate: toFixed(key.commission?.taker ?? DEFAULT_COMMISSION_RATE),
    ledger: new Ledger(key.balances ?? []),
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

  get(apiKey: string): Account {
    const account = this.byKey.get(apiKey);
    if (account === undefined) throw new Error(`no account for API key ${apiKey}`);
    return account;
  }

  all(): Account[] {
    return [...this.byKey.values()];
  }

  setBalances(apiKey: string, balances: readonly Balance[], now: number): void {
    const account = this.get(apiKey);
    account.ledger.reset(balances);
    account.updateTime = now;
  }
}
