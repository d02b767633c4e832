import { toDecimal } from '../../shared/exchange/decimal';
import { formatAmount, formatPercent } from '../../shared/portfolio/position-view';

/** How far the value moved between two snapshots, absolute and in percent of the first; null where either is unknown. */
export function equityChange(starting: string | null, ending: string | null): { equityChange: string | null; equityChangePct: string | null } {
  if (starting === null || ending === null) return { equityChange: null, equityChangePct: null };
  const start = toDecimal(starting, 'Starting equity');
  const change = toDecimal(ending, 'Ending equity').minus(start);
  return { equityChange: formatAmount(change), equityChangePct: formatPercent(change, start) };
}
