import { type OrderSide } from '../../../../shared/domain/enums';
import { typeText } from '../../../../shared/exchange/wording';
import { type OrderPlaceInput } from '../../../../shared/schemas/orders';
import { amountText, percentText } from './ticket-estimate';
import { type TicketReview } from './ticket-review';

/** The order as the confirmation dialog says it, one line per part, in the symbol's assets. */
export function summaryLines(input: OrderPlaceInput, baseAsset: string, quoteAsset: string): string[] {
  const verb = input.side === 'BUY' ? 'Buy' : 'Sell';
  const amount = input.quantity !== undefined ? `${input.quantity} ${baseAsset}` : `${input.quoteOrderQty ?? '?'} ${quoteAsset} worth of ${baseAsset}`;
  const at = input.price === undefined ? 'at the market' : `at ${input.price} ${quoteAsset}`;
  const tif = input.timeInForce === undefined ? '' : `, ${input.timeInForce}`;
  const lines = [`${verb} ${amount} ${at} (${typeText(input.type)}${tif})`];
  if (input.stopPrice !== undefined) lines.push(`Triggers when the price reaches ${input.stopPrice} ${quoteAsset}`);
  if (input.bracket?.takeProfitPrice !== undefined) lines.push(`Take profit at ${input.bracket.takeProfitPrice} ${quoteAsset}`);
  if (input.bracket?.stopLoss !== undefined) lines.push(`Stop loss: trigger ${input.bracket.stopLoss.stopPrice}, limit ${input.bracket.stopLoss.price} ${quoteAsset}`);
  return lines;
}

export interface EstimateRow {
  readonly key: 'value' | 'fee' | 'baseAfter' | 'quoteAfter';
  readonly label: string;
  readonly value: string;
}

/** The estimate as label / value rows: value, fee at the maker or taker rate, free balances after a full fill. */
export function estimateRows(review: Pick<TicketReview, 'estimate' | 'role' | 'feeRate'>, side: OrderSide, baseAsset: string, quoteAsset: string): EstimateRow[] {
  const { estimate, role, feeRate } = review;
  if (estimate === null) return [];
  const rows: EstimateRow[] = [
    { key: 'value', label: side === 'BUY' ? 'Cost' : 'Proceeds', value: `${amountText(estimate.value)} ${quoteAsset}` },
    {
      key: 'fee',
      label: feeRate === null ? `Fee (${role}, rate unknown)` : `Fee (${role} ${percentText(feeRate)})`,
      value:
        feeRate === null
          ? '—'
          : estimate.feeIn === 'base'
            ? `${amountText(estimate.fee)} ${baseAsset} ≈ ${amountText(estimate.feeInQuote, 4)} ${quoteAsset}`
            : `${amountText(estimate.fee)} ${quoteAsset}`,
    },
  ];
  if (estimate.baseAfter !== null && estimate.quoteAfter !== null) {
    rows.push({ key: 'baseAfter', label: `${baseAsset} after`, value: amountText(estimate.baseAfter) });
    rows.push({ key: 'quoteAfter', label: `${quoteAsset} after`, value: amountText(estimate.quoteAfter) });
  }
  return rows;
}
