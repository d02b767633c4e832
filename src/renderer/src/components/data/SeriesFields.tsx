import { CANDLE_INTERVALS, type CandleInterval } from '../../../../shared/domain/enums';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { Field } from '../common/Field';
import { TextField } from '../common/TextField';
import { INTERVAL_LABELS } from './interval-choices';
import { VenueSelect } from './VenueSelect';

interface SeriesFieldsProps {
  /** Prefix of the inputs' ids: "download" gives download-symbol, download-interval, download-venue. */
  readonly idPrefix: string;
  readonly errors: Readonly<Record<string, string | undefined>>;
  readonly symbol: string;
  readonly onSymbol: (symbol: string) => void;
  readonly interval: CandleInterval;
  readonly onInterval: (interval: CandleInterval) => void;
  readonly venue: string;
  readonly venues: readonly string[];
  readonly onVenue: (venue: string) => void;
}

/** Symbol, interval and venue: which series a download or an import is for. */
export function SeriesFields({ idPrefix, errors, symbol, onSymbol, interval, onInterval, venue, venues, onVenue }: SeriesFieldsProps) {
  return (
    <div className="field-trio">
      <TextField
        id={`${idPrefix}-symbol`}
        label="Symbol"
        error={errors['symbol']}
        className="input"
        list="data-symbols"
        autoComplete="off"
        spellCheck={false}
        value={symbol}
        onValue={(value) => onSymbol(value.toUpperCase())}
      />
      <Field label="Interval" htmlFor={`${idPrefix}-interval`} error={errors['interval']}>
        <ChoiceSelect id={`${idPrefix}-interval`} className="select select--field" options={CANDLE_INTERVALS} labels={INTERVAL_LABELS} value={interval} onChoose={onInterval} />
      </Field>
      <Field label="Venue" htmlFor={`${idPrefix}-venue`} error={errors['venue']}>
        <VenueSelect id={`${idPrefix}-venue`} venues={venues} value={venue} onChoose={onVenue} />
      </Field>
    </div>
  );
}
