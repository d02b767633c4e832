import { LOG_LEVELS, type LogLevel } from '../../../shared/domain/enums';
import { type LogEntry, type LogListInput } from '../../../shared/schemas/log';

/** What the log panel shows. Part of the query key, so it is kept in one canonical form. */
export interface LogFilter {
  /** In LOG_LEVELS order, no duplicates; empty shows nothing. */
  readonly levels: readonly LogLevel[];
  /** null: every module. */
  readonly module: string | null;
}

export const DEFAULT_LOG_FILTER: LogFilter = { levels: LOG_LEVELS, module: null };

export function toggleLevel(filter: LogFilter, level: LogLevel): LogFilter {
  const isOn = filter.levels.includes(level);
  return {
    ...filter,
    levels: LOG_LEVELS.filter((candidate) => (candidate === level ? !isOn : filter.levels.includes(candidate))),
  };
}

export function matchesLogFilter(entry: LogEntry, filter: LogFilter): boolean {
  return filter.levels.includes(entry.level) && (filter.module === null || entry.module === filter.module);
}

/** The `log.list` input for one page; every level selected is the same as no level filter. */
export function logListInput(filter: LogFilter, limit: number, before: number | null): LogListInput {
  return {
    limit,
    ...(before === null ? {} : { before }),
    ...(filter.levels.length === LOG_LEVELS.length ? {} : { levels: [...filter.levels] }),
    ...(filter.module === null ? {} : { module: filter.module }),
  };
}
