import { priceKeyStep } from './ticket-keys';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly hasError: boolean;
  readonly onChange: (value: string) => void;
  /** One tick up (1) or down (-1): the ± buttons and ArrowUp / ArrowDown. */
  readonly onStep: (direction: 1 | -1) => void;
  readonly testId: string;
  readonly placeholder?: string;
  /** Without the ± buttons and the unit, for three prices in a row; the arrow keys still step. */
  readonly isCompact?: boolean;
}

/** A price on the symbol's tick, with ± buttons; the arrow keys move it a tick too. */
export function PriceInput({ id, label, value, unit, hasError, onChange, onStep, testId, placeholder, isCompact = false }: Props) {
  return (
    <div className="ticket-field" title={isCompact ? `${label}, in ${unit} (↑ ↓ move it a tick)` : undefined}>
      <label className="ticket-label" htmlFor={id}>
        {label}
      </label>
      <div className={hasError ? 'ticket-box has-error' : 'ticket-box'}>
        {!isCompact && (
          <button type="button" className="ticket-step" tabIndex={-1} aria-label={`${label}: one tick lower`} data-testid={`${testId}-down`} onClick={() => onStep(-1)}>
            −
          </button>
        )}
        <input
          id={id}
          className="ticket-input num"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          aria-invalid={hasError}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            const step = priceKeyStep(event);
            if (step === null) return;
            event.preventDefault();
            onStep(step);
          }}
        />
        {!isCompact && <span className="ticket-unit">{unit}</span>}
        {!isCompact && (
          <button type="button" className="ticket-step" tabIndex={-1} aria-label={`${label}: one tick higher`} data-testid={`${testId}-up`} onClick={() => onStep(1)}>
            +
          </button>
        )}
      </div>
    </div>
  );
}
