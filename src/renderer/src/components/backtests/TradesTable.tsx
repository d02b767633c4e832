import { useMemo, useState } from 'react';
import { nextTradeSort, sortTrades, DEFAULT_TRADE_SORT, type BacktestTrade, type TradeSortKey } from '../../api/backtest-trades';
import { formatDuration, formatMoney, formatPct } from '../../api/backtest-metrics';
import { formatUtcMinute } from '../data/utc-time';

interface Props {
  readonly trades: readonly BacktestTrade[];
  readonly selectedSeq: number | null;
  readonly onSelect: (trade: BacktestTrade) => void;
}

const COLUMNS: ReadonlyArray<{ key: TradeSortKey | null; label: string; isRight?: boolean }> = [
  { key: 'seq', label: '#' },
  { key: 'entryTime', label: 'Entry (UTC)' },
  { key: 'exitTime', label: 'Exit (UTC)' },
  { key: 'duration', label: 'Held', isRight: true },
  { key: 'pnl', label: 'P&L', isRight: true },
  { key: 'returnPct', label: 'Return', isRight: true },
  { key: null, label: 'Entry price', isRight: true },
  { key: null, label: 'Exit price', isRight: true },
  { key: 'fees', label: 'Fees', isRight: true },
  { key: null, label: 'Exit reason' },
];

const price = (value: number | null): string => (value === null ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 2 : 6 }));

/** Every trade of a run, sortable by a column header; a click shows the trade on the price chart. */
export function TradesTable({ trades, selectedSeq, onSelect }: Props) {
  const [sort, setSort] = useState(DEFAULT_TRADE_SORT);
  const sorted = useMemo(() => sortTrades(trades, sort), [trades, sort]);
  return (
    <table className="data-table data-table--dense bt-trades" data-testid="backtest-trades" data-count={trades.length}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column.label} className={column.isRight === true ? 'cell-right' : undefined} aria-sort={column.key !== null && sort.key === column.key ? (sort.isDescending ? 'descending' : 'ascending') : undefined}>
              {column.key === null ? (
                column.label
              ) : (
                <button type="button" className="bt-sort" data-testid={`backtest-trades-sort-${column.key}`} onClick={() => column.key !== null && setSort(nextTradeSort(sort, column.key))}>
                  {column.label}
                  {sort.key === column.key ? (sort.isDescending ? ' ↓' : ' ↑') : ''}
                </button>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((trade) => (
          <tr
            key={trade.seq}
            className={`data-row is-clickable${trade.seq === selectedSeq ? ' is-selected' : ''}`}
            data-testid="backtest-trade-row"
            data-seq={trade.seq}
            data-is-open={trade.exitTime === null ? true : undefined}
            aria-selected={trade.seq === selectedSeq}
            tabIndex={0}
            onClick={() => onSelect(trade)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(trade);
              }
            }}
          >
            <td className="num">{trade.seq}</td>
            <td className="num">{formatUtcMinute(trade.entryTime)}</td>
            <td className="num">{trade.exitTime === null ? 'open' : formatUtcMinute(trade.exitTime)}</td>
            <td className="num cell-right">{trade.exitTime === null ? '—' : formatDuration(trade.exitTime - trade.entryTime)}</td>
            <td className={`num cell-right ${trade.pnl > 0 ? 'bt-up' : trade.pnl < 0 ? 'bt-down' : ''}`}>{formatMoney(trade.pnl)}</td>
            <td className={`num cell-right ${trade.returnPct > 0 ? 'bt-up' : trade.returnPct < 0 ? 'bt-down' : ''}`}>{formatPct(trade.returnPct)}</td>
            <td className="num cell-right">{price(trade.entryPrice)}</td>
            <td className="num cell-right">{price(trade.exitPrice)}</td>
            <td className="num cell-right">{formatMoney(trade.fees)}</td>
            <td className="muted">{trade.exitReason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
