import { type Environment } from '../../shared/domain/enums';
import { type KeyCheck, type KeyWarning } from '../../shared/schemas/accounts';
import { type BinanceClient } from './binance-client';
import { describeExchangeError } from './exchange-error';

type Restrictions = NonNullable<KeyCheck['restrictions']>;

/**
 * Asks the exchange what a key may do: the account endpoint (canTrade, canWithdraw, ...) and,
 * where the exchange offers it, the API-restrictions endpoint. The verdict leads with the one
 * thing that matters most: a key that can withdraw is a key that can empty the account.
 */
export async function checkKey(client: BinanceClient, environment: Exclude<Environment, 'paper'>, now: () => number = Date.now): Promise<KeyCheck> {
  const started = performance.now();
  let account: Record<string, unknown>;
  try {
    account = await client.privateGetAccount();
  } catch (error: unknown) {
    const problem = await describeExchangeError(error);
    return { ...emptyCheck(now()), error: problem, warnings: [{ level: 'danger', code: problem.code, message: problem.message }] };
  }
  const latencyMs = Math.round(performance.now() - started);
  const { restrictions, note } = await readRestrictions(client, environment);
  const canTrade = asBoolean(account.canTrade);
  const canWithdraw = asBoolean(account.canWithdraw);
  return {
    isOk: true,
    testedAt: now(),
    latencyMs,
    canTrade,
    canWithdraw,
    canDeposit: asBoolean(account.canDeposit),
    accountType: typeof account.accountType === 'string' ? account.accountType : null,
    permissions: Array.isArray(account.permissions) ? account.permissions.filter((p): p is string => typeof p === 'string') : [],
    restrictions,
    restrictionsNote: note,
    warnings: warningsFor(canTrade, canWithdraw, restrictions),
    error: null,
  };
}

async function readRestrictions(
  client: BinanceClient,
  environment: Exclude<Environment, 'paper'>,
): Promise<{ restrictions: Restrictions | null; note: string | null }> {
  if (environment === 'binance-testnet') {
    return { restrictions: null, note: 'The Spot Testnet has no API-restrictions endpoint; the account endpoint is all it tells.' };
  }
  try {
    const raw = await client.sapiGetAccountApiRestrictions();
    return {
      restrictions: {
        ipRestrict: raw.ipRestrict === true,
        enableReading: raw.enableReading === true,
        enableSpotAndMarginTrading: raw.enableSpotAndMarginTrading === true,
        enableWithdrawals: raw.enableWithdrawals === true,
        enableInternalTransfer: raw.enableInternalTransfer === true,
        enableMargin: raw.enableMargin === true,
        enableFutures: raw.enableFutures === true,
        permitsUniversalTransfer: raw.permitsUniversalTransfer === true,
      },
      note: null,
    };
  } catch (error: unknown) {
    const problem = await describeExchangeError(error);
    return { restrictions: null, note: `The API-restrictions endpoint could not be read: ${problem.message}` };
  }
}

function warningsFor(canTrade: boolean | null, canWithdraw: boolean | null, restrictions: Restrictions | null): KeyWarning[] {
  const warnings: KeyWarning[] = [];
  if (canWithdraw === true || restrictions?.enableWithdrawals === true) {
    warnings.push({
      level: 'danger',
      code: 'WITHDRAWALS_ENABLED',
      message:
        'This key can WITHDRAW funds. Tradewind never needs that, and anyone who obtains the key could empty the account. ' +
        'On Binance, open API Management, edit this key and untick "Enable Withdrawals", then test again.',
    });
  }
  if (canTrade === false || restrictions?.enableSpotAndMarginTrading === false) {
    warnings.push({
      level: 'warning',
      code: 'CANNOT_TRADE',
      message: 'This key cannot trade spot: balances and history work, placing orders will be refused. Enable "Spot & Margin Trading" for it.',
    });
  }
  if (restrictions !== null && !restrictions.ipRestrict) {
    warnings.push({
      level: 'warning',
      code: 'NO_IP_RESTRICTION',
      message: 'This key works from any IP address. Restricting it to your own IP on Binance makes a stolen key far less useful.',
    });
  }
  const extras = [
    restrictions?.enableFutures && 'futures',
    restrictions?.enableMargin && 'margin',
    (restrictions?.enableInternalTransfer || restrictions?.permitsUniversalTransfer) && 'transfers',
  ].filter((extra): extra is string => typeof extra === 'string');
  if (extras.length > 0) {
    warnings.push({
      level: 'info',
      code: 'MORE_THAN_NEEDED',
      message: `This key may also use ${extras.join(', ')}, which Tradewind does not need. Fewer permissions mean less to lose.`,
    });
  }
  return warnings;
}

function asBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function emptyCheck(testedAt: number): Omit<KeyCheck, 'error' | 'warnings'> {
  return {
    isOk: false,
    testedAt,
    latencyMs: null,
    canTrade: null,
    canWithdraw: null,
    canDeposit: null,
    accountType: null,
    permissions: [],
    restrictions: null,
    restrictionsNote: null,
  };
}
