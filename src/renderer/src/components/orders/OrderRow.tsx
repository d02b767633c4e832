import { type Order } from '../../../../shared/schemas/orders';
import { describeApiError } from '../../api/form-errors';
import { useCancelOrder } from '../../api/use-orders';
import { formatDateTimeSeconds } from '../common/format';
import { amountText, isCancellable, originText, problemText, statusText, typeText } from './order-labels';
import { plainAmount } from './trading-format';

interface Props {
  readonly order: Order;
  readonly isOpen: boolean;
  readonly onToggle: () => void;
}

export function OrderRow({ order, isOpen, onToggle }: Props) {
  const cancel = useCancelOrder();
  const status = statusText(order.status);
  const problem = cancel.error === null ? problemText(order) : describeApiError(cancel.error);
  return (
    <tr
      className={`data-row is-clickable order-row order-row--${status.tone}${isOpen ? ' is-selected' : ''}`}
      data-testid="order-row"
      data-client-order-id={order.clientOrderId}
      data-status={order.status}
      aria-expanded={isOpen}
      onClick={onToggle}
    >
      <td className="num" title={`Created ${new Date(order.createdAt).toLocaleString()}\nClient order id ${order.clientOrderId}${order.exchangeOrderId === null ? '' : `\nExchange order id ${order.exchangeOrderId}`}`}>
        {formatDateTimeSeconds(order.createdAt)}
      </td>
      <td className="cell-strong">{order.symbol}</td>
      <td className={order.side === 'BUY' ? 'side--buy' : 'side--sell'}>{order.side.toLowerCase()}</td>
      <td>{typeText(order)}</td>
      <td className="num cell-right">{order.price ?? '—'}</td>
      <td className="num cell-right">{order.stopPrice ?? '—'}</td>
      <td className="num cell-right">{amountText(order)}</td>
      <td className="num cell-right" data-testid="order-filled">
        {plainAmount(order.executedQty)}
      </td>
      <td title={status.title}>
        <span className={`order-status order-status--${status.tone}`} data-testid="order-status">
          {status.word}
        </span>
      </td>
      <td data-testid="order-origin">{originText(order)}</td>
      <td className="order-problem" data-testid="order-problem" title={problem ?? undefined}>
        {problem ?? ''}
      </td>
      <td className="cell-actions">
        {isCancellable(order) && (
          <button
            type="button"
            className="btn btn--small btn--quiet-danger"
            data-testid="order-cancel"
            disabled={cancel.isPending}
            onClick={(event) => {
              event.stopPropagation();
              cancel.mutate({ accountId: order.accountId, clientOrderId: order.clientOrderId });
            }}
          >
            {cancel.isPending ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </td>
    </tr>
  );
}
