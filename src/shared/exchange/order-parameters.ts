import { TIME_IN_FORCES } from '../domain/enums';
import { tryParseDecimal, type Decimal } from './decimal';
import { type CheckedOrderType, type OrderDraft, type OrderProblem } from './order';
import { FIELD_LABEL, article, typeText, type AmountField } from './wording';

/**
 * The PARAMETERS part of the order check: which fields each order type needs and refuses
 * (POST /api/v3/order), and each given amount read as a positive decimal.
 */

type ParamField = AmountField | 'timeInForce';
export type Parsed = Partial<Record<AmountField, Decimal>>;

const PARAMETERS: Record<CheckedOrderType, { required: readonly ParamField[]; forbidden: readonly ParamField[] }> = {
  MARKET: { required: [], forbidden: ['price', 'stopPrice', 'timeInForce'] },
  LIMIT: { required: ['quantity', 'price', 'timeInForce'], forbidden: ['quoteOrderQty', 'stopPrice'] },
  LIMIT_MAKER: { required: ['quantity', 'price'], forbidden: ['quoteOrderQty', 'stopPrice', 'timeInForce'] },
  STOP_LOSS_LIMIT: { required: ['quantity', 'price', 'stopPrice', 'timeInForce'], forbidden: ['quoteOrderQty'] },
  TAKE_PROFIT_LIMIT: { required: ['quantity', 'price', 'stopPrice', 'timeInForce'], forbidden: ['quoteOrderQty'] },
};

const AMOUNT_FIELDS: readonly AmountField[] = ['quantity', 'quoteOrderQty', 'price', 'stopPrice'];

/** A blank field counts as not given: that is what an emptied input in the ticket holds. */
const isGiven = (value: string | undefined): value is string => value !== undefined && value !== '';

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Which fields this type needs and refuses, then each given amount read as a positive decimal. */
export function readParameters(problems: OrderProblem[], order: OrderDraft, type: CheckedOrderType): Parsed {
  const needs = PARAMETERS[type];
  const kind = article(typeText(type));
  for (const field of needs.required) {
    if (!isGiven(order[field])) {
      const what = field === 'timeInForce' ? 'a time in force (GTC, IOC or FOK)' : article(FIELD_LABEL[field].toLowerCase());
      problems.push({ rule: 'PARAMETERS', field, message: `${capitalize(kind)} order needs ${what}` });
    }
  }
  for (const field of needs.forbidden) {
    if (isGiven(order[field])) {
      problems.push({
        rule: 'PARAMETERS',
        field,
        message: `${capitalize(kind)} order takes no ${FIELD_LABEL[field].toLowerCase()}; leave it out`,
      });
    }
  }
  if (type === 'MARKET') {
    const hasQuantity = isGiven(order.quantity);
    const hasQuote = isGiven(order.quoteOrderQty);
    if (hasQuantity && hasQuote) {
      problems.push({
        rule: 'PARAMETERS',
        field: 'quoteOrderQty',
        message: 'A market order takes a quantity or a quote amount, not both',
      });
    } else if (!hasQuantity && !hasQuote) {
      problems.push({ rule: 'PARAMETERS', field: 'quantity', message: 'A market order needs a quantity or a quote amount' });
    }
  }
  if (isGiven(order.timeInForce) && !needs.forbidden.includes('timeInForce')) {
    const allowed: readonly string[] = TIME_IN_FORCES;
    if (!allowed.includes(order.timeInForce)) {
      problems.push({
        rule: 'PARAMETERS',
        field: 'timeInForce',
        message: `Time in force "${order.timeInForce}" is not one of GTC, IOC or FOK`,
      });
    }
  }

  const parsed: Parsed = {};
  for (const field of AMOUNT_FIELDS) {
    const text = order[field];
    if (!isGiven(text) || needs.forbidden.includes(field)) continue;
    const result = tryParseDecimal(text);
    if (!result.ok) {
      problems.push({ rule: 'PARAMETERS', field, message: `${FIELD_LABEL[field]} ${result.reason}` });
    } else if (result.value.lessThanOrEqualTo(0)) {
      problems.push({
        rule: 'PARAMETERS',
        field,
        message: `${FIELD_LABEL[field]} must be greater than zero, not ${text}`,
      });
    } else {
      parsed[field] = result.value;
    }
  }
  return parsed;
}
