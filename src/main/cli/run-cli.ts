import { parseArgs } from 'node:util';
import { defaultDataDir, resolveDataDir } from '../config/data-dir';
import { UsageError, type Command, type OptionSpecs } from './command';
import { backtestCommand } from './commands/backtest';
import { backupCommand } from './commands/backup';
import { exportCommand } from './commands/export';
import { infoCommand } from './commands/info';
import { coverageCommand, downloadCommand, importCommand } from './commands/market-commands';
import { sweepCommand } from './commands/sweep';

export const COMMANDS: readonly Command[] = [infoCommand, backupCommand, exportCommand, importCommand, downloadCommand, coverageCommand, backtestCommand, sweepCommand];

const GLOBAL_OPTIONS: OptionSpecs = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: tradewind <command> [--data-dir <folder>] [--json]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Every command takes --data-dir (default: TRADEWIND_DATA_DIR, else the OS app-data folder)',
    'and --json (machine-readable output on stdout).',
  ].join('\n');
}

/** Runs one command line and returns the exit code: 0 done, 1 failed, 2 bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; run "tradewind --help" for the list`);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help === true) {
      io.out(command.usage);
      return 0;
    }
    const dataDirFlag = parsed.values['data-dir'];
    const dataDir = resolveDataDir(typeof dataDirFlag === 'string' ? dataDirFlag : undefined, io.env, () => defaultDataDir());
    await command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      dataDir,
      isJson: parsed.values.json === true,
      out: io.out,
    });
    return 0;
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`tradewind: ${firstLine(message)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function parseCommandArgs(command: Command, args: readonly string[]): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({
      args: [...args],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      strict: true,
      allowPositionals: 'allowPositionals' in command && command.allowPositionals === true,
    });
  } catch (error: unknown) {
    throw new UsageError(`${command.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
