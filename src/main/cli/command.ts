import { type ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  readonly values: Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>;
  readonly positionals: readonly string[];
  readonly dataDir: string;
  readonly isJson: boolean;
  readonly out: (text: string) => void;
}

/** A CLI command; later issues add import, download, backtest and sweep beside `info`. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: OptionSpecs;
  run(context: CommandContext): Promise<void>;
}

/** Bad input from the person: one line, exit code 2, nothing written. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
