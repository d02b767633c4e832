import { useCallback, useEffect, useRef, useState } from 'react';
import { type OrderSide } from '../../../../shared/domain/enums';
import { toExchangeString } from '../../../../shared/exchange/decimal';
import { type SymbolFilters } from '../../../../shared/exchange/symbol-filters';
import { type Ticker } from '../../../../shared/schemas/portfolio';
import { parsePositive, priceToTick, stepPrice } from './ticket-amounts';
import { globalTicketKey, keyPressOf } from './ticket-keys';
import { useTicketPricePick } from './ticket-price-bus';
import { EMPTY_TICKET, type TicketForm } from './ticket-review';

export type PriceField = 'price' | 'stopPrice' | 'takeProfit' | 'stopLossStop' | 'stopLossLimit';

/** A buy is priced at the best bid and a sell at the best ask: a resting order, not a crossing one. */
function bookPrice(side: OrderSide, ticker: Ticker): string | null {
  const price = parsePositive(side === 'BUY' ? ticker.bid : ticker.ask) ?? parsePositive(ticker.last);
  return price === null ? null : toExchangeString(price);
}

/**
 * The ticket's typed state and the ways it changes besides typing: prefilled from the book when
 * the side changes (the ticket is mounted afresh for each symbol), a price picked on the chart,
 * one tick up or down, and B / S from anywhere in the window.
 */
export function useTicketForm(filters: SymbolFilters, ticker: Ticker | undefined) {
  const [form, setForm] = useState<TicketForm>(EMPTY_TICKET);
  const amountRef = useRef<HTMLInputElement>(null);
  const [prefilledSide, setPrefilledSide] = useState<OrderSide | null>(null);
  const update = useCallback((patch: Partial<TicketForm>) => setForm((current) => ({ ...current, ...patch })), []);

  // Adjusted while rendering (not in an effect): the first book, and each change of side, prefill once.
  if (ticker !== undefined && prefilledSide !== form.side) {
    const price = bookPrice(form.side, ticker);
    if (price !== null) {
      setPrefilledSide(form.side);
      setForm({ ...form, price, stopPrice: price });
    }
  }

  const onPick = useCallback(
    (picked: number) => {
      const price = priceToTick(filters, picked);
      if (price === null) return;
      setForm((current) => ({ ...current, price, type: current.type === 'MARKET' ? 'LIMIT' : current.type }));
    },
    [filters],
  );
  useTicketPricePick(onPick);

  const nudge = useCallback(
    (field: PriceField, direction: 1 | -1) =>
      setForm((current) => {
        const next = stepPrice(filters, current[field], direction);
        return next === null ? current : { ...current, [field]: next };
      }),
    [filters],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]') !== null) return;
      const side = globalTicketKey(keyPressOf(event));
      if (side === null) return;
      // Focus moves during keydown, so without this the letter would land in the amount.
      event.preventDefault();
      setForm((current) => ({ ...current, side }));
      amountRef.current?.focus();
      amountRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return { form, update, nudge, amountRef };
}
