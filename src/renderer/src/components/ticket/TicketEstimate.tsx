import { type EstimateRow } from './ticket-summary';

/** Value, fee and the free balances after the order fills, updated as the order is typed. */
export function TicketEstimate({ rows, isResting }: { rows: readonly EstimateRow[]; isResting: boolean }) {
  if (rows.length === 0) return null;
  return (
    <dl className="ticket-estimate" data-testid="ticket-estimate">
      {rows.map((row) => (
        <div key={row.key} className={row.key === 'baseAfter' ? 'ticket-estimate-row ticket-estimate-row--split' : 'ticket-estimate-row'}>
          <dt title={row.key.endsWith('After') ? (isResting ? 'Free balance once the order has filled in full (until then its amount is locked)' : 'Free balance once the order has filled') : undefined}>{row.label}</dt>
          <dd className="num" data-testid={`ticket-estimate-${row.key}`}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
