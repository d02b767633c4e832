import { useEffect, useRef } from 'react';
import { type TicketOutcome } from './ticket-outcome';

/** How the last order went: accepted, filled, rejected with the reason, refused by a risk limit, or being looked up. */
export function TicketOutcomeView({ outcome, onDismiss }: { outcome: TicketOutcome; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // The ticket's column scrolls: a new outcome is brought into sight, never left below the fold.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  return (
    <div ref={ref} className={`ticket-outcome ticket-outcome--${outcome.tone}`} role={outcome.tone === 'refused' || outcome.tone === 'rejected' ? 'alert' : 'status'} data-testid="ticket-outcome" data-tone={outcome.tone} data-client-order-id={outcome.clientOrderId ?? undefined}>
      <div className="ticket-outcome-head">
        <span className="ticket-outcome-title" data-testid="ticket-outcome-title">
          {outcome.title}
        </span>
        <button type="button" className="ticket-outcome-close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      </div>
      {outcome.detail !== null && <div className="ticket-outcome-detail">{outcome.detail}</div>}
      {outcome.lines.length > 0 && (
        <ul className="ticket-outcome-lines">
          {outcome.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
