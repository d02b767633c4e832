import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type MethodInput, type MethodName, type MethodOutput } from '../src/shared/contract';
import { type Result } from '../src/shared/rpc/errors';
import { unwrap } from '../src/shared/rpc/unwrap';
import { callCore } from '../src/main/api/call';
import { type App } from '../src/main/app';
import { findMigrationsDir } from '../src/main/config/project-paths';
import { openCoreHost, type CoreHost } from '../src/main/core/core-host';
import { type GatewayFactory } from '../src/main/exchange/exchange-service';
import { type HostConfig } from '../src/main/core/host-config';
import { ROWS, TRADER } from './binance-emulator/market-fixtures';
import { startBinanceEmulator } from './binance-emulator/server';
import { type BinanceEmulator, type EmulatorOptions } from './binance-emulator/types';
import { TEST_PASSPHRASE, TEST_SCRYPT } from './test-crypto';

export interface TradingFixture {
  readonly emulator: BinanceEmulator;
  readonly core: CoreHost;
  readonly app: App;
  readonly dataDir: string;
  readonly accountId: number;
  /** A contract call as a window makes it; throws on an error result. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The same, returning the Result as it is. */
  result<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  close(): Promise<void>;
}

export interface TradingOptions {
  readonly emulator?: EmulatorOptions;
  readonly exchangeTimeoutMs?: number;
  readonly dataDir?: string;
  /** Replaces the ccxt gateway (benchmarks); the emulator then only names the account's URL. */
  readonly createGateway?: GatewayFactory;
  /** Trade on this running emulator (left running on close) instead of starting one. */
  readonly emulatorInstance?: BinanceEmulator;
  /** Open as the shell holding the folder does: deployments left running start again. */
  readonly isHostingShell?: boolean;
  /** Replaces how deployments start their strategy (misbehaving strategies in tests). */
  readonly startStrategy?: HostConfig['startStrategy'];
}

/**
 * The real core (journal, gateway over the real ccxt client) trading on the local emulator
 * through a `custom` account, with the hand-made BTCUSDT bars and a manual market clock.
 */
export async function startTrading(options: TradingOptions = {}): Promise<TradingFixture> {
  const emulator = options.emulatorInstance ?? (await startBinanceEmulator({ keys: [TRADER], market: { BTCUSDT: { rows: ROWS, interval: '1m' } }, replay: { speed: 0 }, ...options.emulator }));
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-trading-'));
  const core = await openCoreHost({
    shell: 'web',
    dataDir,
    migrationsFolder: findMigrationsDir(),
    consoleLogLevel: 'error',
    scrypt: TEST_SCRYPT,
    ...(options.exchangeTimeoutMs === undefined ? {} : { exchangeTimeoutMs: options.exchangeTimeoutMs }),
    ...(options.createGateway === undefined ? {} : { createGateway: options.createGateway }),
    ...(options.startStrategy === undefined ? {} : { startStrategy: options.startStrategy }),
    ...(options.isHostingShell === undefined ? {} : { isHostingShell: options.isHostingShell }),
  });
  const app = core.current();
  if (app === null) throw new Error('expected the database to open');
  const ctx = { transport: 'test' } as const;
  const result = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => callCore(core.router, method, input, ctx);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => unwrap(await result(method, input));
  const vault = await app.vault.status();
  if (vault.state === 'uninitialized') await call('vault.setup', { mode: 'passphrase', passphrase: TEST_PASSPHRASE });
  else await call('vault.unlock', { passphrase: TEST_PASSPHRASE });
  const existing = app.accounts.list().find((account) => account.name === 'Emulator');
  const accountId =
    existing?.id ??
    (await call('accounts.create', { name: 'Emulator', environment: 'custom', baseUrl: emulator.url, apiKey: TRADER.apiKey, apiSecret: TRADER.secretKey })).id;
  return {
    emulator,
    core,
    app,
    dataDir,
    accountId,
    call,
    result,
    close: async () => {
      await app.exchange.closeAll();
      core.close();
      if (options.emulatorInstance === undefined) await emulator.close();
      if (options.dataDir === undefined) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
