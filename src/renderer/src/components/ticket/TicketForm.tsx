import { useMemo, useState, type KeyboardEvent } from 'react';
import { Decimal } from '../../../../shared/exchange/decimal';
import { type SymbolFilters } from '../../../../shared/exchange/symbol-filters';
import { type OrderPlaceInput } from '../../../../shared/schemas/orders';
import { describeApiError } from '../../api/form-errors';
import { useBalances, usePlaceOrder, useTicker } from '../../api/use-ticket-data';
import { useSettings } from '../../api/use-settings';
import { AmountInput } from './AmountInput';
import { PriceInput } from './PriceInput';
import { TicketBracket } from './TicketBracket';
import { TicketConfirm } from './TicketConfirm';
import { TicketEstimate } from './TicketEstimate';
import { TicketOutcomeView } from './TicketOutcomeView';
import { TicketProblems } from './TicketProblems';
import { TicketTypeRow } from './TicketTypeRow';
import { convertAmount, parseAmount, percentAmount, type AmountUnit } from './ticket-amounts';
import { canBracket } from './ticket-bracket';
import { amountText } from './ticket-estimate';
import { keyPressOf, ticketKeyAction } from './ticket-keys';
import { outcomeOfError, outcomeOfOrder, type TicketOutcome } from './ticket-outcome';
import { type TicketField, type TicketProblem } from './ticket-problems';
import { needsPrice, needsStop, reviewTicket, type TicketMarket } from './ticket-review';
import { estimateRows } from './ticket-summary';
import { useTicketForm, type PriceField } from './use-ticket-form';

interface Props {
  readonly accountId: number;
  readonly filters: SymbolFilters;
}

/** The ticket itself, for one account and symbol whose filters are known. */
export function TicketForm({ accountId, filters }: Props) {
  const { symbol, baseAsset, quoteAsset } = filters;
  const ticker = useTicker(accountId, symbol, true);
  const balances = useBalances(accountId, true);
  const settings = useSettings();
  const place = usePlaceOrder();
  const { form, update, nudge, amountRef } = useTicketForm(filters, ticker.data);
  const [isBracketOpen, setIsBracketOpen] = useState(false);
  const [confirming, setConfirming] = useState<OrderPlaceInput | null>(null);
  const [outcome, setOutcome] = useState<TicketOutcome | null>(null);

  const market = useMemo((): TicketMarket => {
    const list = balances.data?.balances;
    const freeOf = (asset: string) => list?.find((balance) => balance.asset === asset)?.free ?? '0';
    return {
      accountId,
      filters,
      ticker: ticker.data ?? null,
      balances: list === undefined ? null : { baseFree: freeOf(baseAsset), quoteFree: freeOf(quoteAsset) },
      rates: balances.data === undefined ? null : { maker: balances.data.makerRate, taker: balances.data.takerRate },
    };
  }, [accountId, filters, ticker.data, balances.data, baseAsset, quoteAsset]);

  const exits = isBracketOpen && canBracket(form.type) ? form : { ...form, takeProfit: '', stopLossStop: '', stopLossLimit: '' };
  const review = reviewTicket(exits, market);
  const rows = estimateRows(review, form.side, baseAsset, quoteAsset);
  const errorFields = new Set<TicketField>(review.problems.map((problem) => problem.field));
  const isBuy = form.side === 'BUY';
  const baseFree = parseAmount(market.balances?.baseFree);
  const quoteFree = parseAmount(market.balances?.quoteFree);
  const freeText = baseFree === null || quoteFree === null ? null : isBuy ? `${amountText(quoteFree)} ${quoteAsset}` : `${amountText(baseFree)} ${baseAsset}`;

  const send = (input: OrderPlaceInput) => {
    setOutcome(null);
    place.mutate(input, {
      onSuccess: (order) => setOutcome(outcomeOfOrder(order)),
      onError: (error) => setOutcome(outcomeOfError(error)),
      onSettled: () => setConfirming(null),
    });
  };
  const submit = () => {
    if (review.input === null || place.isPending) return;
    if (settings.data?.confirmBeforeOrder ?? true) setConfirming(review.input);
    else send(review.input);
  };
  const onTicketKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (confirming !== null) return;
    const action = ticketKeyAction(keyPressOf(event));
    if (action === 'submit') {
      event.preventDefault();
      submit();
    } else if (action === 'clear') {
      event.preventDefault();
      update({ amount: '' });
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    }
  };
  const applyPercent = (percent: number) => {
    if (baseFree === null || quoteFree === null) return;
    const amount = percentAmount({ filters, side: form.side, type: form.type, unit: form.unit, percent, baseFree, quoteFree, price: review.tradePrice, feeRate: review.feeRate ?? new Decimal(0) });
    if (amount !== null) update({ amount });
  };
  const applyNearest = (problem: TicketProblem, value: string) => {
    if (problem.field === 'amount') update({ amount: value, ...(problem.nearestUnit === undefined ? {} : { unit: problem.nearestUnit }) });
    else if (problem.field !== 'form') update({ [problem.field]: value });
  };
  const changeUnit = (unit: AmountUnit) => {
    if (unit === form.unit) return;
    update({ unit, amount: convertAmount(filters, form.type, form.amount, unit, review.tradePrice) });
  };

  return (
    <>
      <div className="ticket" data-testid="ticket" data-side={form.side} onKeyDown={onTicketKey}>
        <div className="ticket-sides" role="group" aria-label="Side">
          <button type="button" className={isBuy ? 'ticket-side ticket-side--buy is-on' : 'ticket-side ticket-side--buy'} aria-pressed={isBuy} data-testid="ticket-side-buy" onClick={() => update({ side: 'BUY' })}>
            Buy
          </button>
          <button type="button" className={!isBuy ? 'ticket-side ticket-side--sell is-on' : 'ticket-side ticket-side--sell'} aria-pressed={!isBuy} data-testid="ticket-side-sell" onClick={() => update({ side: 'SELL' })}>
            Sell
          </button>
        </div>
        <TicketTypeRow filters={filters} type={form.type} timeInForce={form.timeInForce} onChange={update} />
        {needsStop(form.type) && (
          <PriceInput id="ticket-stop-price" label="Stop" value={form.stopPrice} unit={quoteAsset} hasError={errorFields.has('stopPrice')} onChange={(stopPrice) => update({ stopPrice })} onStep={(direction) => nudge('stopPrice', direction)} testId="ticket-stop-price" />
        )}
        {needsPrice(form.type) ? (
          <PriceInput id="ticket-price" label="Price" value={form.price} unit={quoteAsset} hasError={errorFields.has('price')} onChange={(price) => update({ price })} onStep={(direction) => nudge('price', direction)} testId="ticket-price" />
        ) : (
          <div className="ticket-field">
            <span className="ticket-label">Price</span>
            <div className="ticket-box ticket-box--static num" data-testid="ticket-market-price">
              Market{review.tradePrice === null ? '' : ` ≈ ${review.tradePrice.toFixed()} ${quoteAsset}`}
            </div>
          </div>
        )}
        <div className="ticket-book num" data-testid="ticket-book">
          {ticker.data === undefined ? (
            <span className="muted">{ticker.isError ? `No book: ${describeApiError(ticker.error)}` : 'Book loading…'}</span>
          ) : (
            <>
              <span>
                Bid <b className="side--buy" data-testid="ticket-bid">{ticker.data.bid || '—'}</b>
              </span>
              <span>
                Ask <b className="side--sell" data-testid="ticket-ask">{ticker.data.ask || '—'}</b>
              </span>
            </>
          )}
        </div>
        <AmountInput
          inputRef={amountRef}
          value={form.amount}
          unit={form.unit}
          baseAsset={baseAsset}
          quoteAsset={quoteAsset}
          hasError={errorFields.has('amount')}
          available={freeText}
          canUsePercent={freeText !== null && (review.tradePrice !== null || (!isBuy && form.unit === 'base') || (isBuy && form.unit === 'quote'))}
          onChange={(amount) => update({ amount })}
          onUnit={changeUnit}
          onPercent={applyPercent}
        />
        {canBracket(form.type) && (
          <TicketBracket form={form} quoteAsset={quoteAsset} isOpen={isBracketOpen} onToggle={setIsBracketOpen} errorFields={errorFields} onChange={(field: PriceField, value) => update({ [field]: value })} onStep={nudge} />
        )}
        <TicketProblems problems={review.problems} onUse={applyNearest} />
        <TicketEstimate rows={rows} isResting={form.type !== 'MARKET'} />
        {balances.isError && <div className="ticket-note">Balances unavailable: {describeApiError(balances.error)}</div>}
        {outcome !== null && <TicketOutcomeView outcome={outcome} onDismiss={() => setOutcome(null)} />}
        <div className="ticket-footer">
          <button
            type="button"
            className={isBuy ? 'ticket-submit ticket-submit--buy' : 'ticket-submit ticket-submit--sell'}
            disabled={review.input === null || place.isPending}
            title={review.blocker ?? undefined}
            data-testid="ticket-submit"
            onClick={submit}
          >
            {place.isPending ? 'Sending…' : `${isBuy ? 'Buy' : 'Sell'} ${baseAsset}`}
          </button>
          {review.blocker !== null && (
            <div className="ticket-blocker" data-testid="ticket-blocker">
              {review.problems.length === 0 ? review.blocker : review.problems.length === 1 ? 'The problem above stops this order' : `The ${review.problems.length} problems above stop this order`}
            </div>
          )}
        </div>
      </div>
      {confirming !== null && (
        <TicketConfirm
          input={confirming}
          baseAsset={baseAsset}
          quoteAsset={quoteAsset}
          estimate={rows.slice(0, 2).map((row) => `${row.label}: ${row.value}`)}
          isBusy={place.isPending}
          onConfirm={() => send(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
