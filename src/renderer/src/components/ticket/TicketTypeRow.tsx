import { TIME_IN_FORCES, type TimeInForce } from '../../../../shared/domain/enums';
import { CHECKED_ORDER_TYPES, type CheckedOrderType } from '../../../../shared/exchange/order';
import { type SymbolFilters } from '../../../../shared/exchange/symbol-filters';

const TYPE_LABEL: Record<CheckedOrderType, string> = {
  MARKET: 'Market',
  LIMIT: 'Limit',
  LIMIT_MAKER: 'Limit maker (post-only)',
  STOP_LOSS_LIMIT: 'Stop-loss limit',
  TAKE_PROFIT_LIMIT: 'Take-profit limit',
};

const TIF_TITLE: Record<TimeInForce, string> = {
  GTC: 'Good till cancelled',
  IOC: 'Immediate or cancel: what cannot fill now expires',
  FOK: 'Fill or kill: all now, or nothing',
};

interface Props {
  readonly filters: SymbolFilters;
  readonly type: CheckedOrderType;
  readonly timeInForce: TimeInForce;
  readonly onChange: (patch: { type?: CheckedOrderType; timeInForce?: TimeInForce }) => void;
}

/** Order type (the ones the symbol accepts) and, for a limit order, its time in force. */
export function TicketTypeRow({ filters, type, timeInForce, onChange }: Props) {
  const accepted = CHECKED_ORDER_TYPES.filter((candidate) => filters.orderTypes.includes(candidate) || candidate === type);
  return (
    <div className="ticket-row">
      <label className="ticket-field ticket-field--grow">
        <span className="ticket-label">Type</span>
        <select className="select ticket-select" value={type} data-testid="ticket-type" onChange={(event) => {
            const chosen = CHECKED_ORDER_TYPES.find((candidate) => candidate === event.target.value);
            if (chosen !== undefined) onChange({ type: chosen });
          }}>
          {accepted.map((candidate) => (
            <option key={candidate} value={candidate}>
              {TYPE_LABEL[candidate]}
            </option>
          ))}
        </select>
      </label>
      {type === 'LIMIT' ? (
        <label className="ticket-field">
          <span className="ticket-label">Time in force</span>
          <select className="select ticket-select" value={timeInForce} title={TIF_TITLE[timeInForce]} data-testid="ticket-tif" onChange={(event) => {
              const chosen = TIME_IN_FORCES.find((candidate) => candidate === event.target.value);
              if (chosen !== undefined) onChange({ timeInForce: chosen });
            }}>
            {TIME_IN_FORCES.map((candidate) => (
              <option key={candidate} value={candidate} title={TIF_TITLE[candidate]}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
      ) : (
        type !== 'MARKET' &&
        type !== 'LIMIT_MAKER' && (
          <div className="ticket-field">
            <span className="ticket-label">Time in force</span>
            <span className="ticket-fixed" title="Stop-limit orders stay until cancelled">
              GTC
            </span>
          </div>
        )
      )}
    </div>
  );
}
