import { type LogLevel } from '../../shared/domain/enums';
import { levelAtLeast, type LogRecord, type LogSink } from './logger';

/**
 * Human-readable lines on stderr. stdout is kept for what scripts read (the web shell's URL,
 * the CLI's output), so logs never get in their way.
 */
export function createConsoleSink(minimum: LogLevel, stream: NodeJS.WritableStream = process.stderr): LogSink {
  return {
    write(record: LogRecord): null {
      if (!levelAtLeast(record.level, minimum)) return null;
      const context = record.context === null ? '' : ` ${JSON.stringify(record.context)}`;
      stream.write(
        `${new Date(record.ts).toISOString()} ${record.level.toUpperCase().padEnd(5)} ${record.module}: ${record.message}${context}\n`,
      );
      return null;
    },
  };
}
