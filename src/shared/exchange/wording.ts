import { type NearestValues } from './order';

/** How the order check names fields and valid values in its messages. */

export type AmountField = 'quantity' | 'quoteOrderQty' | 'price' | 'stopPrice';

export const FIELD_LABEL: Record<AmountField | 'timeInForce', string> = {
  quantity: 'Quantity',
  quoteOrderQty: 'Quote amount',
  price: 'Price',
  stopPrice: 'Stop price',
  timeInForce: 'Time in force',
};

const NOUN: Record<AmountField, [singular: string, plural: string]> = {
  quantity: ['quantity', 'quantities'],
  quoteOrderQty: ['quote amount', 'quote amounts'],
  price: ['price', 'prices'],
  stopPrice: ['stop price', 'stop prices'],
};

/** "nearest valid prices: 42000.12 or 42000.13", or a single value, or that there is none. */
export function nearestText(field: AmountField, nearest: NearestValues, qualifier = ''): string {
  const [singular, plural] = NOUN[field];
  const suffix = qualifier === '' ? '' : ` ${qualifier}`;
  const { below, above } = nearest;
  if (below !== undefined && above !== undefined && below !== above) {
    return `nearest valid ${plural}${suffix}: ${below} or ${above}`;
  }
  const only = below ?? above;
  if (only !== undefined) return `nearest valid ${singular}${suffix}: ${only}`;
  return `no ${singular} is valid${suffix} under this symbol's filters`;
}

/** "MARKET" → "market", "STOP_LOSS_LIMIT" → "stop-loss limit". */
export function typeText(type: string): string {
  const words: Record<string, string> = {
    MARKET: 'market',
    LIMIT: 'limit',
    LIMIT_MAKER: 'limit maker',
    STOP_LOSS: 'stop-loss',
    STOP_LOSS_LIMIT: 'stop-loss limit',
    TAKE_PROFIT: 'take-profit',
    TAKE_PROFIT_LIMIT: 'take-profit limit',
  };
  return words[type] ?? type;
}

export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
