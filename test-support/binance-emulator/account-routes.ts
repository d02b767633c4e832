import { type Account } from './accounts';
import { isZeroDecimal } from './decimal';
import { binanceErrors } from './errors';
import { formatFixed, ONE } from './fixed';
import { type EmulatorRequest } from './request';
import { type Route } from './route';

/** The account's legacy commission fields count basis points. */
function bps(rate: bigint): number {
  return Number((rate * 10_000n) / ONE);
}

function isOmittingZeroBalances(request: EmulatorRequest): boolean {
  const raw = request.params.get('omitZeroBalances');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw binanceErrors.illegalChars();
}

function accountBody(account: Account, omitZeroBalances: boolean): object {
  const all = account.ledger.toBalances();
  const balances = omitZeroBalances
    ? all.filter((balance) => !(isZeroDecimal(balance.free) && isZeroDecimal(balance.locked)))
    : all;
  return {
    makerCommission: bps(account.makerRate),
    takerCommission: bps(account.takerRate),
    buyerCommission: 0,
    sellerCommission: 0,
    commissionRates: { maker: formatFixed(account.makerRate), taker: formatFixed(account.takerRate), buyer: '0.00000000', seller: '0.00000000' },
    canTrade: account.canTrade,
    canWithdraw: account.canWithdraw,
    canDeposit: account.canDeposit,
    brokered: false,
    requireSelfTradePrevention: false,
    preventSor: false,
    updateTime: account.updateTime,
    accountType: 'SPOT',
    balances,
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
