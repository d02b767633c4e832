import { TextField } from '../common/TextField';
import { type LimitValues } from './deployment-form';

interface Props {
  /** Prefix of the inputs' ids and test ids: `${idPrefix}-limit-maxTradesPerDay`. */
  readonly idPrefix: string;
  readonly values: LimitValues;
  /** Quote asset of the market, for the amount's unit. */
  readonly quote: string;
  readonly errorOf: (key: keyof LimitValues) => string | undefined;
  /** A refusal of the limits as a whole. */
  readonly groupError: string | undefined;
  readonly onValue: (key: keyof LimitValues, value: string) => void;
}

/** A deployment's own limits, each empty for none; hitting one pauses it (a cooldown only skips the entry). */
export function LimitsFields({ idPrefix, values, quote, errorOf, groupError, onValue }: Props) {
  const field = (key: keyof LimitValues, label: string, hint: string, inputMode: 'numeric' | 'decimal') => (
    <TextField
      id={`${idPrefix}-limit-${key}`}
      label={label}
      hint={hint}
      error={errorOf(key)}
      className="input num"
      inputMode={inputMode}
      placeholder="none"
      autoComplete="off"
      value={values[key]}
      onValue={(value) => onValue(key, value)}
    />
  );
  return (
    <fieldset className="dp-limits" data-testid={`${idPrefix}-limits`}>
      <legend className="field-title">Limits (optional)</legend>
      <div className="field-pair">
        {field('maxTradesPerDay', 'Max trades per day', 'Pauses it when reached', 'numeric')}
        {field('maxAmountPerTrade', `Max amount per trade${quote === '' ? '' : ` (${quote})`}`, 'Pauses an entry above it', 'decimal')}
      </div>
      <div className="field-pair">
        {field('cooldownMinutes', 'Cooldown (minutes)', 'No entry this soon after an exit', 'numeric')}
        {field('maxDrawdownPct', 'Max drawdown (%)', 'Below the equity peak: pauses it', 'decimal')}
      </div>
      {groupError !== undefined && (
        <span className="field-error" role="alert" data-testid={`${idPrefix}-limits-error`}>
          {groupError}
        </span>
      )}
    </fieldset>
  );
}
