import { type Account } from './accounts';
import { isZeroDecimal } from './decimal';
import { binanceErrors } from './errors';
import { type EmulatorRequest } from './request';
import { type Route } from './route';

// Binance's default spot tier: 0.1% maker and taker.
const COMMISSION_BPS = 10;
const COMMISSION_RATE = '0.00100000';

function isOmittingZeroBalances(request: EmulatorRequest): boolean {
  const raw = request.params.get('omitZeroBalances');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw binanceErrors.illegalChars();
}

function accountBody(account: Account, omitZeroBalances: boolean): object {
  const balances = omitZeroBalances
    ? account.balances.filter((balance) => !(isZeroDecimal(balance.free) && isZeroDecimal(balance.locked)))
    : account.balances;
  return {
    makerCommission: COMMISSION_BPS,
    takerCommission: COMMISSION_BPS,
    buyerCommission: 0,
    sellerCommission: 0,
    commissionRates: { maker: COMMISSION_RATE, taker: COMMISSION_RATE, buyer: '0.00000000', seller: '0.00000000' },
    canTrade: account.canTrade,
    canWithdraw: account.canWithdraw,
    canDeposit: account.canDeposit,
    brokered: false,
    requireSelfTradePrevention: false,
    preventSor: false,
    updateTime: account.updateTime,
    accountType: 'SPOT',
    balances: balances.map((balance) => ({ ...balance })),
    permissions: account.permissions,
    uid: account.uid,
  };
}

export const accountRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/v3/account',
    pool: 'api',
    weight: 20,
    security: 'USER_DATA',
    handle: ({ request, account }) => accountBody(account, isOmittingZeroBalances(request)),
  },
  {
    method: 'GET',
    path: '/sapi/v1/account/apiRestrictions',
    pool: 'sapi',
    weight: 1,
    security: 'USER_DATA',
    handle: ({ account }) => account.restrictions,
  },
];
