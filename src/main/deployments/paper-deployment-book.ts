import { type EntryRefusal } from '../../shared/risk/entry-limits';
import { type BarView, type Intent, type PositionView } from '../../shared/strategy/types';
import { type ActOutcome, type DeploymentBook } from './deployment-book';
import { type NewTrade, type StateUpdate } from './deployment-repo';
import { floatToDecimal } from './float-decimal';
import { type PaperBook } from './paper-book';

/** How a refused entry reads in the journal and the deployment's status. */
export function describeRefusal(refusal: EntryRefusal, book: { settings: { maxTradesPerDay: number | null; maxAmountPerTrade: number | null; cooldownMs: number | null; maxDrawdownPct: number | null }; lastExit: number | null }, quoteAmount: number): string {
  const { settings } = book;
  switch (refusal) {
    case 'max-trades-per-day':
      return `Max trades per day reached (${settings.maxTradesPerDay ?? 0})`;
    case 'max-amount-per-trade':
      return `The entry of ${quoteAmount} is over the max amount per trade (${settings.maxAmountPerTrade ?? 0})`;
    case 'cooldown': {
      const until = (book.lastExit ?? 0) + (settings.cooldownMs ?? 0);
      return `Cooling down after the last exit until ${new Date(until).toISOString()}`;
    }
    case 'max-drawdown':
      return `Max drawdown reached (${(settings.maxDrawdownPct ?? 0) * 100} % below the equity peak)`;
  }
}

/** Limits that pause the deployment when hit; a cooldown only skips the entry. */
export const PAUSING_REFUSALS: readonly EntryRefusal[] = ['max-trades-per-day', 'max-amount-per-trade', 'max-drawdown'];

/**
 * A paper deployment's book: intents go to the simulated broker, which fills them from the
 * next bar as the backtest does. Nothing reaches the exchange.
 */
export class PaperDeploymentBook implements DeploymentBook {
  readonly mode = 'paper';

  constructor(
    readonly book: PaperBook,
    /** One bar in ms: an entry decided at a close fills at the next open, where the limits are checked. */
    private readonly barMs: number,
    private readonly quoteAsset: string,
  ) {}

  beforeStep(bar: BarView): Promise<void> {
    this.book.settle(bar);
    return Promise.resolve();
  }

  position(): PositionView {
    return this.book.position();
  }

  equity(): number {
    return this.book.equity;
  }

  act(intent: Intent, bar: BarView): Promise<ActOutcome> {
    return Promise.resolve(this.#act(intent, bar));
  }

  #act(intent: Intent, bar: BarView): ActOutcome {
    const { book } = this;
    if (intent.action === 'exit') {
      const isOpen = book.broker.isOpen;
      book.submit(intent);
      return isOpen
        ? { orderClientId: null, noOrderReason: null, outcome: `Simulated market sell of ${book.broker.quantity} at the next bar's open`, pauseReason: null }
        : { orderClientId: null, noOrderReason: 'No open position to sell', outcome: 'Nothing to sell', pauseReason: null };
    }
    if (book.broker.isOpen) return { orderClientId: null, noOrderReason: 'Already in a position', outcome: 'No order: already in a position', pauseReason: null };
    const refusal = book.entryRefusal(bar.time + this.barMs, intent.quoteAmount);
    if (refusal !== null) {
      const reason = describeRefusal(refusal, { settings: book.limits.settings, lastExit: book.limits.snapshot().lastExit }, intent.quoteAmount);
      return { orderClientId: null, noOrderReason: reason, outcome: `No order: ${reason}`, pauseReason: PAUSING_REFUSALS.includes(refusal) ? reason : null };
    }
    book.submit(intent);
    const what = intent.orderType === 'limit' ? `Simulated limit buy at ${intent.limitPrice ?? NaN}` : "Simulated market buy at the next bar's open";
    return { orderClientId: null, noOrderReason: null, outcome: `${what} for ${intent.quoteAmount} ${this.quoteAsset}`, pauseReason: null };
  }

  takeClosedTrades(): Omit<NewTrade, 'sessionId' | 'mode'>[] {
    return this.book.takeClosedTrades().flatMap((trade) =>
      trade.exitTime === null || trade.exitPrice === null
        ? []
        : [
            {
              entryTime: trade.entryTime,
              entryPrice: trade.entryPrice,
              exitTime: trade.exitTime,
              exitPrice: trade.exitPrice,
              quantity: trade.quantity,
              fees: trade.fees,
              pnl: trade.pnl,
              returnPct: trade.returnPct,
              entryReason: trade.entryReason,
              exitReason: trade.exitReason ?? 'signal',
              entryOrderClientId: null,
              exitOrderClientId: null,
            },
          ],
    );
  }

  stateUpdate(bar: BarView): StateUpdate {
    const { broker } = this.book;
    const isOpen = broker.quantity > 0;
    return {
      positionQty: floatToDecimal(broker.quantity),
      entryPrice: isOpen ? floatToDecimal(broker.entryPrice) : null,
      unrealizedPnl: floatToDecimal(isOpen ? broker.quantity * (bar.close - broker.entryPrice) : 0),
      tradesToday: this.book.limits.entriesOn(bar.time),
      book: JSON.stringify(this.book.snapshot()),
    };
  }
}
