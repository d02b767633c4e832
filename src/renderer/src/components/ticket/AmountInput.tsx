import { type RefObject } from 'react';
import { PERCENTS, type AmountUnit } from './ticket-amounts';

interface Props {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly value: string;
  readonly unit: AmountUnit;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly hasError: boolean;
  /** What is free to spend (a buy) or sell, e.g. "1,000 USDT"; null while unknown. */
  readonly available: string | null;
  readonly canUsePercent: boolean;
  readonly onChange: (value: string) => void;
  readonly onUnit: (unit: AmountUnit) => void;
  readonly onPercent: (percent: number) => void;
}

/** The amount, in base or in quote, with quick shares of what is free. */
export function AmountInput({ inputRef, value, unit, baseAsset, quoteAsset, hasError, available, canUsePercent, onChange, onUnit, onPercent }: Props) {
  return (
    <div className="ticket-field">
      <div className="ticket-label-row">
        <label className="ticket-label" htmlFor="ticket-amount">
          Amount
        </label>
        <span className="ticket-available num" data-testid="ticket-available">
          {available === null ? 'Free: —' : `Free: ${available}`}
        </span>
      </div>
      <div className={hasError ? 'ticket-box has-error' : 'ticket-box'}>
        <input
          ref={inputRef}
          id="ticket-amount"
          className="ticket-input ticket-input--amount num"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder="0"
          value={value}
          aria-invalid={hasError}
          data-testid="ticket-amount"
          onChange={(event) => onChange(event.target.value)}
        />
        <div className="ticket-units" role="group" aria-label="Amount in">
          {(['base', 'quote'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className={choice === unit ? 'ticket-unit-btn is-on' : 'ticket-unit-btn'}
              aria-pressed={choice === unit}
              data-testid={`ticket-unit-${choice}`}
              onClick={() => onUnit(choice)}
            >
              {choice === 'base' ? baseAsset : quoteAsset}
            </button>
          ))}
        </div>
      </div>
      <div className="ticket-percents">
        {PERCENTS.map((percent) => (
          <button
            key={percent}
            type="button"
            className="ticket-percent"
            disabled={!canUsePercent}
            data-testid={`ticket-pct-${percent}`}
            title={canUsePercent ? `${percent} % of the free balance` : 'Needs the balances and a price'}
            onClick={() => onPercent(percent)}
          >
            {percent}%
          </button>
        ))}
      </div>
    </div>
  );
}
