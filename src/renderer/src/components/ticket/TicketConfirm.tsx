import { type OrderPlaceInput } from '../../../../shared/schemas/orders';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { summaryLines } from './ticket-summary';

interface Props {
  readonly input: OrderPlaceInput;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** Value and fee lines from the ticket's estimate. */
  readonly estimate: readonly string[];
  readonly isBusy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** "Place this order?" with the order spelled out; Enter places it, Esc cancels. */
export function TicketConfirm({ input, baseAsset, quoteAsset, estimate, isBusy, onConfirm, onCancel }: Props) {
  return (
    // Cancel has the focus when the dialog opens; Enter still means "place", as in the ticket.
    <div
      className="ticket-confirm-keys"
      onKeyDownCapture={(event) => {
        if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        event.stopPropagation();
        if (!isBusy) onConfirm();
      }}
    >
      <ConfirmDialog
        title={`${input.side === 'BUY' ? 'Buy' : 'Sell'} ${input.symbol}?`}
        confirmLabel={input.side === 'BUY' ? 'Place buy order' : 'Place sell order'}
        isBusy={isBusy}
        onConfirm={onConfirm}
        onCancel={onCancel}
        testId="ticket-confirm"
      >
        <ul className="dialog-list ticket-confirm-lines" data-testid="ticket-confirm-summary">
          {summaryLines(input, baseAsset, quoteAsset).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {estimate.map((line) => (
            <li key={line} className="ticket-confirm-estimate">
              {line}
            </li>
          ))}
        </ul>
        <p className="ticket-confirm-note">Enter places the order, Esc cancels. Turn this question off under Settings → General.</p>
      </ConfirmDialog>
    </div>
  );
}
