import { type OrderSide, type TimeInForce } from '../../../../shared/domain/enums';
import { Decimal, toExchangeString } from '../../../../shared/exchange/decimal';
import { roundToStep } from '../../../../shared/exchange/grid';
import { quantityGrid } from '../../../../shared/exchange/nearest-valid';
import { checkOrder } from '../../../../shared/exchange/order-check';
import { type CheckedOrderType, type OrderDraft } from '../../../../shared/exchange/order';
import { type SymbolFilters } from '../../../../shared/exchange/symbol-filters';
import { type OrderPlaceInput } from '../../../../shared/schemas/orders';
import { orderAmount, parseAmount, parsePositive, stepPrice, type AmountUnit } from './ticket-amounts';
import { canBracket, checkBracket, type BracketDraft } from './ticket-bracket';
import { estimateOrder, feeRole, type Book, type Estimate, type FeeRole } from './ticket-estimate';
import { fromOrderProblem, type TicketProblem } from './ticket-problems';

/** Everything typed into the ticket, as typed. */
export interface TicketForm extends BracketDraft {
  readonly side: OrderSide;
  readonly type: CheckedOrderType;
  /** LIMIT only; stop-limit orders are always GTC, the others take none. */
  readonly timeInForce: TimeInForce;
  readonly unit: AmountUnit;
  readonly amount: string;
  readonly price: string;
  readonly stopPrice: string;
}

export const EMPTY_TICKET: TicketForm = {
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  unit: 'base',
  amount: '',
  price: '',
  stopPrice: '',
  takeProfit: '',
  stopLossStop: '',
  stopLossLimit: '',
};

/** What the ticket knows about the market and the account, each piece null while unknown. */
export interface TicketMarket {
  readonly accountId: number;
  readonly filters: SymbolFilters;
  readonly ticker: { readonly bid: string; readonly ask: string; readonly last: string } | null;
  readonly balances: { readonly baseFree: string; readonly quoteFree: string } | null;
  readonly rates: { readonly maker: string; readonly taker: string } | null;
}

export interface TicketReview {
  /** The exact order to send; null while anything stops it. */
  readonly input: OrderPlaceInput | null;
  readonly problems: TicketProblem[];
  /** Why the order cannot be sent, in one line; null when it can. */
  readonly blocker: string | null;
  readonly estimate: Estimate | null;
  readonly role: FeeRole;
  readonly feeRate: Decimal | null;
  /** The price the estimate uses: the limit price, or the book's side for a market order. */
  readonly tradePrice: Decimal | null;
}

export const needsPrice = (type: CheckedOrderType): boolean => type !== 'MARKET';
export const needsStop = (type: CheckedOrderType): boolean => type === 'STOP_LOSS_LIMIT' || type === 'TAKE_PROFIT_LIMIT';

export function bookOf(ticker: TicketMarket['ticker']): Book | null {
  if (ticker === null) return null;
  const bid = parsePositive(ticker.bid);
  const ask = parsePositive(ticker.ask);
  return bid === null || ask === null ? null : { bid, ask };
}

/** The price a market order is estimated at: it buys at the ask and sells at the bid. */
export function marketPrice(side: OrderSide, ticker: TicketMarket['ticker']): Decimal | null {
  const book = bookOf(ticker);
  if (book !== null) return side === 'BUY' ? book.ask : book.bid;
  return ticker === null ? null : parsePositive(ticker.last);
}

/** The price the order would trade at, for conversions, percent buttons and the estimate. */
export function tradePriceOf(form: TicketForm, ticker: TicketMarket['ticker']): Decimal | null {
  return needsPrice(form.type) ? parsePositive(form.price) : marketPrice(form.side, ticker);
}

function draftOf(form: TicketForm, amount: { quantity: string } | { quoteOrderQty: string }): OrderDraft {
  const base: OrderDraft = { side: form.side, type: form.type, ...amount };
  switch (form.type) {
    case 'MARKET':
      return base;
    case 'LIMIT':
      return { ...base, price: form.price.trim(), timeInForce: form.timeInForce };
    case 'LIMIT_MAKER':
      return { ...base, price: form.price.trim() };
    case 'STOP_LOSS_LIMIT':
    case 'TAKE_PROFIT_LIMIT':
      return { ...base, price: form.price.trim(), stopPrice: form.stopPrice.trim(), timeInForce: 'GTC' };
    default:
      return base;
  }
}

/** More than the free balance: say by how much, and offer the most that is there. */
function balanceProblem(form: TicketForm, market: TicketMarket, estimate: Estimate, price: Decimal): TicketProblem | null {
  if (market.balances === null) return null;
  const { baseAsset, quoteAsset } = market.filters;
  const baseFree = parseAmount(market.balances.baseFree);
  const quoteFree = parseAmount(market.balances.quoteFree);
  if (baseFree === null || quoteFree === null) return null;
  const step = quantityGrid(market.filters, form.type).step;
  if (form.side === 'BUY') {
    if (!estimate.value.greaterThan(quoteFree)) return null;
    const isQuoteAmount = form.type === 'MARKET' && form.unit === 'quote';
    const most = isQuoteAmount ? quoteFree : roundToStep(quoteFree.div(price), step, 'down');
    return {
      field: 'amount',
      message: `Costs ${toExchangeString(estimate.value)} ${quoteAsset}, more than the ${toExchangeString(quoteFree)} ${quoteAsset} free; the most it can buy: ${toExchangeString(most)} ${isQuoteAmount ? quoteAsset : baseAsset}`,
      nearest: { below: toExchangeString(most) },
      nearestUnit: isQuoteAmount ? 'quote' : 'base',
    };
  }
  if (!estimate.quantity.greaterThan(baseFree)) return null;
  const most = roundToStep(baseFree, step, 'down');
  return {
    field: 'amount',
    message: `Sells ${toExchangeString(estimate.quantity)} ${baseAsset}, more than the ${toExchangeString(baseFree)} ${baseAsset} free; the most it can sell: ${toExchangeString(most)} ${baseAsset}`,
    nearest: { below: toExchangeString(most) },
    nearestUnit: 'base',
  };
}

/**
 * A stop-loss buys when the price rises to its stop and sells when it falls to it; a take-profit
 * the other way round. A stop already reached would trigger at once, which Binance refuses
 * (-2010 "Stop price would trigger immediately"), so the stop must sit beyond the last price.
 */
function stopProblem(form: TicketForm, filters: SymbolFilters, ticker: TicketMarket['ticker']): TicketProblem | null {
  if (!needsStop(form.type) || ticker === null) return null;
  const stop = parsePositive(form.stopPrice);
  const last = parsePositive(ticker.last);
  if (stop === null || last === null) return null;
  const mustBeAbove = (form.type === 'STOP_LOSS_LIMIT') === (form.side === 'BUY');
  if (mustBeAbove ? stop.greaterThan(last) : stop.lessThan(last)) return null;
  const nearest = stepPrice(filters, ticker.last, mustBeAbove ? 1 : -1);
  const kind = form.type === 'STOP_LOSS_LIMIT' ? 'stop-loss' : 'take-profit';
  return {
    field: 'stopPrice',
    message:
      `A ${kind} ${form.side === 'BUY' ? 'buy' : 'sell'} triggers when the price ${mustBeAbove ? 'rises' : 'falls'} to its stop: ` +
      `${form.stopPrice.trim()} is not ${mustBeAbove ? 'above' : 'below'} the last price ${ticker.last}, so it would trigger at once`,
    ...(nearest === null ? {} : { nearest: mustBeAbove ? { above: nearest } : { below: nearest } }),
  };
}

/**
 * Everything the ticket shows about the order being typed, from the same shared check the core
 * runs before sending: the problems (each with the nearest valid values), the estimate, and the
 * exact input for `orders.place` once nothing stops it.
 */
export function reviewTicket(form: TicketForm, market: TicketMarket): TicketReview {
  const { filters, ticker } = market;
  const book = bookOf(ticker);
  const price = parsePositive(form.price);
  const stopPrice = parsePositive(form.stopPrice);
  const role = feeRole(form.type, form.side, price, stopPrice, book);
  const feeRate = market.rates === null ? null : parseAmount(role === 'maker' ? market.rates.maker : market.rates.taker);
  const tradePrice = tradePriceOf(form, ticker);
  const none = { input: null, estimate: null, role, feeRate, tradePrice };

  if (form.amount.trim() === '') return { ...none, problems: [], blocker: 'Enter an amount' };
  if (needsPrice(form.type) && form.price.trim() === '') return { ...none, problems: [], blocker: 'Enter a price' };
  if (needsStop(form.type) && form.stopPrice.trim() === '') return { ...none, problems: [], blocker: 'Enter a stop price' };

  const amount = orderAmount(filters, form.type, form.unit, form.amount, price);
  if (amount === null) return { ...none, problems: [], blocker: 'Enter a price' };
  const checked = checkOrder(filters, draftOf(form, amount), ticker === null ? {} : { lastPrice: ticker.last });
  const problems = checked.ok ? [] : checked.problems.map(fromOrderProblem);

  let estimate: Estimate | null = null;
  if (tradePrice !== null) {
    const quantity = 'quantity' in amount ? parsePositive(amount.quantity) : null;
    const quoteOrderQty = 'quoteOrderQty' in amount ? parsePositive(amount.quoteOrderQty) : null;
    estimate = estimateOrder({
      side: form.side,
      quantity,
      quoteOrderQty,
      price: tradePrice,
      feeRate: feeRate ?? new Decimal(0),
      baseFree: parseAmount(market.balances?.baseFree),
      quoteFree: parseAmount(market.balances?.quoteFree),
    });
  }
  const stop = checked.ok ? stopProblem(form, filters, ticker) : null;
  if (stop !== null) problems.push(stop);
  if (checked.ok && estimate !== null && tradePrice !== null) {
    const short = balanceProblem(form, market, estimate, tradePrice);
    if (short !== null) problems.push(short);
  }
  const bracket = canBracket(form.type) ? checkBracket(filters, form.side, tradePrice, form) : { problems: [] };
  problems.push(...bracket.problems);

  if (!checked.ok || problems.length > 0) {
    return { ...none, estimate, problems, blocker: problems[0]?.message ?? 'The order is not valid' };
  }
  const input: OrderPlaceInput = {
    accountId: market.accountId,
    symbol: filters.symbol,
    ...checked.order,
    ...(bracket.bracket === undefined ? {} : { bracket: bracket.bracket }),
  };
  return { input, problems: [], blocker: null, estimate, role, feeRate, tradePrice };
}
