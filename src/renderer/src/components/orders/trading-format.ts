import { Decimal, toExchangeString, tryParseDecimal } from '../../../../shared/exchange/decimal';
import { type Order } from '../../../../shared/schemas/orders';

/*
 * How the trading tabs write exchange amounts: exact decimals from strings, never through a
 * float. What is shown is rounded for reading; titles keep the exact value.
 */

const DASH = '—';
const MINUS = '−';

/** Quote assets counted in cents; anything else (BTC, ETH, BNB) keeps eight places. */
const CENT_ASSETS: ReadonlySet<string> = new Set(['USDT', 'USDC', 'FDUSD', 'BUSD', 'TUSD', 'DAI', 'USDP', 'EUR', 'GBP', 'TRY', 'BRL', 'AUD', 'JPY', 'RUB', 'UAH', 'ZAR', 'PLN', 'RON', 'ARS', 'MXN', 'COP', 'IDR']);

export function placesFor(quoteAsset: string): number {
  return CENT_ASSETS.has(quoteAsset) ? 2 : 8;
}

function parse(text: string | null): Decimal | null {
  if (text === null) return null;
  const parsed = tryParseDecimal(text);
  return parsed.ok ? parsed.value : null;
}

/** "1234567.5" → "1,234,567.5": groups the whole part, leaves the decimals alone. */
export function groupThousands(text: string): string {
  const negative = text.startsWith('-');
  const bare = negative ? text.slice(1) : text;
  const [whole = '', fraction] = bare.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? MINUS : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** An exchange amount without its padding zeros: "0.00100000" → "0.001"; null → "—". */
export function plainAmount(text: string | null): string {
  const value = parse(text);
  if (value === null) return text ?? DASH;
  return groupThousands(toExchangeString(value));
}

/** An amount in a quote asset, rounded to that asset's places: "1,234.50", "0.00012345". */
export function quoteAmount(text: string | null, quoteAsset: string): string {
  const value = parse(text);
  if (value === null) return text ?? DASH;
  return groupThousands(value.toFixed(placesFor(quoteAsset), Decimal.ROUND_HALF_UP));
}

export type Sign = 'up' | 'down' | 'flat';

export function signOf(text: string | null): Sign {
  const value = parse(text);
  if (value === null || value.isZero()) return 'flat';
  return value.isNegative() ? 'down' : 'up';
}

/** A profit or loss with its sign always written: "+12.30", "−0.50", "0.00". */
export function signedAmount(text: string | null, quoteAsset: string): string {
  const value = parse(text);
  if (value === null) return text ?? DASH;
  const fixed = value.abs().toFixed(placesFor(quoteAsset), Decimal.ROUND_HALF_UP);
  const isZero = new Decimal(fixed).isZero();
  return `${isZero ? '' : value.isNegative() ? MINUS : '+'}${groupThousands(fixed)}`;
}

/** A percentage the core gives as "2.5" (for 2.5 %): "+2.50 %". */
export function signedPercent(text: string | null): string {
  const value = parse(text);
  if (value === null) return text ?? DASH;
  const fixed = value.abs().toFixed(2, Decimal.ROUND_HALF_UP);
  const isZero = new Decimal(fixed).isZero();
  return `${isZero ? '' : value.isNegative() ? MINUS : '+'}${fixed} %`;
}

/** What the order asked for in price: a limit, a stop, both, or the market. */
export function priceStopText(order: Pick<Order, 'price' | 'stopPrice' | 'type'>): string {
  const price = order.price === null ? null : plainAmount(order.price);
  const stop = order.stopPrice === null ? null : `stop ${plainAmount(order.stopPrice)}`;
  if (price !== null && stop !== null) return `${price} / ${stop}`;
  return price ?? stop ?? (order.type === 'MARKET' ? 'market' : DASH);
}

/** The average price of what filled: quote spent over base filled; "—" before any fill. */
export function averagePriceText(order: Pick<Order, 'executedQty' | 'cumulativeQuoteQty'>): string {
  const executed = parse(order.executedQty);
  const quote = parse(order.cumulativeQuoteQty);
  if (executed === null || quote === null || executed.isZero()) return DASH;
  return groupThousands(toExchangeString(quote.dividedBy(executed).toDecimalPlaces(8, Decimal.ROUND_HALF_UP)));
}
