import { unwrap } from '../../src/shared/rpc/unwrap';
import { callCore } from '../../src/main/api/call';
import { findMigrationsDir } from '../../src/main/config/project-paths';
import { openCoreHost } from '../../src/main/core/core-host';
import { type App } from '../../src/main/app';
import { TEST_PASSPHRASE, TEST_SCRYPT } from '../test-crypto';

export interface ChildCore {
  readonly app: App;
  /** A contract call as a window makes it; throws on an error result. */
  readonly call: <T>(method: Parameters<typeof callCore>[1], input: unknown) => Promise<T>;
  /** The id of the `custom` account on the emulator called `name`, added on the first start. */
  readonly accountOn: (name: string, emulatorUrl: string, apiKey: string, secret: string) => Promise<number>;
}

/** A crash test's child: the real core on the data folder, its vault set up or unlocked with the test passphrase. */
export async function openChildCore(dataDir: string, options: { shell: 'cli' | 'web'; isHostingShell?: boolean }): Promise<ChildCore> {
  const core = await openCoreHost({ shell: options.shell, dataDir, migrationsFolder: findMigrationsDir(), consoleLogLevel: 'error', scrypt: TEST_SCRYPT, ...(options.isHostingShell === true ? { isHostingShell: true } : {}) });
  const app = core.current();
  if (app === null) throw new Error('the data folder did not open');
  const call = async <T>(method: Parameters<typeof callCore>[1], input: unknown): Promise<T> => unwrap(await callCore(core.router, method, input as never, { transport: 'test' })) as T;
  if ((await app.vault.status()).state === 'uninitialized') await call('vault.setup', { mode: 'passphrase', passphrase: TEST_PASSPHRASE });
  else await call('vault.unlock', { passphrase: TEST_PASSPHRASE });
  return {
    app,
    call,
    accountOn: async (name, emulatorUrl, apiKey, secret) => {
      const existing = app.accounts.list().find((account) => account.name === name);
      return existing?.id ?? (await call<{ id: number }>('accounts.create', { name, environment: 'custom', baseUrl: emulatorUrl, apiKey, apiSecret: secret })).id;
    },
  };
}
