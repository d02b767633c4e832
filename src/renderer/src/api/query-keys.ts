import { type LogFilter } from './log-filter';
import { type OrderFilter } from './order-cache';

export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  authState: ['auth', 'state'] as const,
  vaultStatus: ['vault', 'status'] as const,
  settings: ['settings'] as const,
  accounts: ['accounts', 'list'] as const,
  sessions: ['sessions', 'list'] as const,
  backups: ['backup', 'list'] as const,
  auditList: ['audit', 'list'] as const,
  /** Prefix of every cached log listing, whatever its filter. */
  logLists: ['log', 'list'] as const,
  logList: (filter: LogFilter) => ['log', 'list', filter] as const,
  exchangeStatus: ['exchange', 'status'] as const,
  /** Prefix of every cached order listing, whatever its filter. */
  orderLists: ['orders', 'list'] as const,
  orderList: (filter: OrderFilter) => ['orders', 'list', filter] as const,
  fills: (clientOrderId: string) => ['fills', clientOrderId] as const,
};

/** What a browser may still hold before signing in: everything else is dropped on sign-out. */
export const PUBLIC_QUERY_ROOTS: readonly string[] = ['app', 'auth', 'vault'];
