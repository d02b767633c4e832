import { type LogFilter } from './log-filter';

export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  /** Prefix of every cached log listing, whatever its filter. */
  logLists: ['log', 'list'] as const,
  logList: (filter: LogFilter) => ['log', 'list', filter] as const,
};
