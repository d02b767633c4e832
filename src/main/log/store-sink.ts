import { type LogLevel } from '../../shared/domain/enums';
import { type EventBus } from '../core/event-bus';
import { type LogRepo } from './log-repo';
import { levelAtLeast, type LogRecord, type LogSink } from './logger';

/**
 * Writes log records to the system log table and announces each one, so an open log panel
 * appends it live. If the database cannot take the line, it goes to stderr instead: logging
 * must never be the thing that breaks a request.
 */
export function createStoreSink(repo: LogRepo, bus: EventBus, minimum: LogLevel): LogSink {
  return {
    write(record: LogRecord): number | null {
      if (!levelAtLeast(record.level, minimum)) return null;
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
