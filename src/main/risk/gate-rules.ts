import { Decimal } from '../../shared/exchange/decimal';
import { type KillSwitch, type RiskLimits, type RiskRefusal } from '../../shared/schemas/risk';

/** The order as the gate sees it, after the filters passed it. */
export interface GateOrder {
  readonly symbol: string;
  readonly quoteAsset: string;
  readonly quantity?: string | undefined;
  readonly quoteOrderQty?: string | undefined;
  readonly price?: string | undefined;
  readonly stopPrice?: string | undefined;
}

/** What the gate knows about the account at the moment of the order. */
export interface GateFacts {
  readonly killSwitch: KillSwitch;
  /** The symbol's last trade price; null when no rule needed it. */
  readonly lastPrice: Decimal | null;
  /** Open orders on the account before this one. */
  readonly openOrders: number;
  /** Orders journaled in the last 60 s before this one. */
  readonly ordersLastMinute: number;
  /** Realized P&L since 00:00 UTC in the order's quote asset; null when no rule needed it. */
  readonly realizedToday: Decimal | null;
}

/** Which facts the limits need, so nothing is fetched for a rule that is off. */
export function factsNeeded(limits: RiskLimits, order: GateOrder): { lastPrice: boolean; realizedToday: boolean } {
  const needsValuePrice = limits.maxOrderValue !== null && order.quoteOrderQty === undefined && order.price === undefined;
  const hasPrice = order.price !== undefined || order.stopPrice !== undefined;
  return { lastPrice: needsValuePrice || (limits.priceBandPct !== null && hasPrice), realizedToday: limits.dailyLossLimit !== null };
}

/** The order's value in quote: the quote amount, or the quantity at its price (or at the last price). */
export function orderValue(order: GateOrder, lastPrice: Decimal | null): Decimal | null {
  if (order.quoteOrderQty !== undefined) return new Decimal(order.quoteOrderQty);
  if (order.quantity === undefined) return null;
  const price = order.price === undefined ? lastPrice : new Decimal(order.price);
  return price === null ? null : new Decimal(order.quantity).times(price);
}

/**
 * The one pre-trade gate, shared by manual and automated orders: the kill switch first, then
 * each of the account's limits. A refusal names the limit, what it allows, what the order asked
 * for and by how much it is over.
 */
export function gateRefusal(order: GateOrder, limits: RiskLimits, facts: GateFacts): RiskRefusal | null {
  const quote = order.quoteAsset;
  const killed = killSwitchRefusal(facts.killSwitch);
  if (killed !== null) return killed;
  if (limits.maxOrdersPerMinute !== null && facts.ordersLastMinute + 1 > limits.maxOrdersPerMinute) {
    const after = facts.ordersLastMinute + 1;
    return refusal('maxOrdersPerMinute', `At most ${limits.maxOrdersPerMinute} orders a minute; this would be order ${after} in the last 60 s, ${after - limits.maxOrdersPerMinute} over.`, limits.maxOrdersPerMinute, after);
  }
  if (limits.maxOpenOrders !== null && facts.openOrders + 1 > limits.maxOpenOrders) {
    const after = facts.openOrders + 1;
    return refusal('maxOpenOrders', `At most ${limits.maxOpenOrders} open orders on the account; this would make ${after}, ${after - limits.maxOpenOrders} over.`, limits.maxOpenOrders, after);
  }
  if (limits.maxOrderValue !== null) {
    const value = orderValue(order, facts.lastPrice);
    const max = new Decimal(limits.maxOrderValue);
    if (value !== null && value.greaterThan(max)) {
      const excess = value.minus(max);
      return {
        rule: 'maxOrderValue',
        message: `At most ${max.toString()} ${quote} per order; this order is worth ${money(value)} ${quote}, ${money(excess)} ${quote} over.`,
        limit: max.toString(),
        actual: money(value),
        excess: money(excess),
      };
    }
  }
  if (limits.priceBandPct !== null && facts.lastPrice !== null && facts.lastPrice.greaterThan(0)) {
    const band = new Decimal(limits.priceBandPct);
    for (const [label, text] of [['Price', order.price], ['Stop price', order.stopPrice]] as const) {
      if (text === undefined) continue;
      const distance = new Decimal(text).minus(facts.lastPrice).abs().dividedBy(facts.lastPrice).times(100);
      if (distance.greaterThan(band)) {
        const excess = distance.minus(band);
        return {
          rule: 'priceBandPct',
          message: `${label} ${text} is ${pct(distance)} % from the last price ${facts.lastPrice.toString()}; the band is ±${band.toString()} %, ${pct(excess)} points over.`,
          limit: band.toString(),
          actual: pct(distance),
          excess: pct(excess),
        };
      }
    }
  }
  if (limits.dailyLossLimit !== null && facts.realizedToday !== null) {
    const loss = facts.realizedToday.negated();
    const max = new Decimal(limits.dailyLossLimit);
    if (loss.greaterThanOrEqualTo(max) && loss.greaterThan(0)) {
      const excess = loss.minus(max);
      return {
        rule: 'dailyLossLimit',
        message: `Today's realized loss is ${money(loss)} ${quote}; the daily loss limit is ${max.toString()} ${quote}${excess.isZero() ? ', reached' : `, ${money(excess)} ${quote} past it`}. New orders wait until 00:00 UTC.`,
        limit: max.toString(),
        actual: money(loss),
        excess: money(excess),
      };
    }
  }
  return null;
}

/** The kill switch's refusal, with its reason; null while it is clear. */
export function killSwitchRefusal(killSwitch: KillSwitch): RiskRefusal | null {
  if (!killSwitch.isActive) return null;
  const reason = killSwitch.reason === null ? '' : ` (${killSwitch.reason})`;
  return { rule: 'killSwitch', message: `The kill switch is engaged${reason}: no order is sent until it is cleared.`, limit: null, actual: null, excess: null };
}

function refusal(rule: RiskRefusal['rule'], message: string, limit: number, actual: number): RiskRefusal {
  return { rule, message, limit: String(limit), actual: String(actual), excess: String(actual - limit) };
}

/** Amounts to 8 decimals at most, trailing zeros dropped. */
function money(value: Decimal): string {
  return value.toDecimalPlaces(8, Decimal.ROUND_HALF_UP).toString();
}

function pct(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
