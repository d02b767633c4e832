import { parseArgs } from 'node:util';
import { defaultDataDir, resolveDataDir } from './config/data-dir';
import { acquireInstanceLock } from './config/instance-lock';
import { openCoreHost } from './core/core-host';
import { findMigrationsDir, findRendererDir } from './config/project-paths';
import { createAccessToken, isLoopbackHost } from './web/access-policy';
import { DEFAULT_WEB_PORT, startWebServer } from './web/web-server';

const USAGE = `Usage: node out/main/web.js [--port <n>] [--host <address>] [--data-dir <folder>]

Serves the Tradewind workstation to a browser on this machine.
  --port      TCP port (default ${DEFAULT_WEB_PORT}; 0 picks a free one)
  --host      address to bind (default 127.0.0.1; anything else is reachable from the network)
  --data-dir  data folder (default: TRADEWIND_DATA_DIR, else the OS app-data folder)
The URL to open, access token included, is printed on stdout on a line of its own.`;

interface WebOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
}

/** Null after printing --help. Throws on bad options, which exit with code 2. */
function parseOptions(): WebOptions | null {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return null;
  }
  return {
    port: parsePort(values.port),
    host: values.host,
    dataDir: resolveDataDir(values['data-dir'], process.env, () => defaultDataDir()),
  };
}

async function serve({ port, host, dataDir }: WebOptions): Promise<void> {
  const rendererDir = findRendererDir();
  const releaseLock = acquireInstanceLock(dataDir, 'web');
  const core = await openCoreHost({
    shell: 'web',
    dataDir,
    migrationsFolder: findMigrationsDir(),
    heartbeatMs: 5_000,
    isHostingShell: true,
    binanceTestnetUrl: process.env.TRADEWIND_BINANCE_TESTNET_URL ?? null,
  }).catch((error: unknown) => {
    releaseLock();
    throw error;
  });
  // A library promise nobody awaits (ccxt leaves one when a stream subscription fails) must not stop a trading host.
  process.on('unhandledRejection', (reason) => core.logger.child('web').error('Unhandled promise rejection', { reason }));
  if (!isLoopbackHost(host)) {
    core.logger
      .child('web')
      .warn(`Bound to ${host}: the workstation is reachable from other machines; anyone with the URL and the passphrase can trade.`);
  }
  const server = await startWebServer({ core, bindAddress: host, port, rendererDir, token: createAccessToken() }).catch(
    (error: unknown) => {
      core.close();
      releaseLock();
      throw isErrno(error, 'EADDRINUSE') ? new Error(`Port ${port} is in use; pass --port <n> (0 picks a free one)`) : error;
    },
  );
  process.stdout.write(`${server.url}\n`);

  let isStopping = false;
  const stop = (signal: string): void => {
    if (isStopping) return;
    isStopping = true;
    core.logger.child('web').info(`Stopping (${signal})`);
    void server.close().finally(() => {
      core.close();
      releaseLock();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WEB_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be 0-65535, got "${text}"`);
  return port;
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}

function fail(error: unknown, exitCode: number): never {
  process.stderr.write(`tradewind web: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
  process.exit(exitCode);
}

let options: WebOptions | null = null;
try {
  options = parseOptions();
} catch (error: unknown) {
  fail(error, 2);
}
if (options !== null) await serve(options).catch((error: unknown) => fail(error, 1));
