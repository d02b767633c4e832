import { LOG_LEVELS, type LogLevel } from '../../shared/domain/enums';
import { redactContext } from './redact';

export interface LogRecord {
  readonly ts: number;
  readonly level: LogLevel;
  readonly module: string;
  readonly message: string;
  readonly context: Record<string, unknown> | null;
}

/** Where log records go. A sink that stores records returns the stored id. */
export interface LogSink {
  write(record: LogRecord): number | null;
}

type LogFn = (message: string, context?: Record<string, unknown>) => number | null;

/**
 * Each call returns the id of the stored log entry (or null when no sink stores it), so an
 * error reply can point the person at the exact line.
 */
export interface Logger {
  readonly module: string;
  readonly debug: LogFn;
  readonly info: LogFn;
  readonly warn: LogFn;
  readonly error: LogFn;
  child(module: string): Logger;
}

export function createLogger(sinks: readonly LogSink[], module = 'core', now: () => number = Date.now): Logger {
  const at =
    (level: LogLevel): LogFn =>
    (message, context) => {
      const record: LogRecord = { ts: now(), level, module, message, context: redactContext(context) };
      let storedId: number | null = null;
      for (const sink of sinks) storedId = sink.write(record) ?? storedId;
      return storedId;
    };
  return {
    module,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (childModule) => createLogger(sinks, childModule, now),
  };
}

export function levelAtLeast(level: LogLevel, minimum: LogLevel): boolean {
  return LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(minimum);
}
