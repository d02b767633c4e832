import { type LogLevel } from '../../shared/domain/enums';
import { type EventBus } from '../core/event-bus';
import { type LogRepo } from './log-repo';
import { levelAtLeast, type LogRecord, type LogSink } from './logger';

export interface SwitchableStoreSink extends LogSink {
  /** Points the sink at the running core's log table, or at nothing while there is none. */
  attach(repo: LogRepo | null): void;
}

/**
 * Writes log records to the system log table of whichever database is open, and announces
 * each one so an open log panel appends it live. The logger outlives any one database (a
 * restore swaps it), so the table is attached rather than fixed. If the database cannot take
 * the line, it goes to stderr instead: logging must never be what breaks a request.
 */
export function createSwitchableStoreSink(bus: EventBus, minimum: LogLevel): SwitchableStoreSink {
  let repo: LogRepo | null = null;
  return {
    attach(next) {
      repo = next;
    },
    write(record: LogRecord): number | null {
      if (repo === null || !levelAtLeast(record.level, minimum)) return null;
      try {
        const entry = repo.insert(record);
        bus.emit('log.appended', entry);
        return entry.id;
      } catch (error: unknown) {
        process.stderr.write(`log store unavailable (${String(error)}): ${record.module}: ${record.message}\n`);
        return null;
      }
    },
  };
}
