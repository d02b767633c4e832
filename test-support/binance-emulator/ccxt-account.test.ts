import { afterEach, describe, expect, it } from 'vitest';
import { ccxtOnEmulator, type CcxtOnEmulator } from './ccxt-client';
import { expectOnlyEmulatorTraffic, keyString } from './fixtures';
import { startBinanceEmulator } from './server';
import { type BinanceEmulator, type EmulatorKey } from './types';

const TRADER: EmulatorKey = {
  apiKey: keyString('traderKey'),
  secretKey: keyString('traderSecret'),
  permissions: {
    canTrade: true,
    canWithdraw: false,
    canDeposit: true,
    accountPermissions: ['SPOT', 'MARGIN'],
    apiRestrictions: { ipRestrict: true, enableMargin: true, createTime: 1_700_000_000_000, tradingAuthorityExpirationTime: 1_800_000_000_000 },
  },
  balances: [
    { asset: 'USDT', free: '1234.5', locked: '100' },
    { asset: 'BTC', free: '0.00012345', locked: '0' },
    { asset: 'ETH', free: '0', locked: '0' },
  ],
};
const WITHDRAWER: EmulatorKey = {
  apiKey: keyString('withdrawerKey'),
  secretKey: keyString('withdrawerSecret'),
  permissions: { canTrade: false, canWithdraw: true },
};

let emulator: BinanceEmulator;
let clients: CcxtOnEmulator[] = [];

async function start(): Promise<void> {
  emulator = await startBinanceEmulator({ keys: [TRADER, WITHDRAWER] });
  clients = [];
}

function client(key: EmulatorKey): CcxtOnEmulator['exchange'] {
  const connected = ccxtOnEmulator(emulator.url, { apiKey: key.apiKey, secret: key.secretKey });
  clients.push(connected);
  return connected.exchange;
}

afterEach(async () => {
  expectOnlyEmulatorTraffic(emulator, clients);
  await emulator.close();
});

describe('the account through ccxt', () => {
  it('privateGetAccount returns the whole account shape with the flags as configured', async () => {
    await start();
    const account = await client(TRADER).privateGetAccount();
    expect(account).toMatchObject({
      makerCommission: 10,
      takerCommission: 10,
      commissionRates: { maker: '0.00100000', taker: '0.00100000', buyer: '0.00000000', seller: '0.00000000' },
      canTrade: true,
      canWithdraw: false,
      canDeposit: true,
      brokered: false,
      requireSelfTradePrevention: false,
      preventSor: false,
      accountType: 'SPOT',
      permissions: ['SPOT', 'MARGIN'],
      balances: [
        { asset: 'USDT', free: '1234.50000000', locked: '100.00000000' },
        { asset: 'BTC', free: '0.00012345', locked: '0.00000000' },
        { asset: 'ETH', free: '0.00000000', locked: '0.00000000' },
      ],
    });
    expect(account['uid']).toEqual(expect.any(Number));
    expect(account['updateTime']).toEqual(expect.any(Number));
    const withdrawer = await client(WITHDRAWER).privateGetAccount();
    expect(withdrawer).toMatchObject({ canTrade: false, canWithdraw: true, permissions: ['SPOT'], balances: [] });
  });

  it('omitZeroBalances drops the empty assets', async () => {
    await start();
    const account = await client(TRADER).privateGetAccount({ omitZeroBalances: true });
    expect((account['balances'] as { asset: string }[]).map((balance) => balance.asset)).toEqual(['USDT', 'BTC']);
  });

  it('fetchBalance parses free, used and total, and follows setBalances', async () => {
    await start();
    const exchange = client(TRADER);
    const balance = await exchange.fetchBalance();
    expect(balance['USDT']).toEqual({ free: 1234.5, used: 100, total: 1334.5 });
    expect(balance['BTC']).toEqual({ free: 0.00012345, used: 0, total: 0.00012345 });

    emulator.setBalances(TRADER.apiKey, [{ asset: 'SOL', free: '3', locked: '1.5' }]);
    const after = await exchange.fetchBalance();
    expect(after['SOL']).toEqual({ free: 3, used: 1.5, total: 4.5 });
    expect(after['USDT']).toBeUndefined();
  });

  it('sapiGetAccountApiRestrictions returns the restrictions, derived ones included', async () => {
    await start();
    expect(await client(TRADER).sapiGetAccountApiRestrictions()).toEqual({
      ipRestrict: true,
      createTime: 1_700_000_000_000,
      enableReading: true,
      enableSpotAndMarginTrading: true,
      enableWithdrawals: false,
      enableInternalTransfer: false,
      enableMargin: true,
      enableFutures: false,
      permitsUniversalTransfer: false,
      enableVanillaOptions: false,
      enableFixApiTrade: false,
      enableFixReadBytes: false,
      enablePortfolioMarginTrading: false,
      tradingAuthorityExpirationTime: 1_800_000_000_000,
    });
    expect(await client(WITHDRAWER).sapiGetAccountApiRestrictions()).toMatchObject({
      enableSpotAndMarginTrading: false,
      enableWithdrawals: true,
    });
  });

  it('reports used weight in the headers ccxt reads, and receives signed GETs as ccxt sends them', async () => {
    await start();
    const exchange = client(TRADER);
    await exchange.fetchTime();
    expect(exchange.last_response_headers?.['X-Mbx-Used-Weight-1m']).toMatch(/^\d+$/);
    await exchange.privateGetAccount();
    await exchange.sapiGetAccountApiRestrictions();
    expect(exchange.last_response_headers?.['X-Sapi-Used-Ip-Weight-1m']).toMatch(/^\d+$/);
    expect(exchange.last_response_headers).not.toHaveProperty('X-Mbx-Used-Weight-1m');

    const [, account, restrictions] = emulator.requests;
    for (const signed of [account, restrictions]) {
      expect(signed?.method).toBe('GET');
      expect(signed?.apiKey).toBe(TRADER.apiKey);
      expect(signed?.query).toMatch(/^timestamp=\d{13}&recvWindow=10000&signature=[0-9a-f]{64}$/);
    }
  });
});
