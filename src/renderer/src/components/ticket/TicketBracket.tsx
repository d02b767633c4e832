import { PriceInput } from './PriceInput';
import { type TicketField } from './ticket-problems';
import { type TicketForm } from './ticket-review';
import { type PriceField } from './use-ticket-form';

interface Props {
  readonly form: TicketForm;
  readonly quoteAsset: string;
  readonly isOpen: boolean;
  readonly onToggle: (isOpen: boolean) => void;
  readonly errorFields: ReadonlySet<TicketField>;
  readonly onChange: (field: PriceField, value: string) => void;
  readonly onStep: (field: PriceField, direction: 1 | -1) => void;
}

/** Optional exits placed once the entry fills: a take-profit, and a stop-loss with its limit. */
export function TicketBracket({ form, quoteAsset, isOpen, onToggle, errorFields, onChange, onStep }: Props) {
  const field = (name: PriceField, label: string, testId: string) => (
    <PriceInput
      id={testId}
      label={label}
      value={form[name]}
      unit={quoteAsset}
      hasError={errorFields.has(name)}
      placeholder="—"
      isCompact
      onChange={(value) => onChange(name, value)}
      onStep={(direction) => onStep(name, direction)}
      testId={testId}
    />
  );
  return (
    <div className="ticket-bracket">
      <label className="ticket-bracket-toggle">
        <input type="checkbox" className="switch" checked={isOpen} data-testid="ticket-bracket-toggle" onChange={(event) => onToggle(event.target.checked)} />
        <span>Take profit / stop loss (exits once filled)</span>
      </label>
      {isOpen && (
        <div className="ticket-bracket-fields">
          {field('takeProfit', 'Take profit', 'ticket-take-profit')}
          {field('stopLossStop', 'SL trigger', 'ticket-stop-loss-stop')}
          {field('stopLossLimit', 'SL limit', 'ticket-stop-loss-limit')}
        </div>
      )}
    </div>
  );
}
