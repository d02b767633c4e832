import { type StrategyStepper } from '../deployments/deployment-runner';
import { type LogLevel, type Shell } from '../../shared/domain/enums';
import { type GatewayFactory } from '../exchange/exchange-service';
import { type OpenDatabase } from '../store/open-store';
import { type Keychain } from '../vault/keychain';
import { type ScryptParams } from '../vault/vault-crypto';

/** Everything a shell decides about the core it hosts. */
export interface HostConfig {
  readonly shell: Shell;
  readonly dataDir: string;
  readonly migrationsFolder: string;
  /** The desktop shell passes its own build of better-sqlite3 (see src/main/index.ts). */
  readonly openDatabase?: OpenDatabase;
  readonly electronVersion?: string | null;
  readonly consoleLogLevel?: LogLevel;
  readonly storeLogLevel?: LogLevel;
  /** How often `app.status` is repeated; 0 or absent turns the heartbeat off (the CLI). */
  readonly heartbeatMs?: number;
  /** The OS keychain (desktop only); without one the vault is passphrase-protected. */
  readonly keychain?: Keychain | null;
  /** Tests use cheaper key derivation; real vaults use the default. */
  readonly scrypt?: ScryptParams;
  /** How long a request to the exchange may take before it counts as unanswered (default 10 s). */
  readonly exchangeTimeoutMs?: number;
  /** The Spot Testnet's REST root when not Binance's own (TRADEWIND_BINANCE_TESTNET_URL; tests use the emulator). */
  readonly binanceTestnetUrl?: string | null;
  /** Stands in for the exchange (benchmarks); shells leave it unset, and accounts trade through ccxt. */
  readonly createGateway?: GatewayFactory;
  /** Starts a deployment's strategy; by default a worker thread per deployment with a time budget per step (tests swap in misbehaving strategies). */
  readonly startStrategy?: (strategyType: string, params: unknown) => Promise<StrategyStepper>;
  /**
   * The shell that holds the data folder (desktop, web): it runs scheduled backups and purges,
   * and ends web sessions left over from a previous run. One-shot CLI commands do not.
   */
  readonly isHostingShell?: boolean;
}
