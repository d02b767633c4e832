import { isApiError } from '../../../../shared/rpc/errors';
import { RiskRefusalSchema, type RiskRule } from '../../../../shared/schemas/risk';
import { type Order } from '../../../../shared/schemas/orders';
import { Decimal } from '../../../../shared/exchange/decimal';
import { parsePositive } from './ticket-amounts';

/** How the last order from the ticket went, as the ticket says it. */
export interface TicketOutcome {
  readonly tone: 'accepted' | 'filled' | 'pending' | 'rejected' | 'refused';
  readonly title: string;
  readonly detail: string | null;
  /** Extra lines: the risk limit's numbers, or each problem the core found. */
  readonly lines: readonly string[];
  readonly clientOrderId: string | null;
}

const RULE_TITLE: Record<RiskRule, string> = {
  killSwitch: 'The kill switch is on',
  maxOrderValue: 'Over the largest order value',
  maxOpenOrders: 'Too many open orders',
  maxOrdersPerMinute: 'Too many orders this minute',
  priceBandPct: 'Price too far from the market',
  dailyLossLimit: 'Daily loss limit reached',
};

function averagePrice(order: Order): string | null {
  const executed = parsePositive(order.executedQty);
  const quote = parsePositive(order.cumulativeQuoteQty);
  if (executed === null || quote === null) return null;
  return quote.div(executed).toSignificantDigits(10, Decimal.ROUND_HALF_UP).toFixed();
}

/** "0.10000000" → "0.1": the exchange pads, people do not. */
function plain(text: string): string {
  const value = parsePositive(text);
  return value === null ? '0' : value.toFixed();
}

function what(order: Order): string {
  const amount = order.quantity ?? (order.quoteOrderQty === null ? '' : `${order.quoteOrderQty} (quote)`);
  const at = order.price === null ? '' : ` @ ${order.price}`;
  return `${order.side === 'BUY' ? 'Buy' : 'Sell'} ${amount} ${order.symbol}${at}`;
}

/** The reply of `orders.place`: accepted (resting), filled, rejected with the reason, or not known yet. */
export function outcomeOfOrder(order: Order): TicketOutcome {
  const base = { clientOrderId: order.clientOrderId, lines: [] };
  switch (order.status) {
    case 'FILLED': {
      const average = averagePrice(order);
      return { ...base, tone: 'filled', title: 'Filled', detail: `${what(order)}: ${plain(order.executedQty)} filled${average === null ? '' : ` at ${average} on average`}` };
    }
    case 'NEW':
    case 'PARTIALLY_FILLED':
    case 'PENDING_CANCEL':
      return {
        ...base,
        tone: 'accepted',
        title: order.status === 'PARTIALLY_FILLED' ? 'Accepted, partly filled' : 'Accepted',
        detail: `${what(order)} is open${order.status === 'PARTIALLY_FILLED' ? ` (${plain(order.executedQty)} filled)` : ''}`,
      };
    case 'pending':
    case 'unknown':
      return {
        ...base,
        tone: 'pending',
        title: 'Sent — outcome being looked up',
        detail: `${what(order)}: no answer from the exchange${order.lastError === null ? '' : ` (${order.lastError})`}; the order is looked up and the Orders panel shows what became of it`,
      };
    case 'REJECTED':
      return { ...base, tone: 'rejected', title: 'Rejected by the exchange', detail: order.rejectReason ?? order.lastError ?? 'No reason given' };
    case 'CANCELED':
    case 'EXPIRED':
    case 'EXPIRED_IN_MATCH':
      return {
        ...base,
        tone: 'rejected',
        title: order.status === 'CANCELED' ? 'Cancelled' : 'Expired',
        detail: `${what(order)}: ${parsePositive(order.executedQty) === null ? 'nothing' : plain(order.executedQty)} filled${order.timeInForce === null ? '' : ` (${order.timeInForce})`}`,
      };
    default:
      return { ...base, tone: 'pending', title: String(order.status), detail: null };
  }
}

function problemMessages(details: unknown): string[] {
  if (typeof details !== 'object' || details === null || !('problems' in details) || !Array.isArray(details.problems)) return [];
  return details.problems.flatMap((problem: unknown) =>
    typeof problem === 'object' && problem !== null && 'message' in problem && typeof problem.message === 'string' ? [problem.message] : [],
  );
}

/** A refused `orders.place`: the risk gate's limit with its numbers, the core's order check, or any other error. */
export function outcomeOfError(error: unknown): TicketOutcome {
  const base = { clientOrderId: null };
  if (isApiError(error) && error.code === 'RISK_LIMIT') {
    const refusal = RiskRefusalSchema.safeParse(error.details);
    if (refusal.success) {
      const { rule, limit, actual, excess, message } = refusal.data;
      const lines = [limit === null ? null : `Limit: ${limit}`, actual === null ? null : `This order: ${actual}`, excess === null ? null : `Over by: ${excess}`].filter(
        (line): line is string => line !== null,
      );
      return { ...base, tone: 'refused', title: `Refused by the risk gate — ${RULE_TITLE[rule]}`, detail: message, lines };
    }
    return { ...base, tone: 'refused', title: 'Refused by the risk gate', detail: error.message, lines: [] };
  }
  if (isApiError(error) && error.code === 'BAD_INPUT') {
    const lines = problemMessages(error.details);
    return { ...base, tone: 'rejected', title: 'Not sent: the order check failed', detail: lines.length > 0 ? null : error.message, lines };
  }
  if (isApiError(error)) return { ...base, tone: 'rejected', title: 'Not sent', detail: `${error.message} (${error.code})`, lines: [] };
  return { ...base, tone: 'rejected', title: 'Not sent', detail: error instanceof Error ? error.message : String(error), lines: [] };
}
