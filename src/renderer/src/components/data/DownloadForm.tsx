import { useState, type FormEvent } from 'react';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { formErrorsOf } from '../../api/form-errors';
import { useStartDownload } from '../../api/use-candle-data';
import { TextField } from '../common/TextField';
import { downloadRange } from './download-range';
import { lastUtcDays } from './utc-time';
import { SeriesFields } from './SeriesFields';

const FIELDS = ['venue', 'symbol', 'interval', 'from', 'to'] as const;

interface Props {
  readonly venues: readonly string[];
  /** Symbols with stored data, offered as suggestions. */
  readonly symbols: readonly string[];
}

/** History of one symbol over whole UTC days, fetched page by page in the background. */
export function DownloadForm({ venues, symbols }: Props) {
  const start = useStartDownload();
  const [venue, setVenue] = useState('binance');
  const [symbol, setSymbol] = useState('BTCUSDT');
  const [interval, chooseInterval] = useState<CandleInterval>('1m');
  const [range, setRange] = useState(() => lastUtcDays(30, Date.now()));
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = formErrorsOf(start.error, FIELDS);
  const formError = localError ?? errors.form;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const bars = downloadRange(interval, range.from, range.to, Date.now());
    if (typeof bars === 'string') return setLocalError(bars);
    setLocalError(null);
    start.mutate({ venue, symbol: symbol.trim(), interval, ...bars });
  };

  return (
    <form className="pane-form data-form" onSubmit={submit} noValidate data-testid="download-form">
      <div className="pane-title">Download history</div>
      <SeriesFields idPrefix="download" errors={errors.fields} symbol={symbol} onSymbol={setSymbol} interval={interval} onInterval={chooseInterval} venue={venue} venues={venues} onVenue={setVenue} />
      <div className="field-pair">
        <TextField id="download-from" label="From (UTC)" error={errors.fields.from} className="input num" type="date" value={range.from} onValue={(from) => setRange({ ...range, from })} />
        <TextField id="download-to" label="To (UTC, inclusive)" error={errors.fields.to} className="input num" type="date" value={range.to} onValue={(to) => setRange({ ...range, to })} />
      </div>
      <datalist id="data-symbols">
        {symbols.map((known) => (
          <option key={known} value={known} />
        ))}
      </datalist>
      {formError !== null && (
        <div className="form-error" role="alert" data-testid="download-form-error">
          {formError}
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="download-start" disabled={start.isPending}>
          {start.isPending ? 'Starting…' : 'Download'}
        </button>
        {start.isSuccess && localError === null && (
          <span className="form-note" role="status" data-testid="download-started">
            Download {start.data.id} started: its progress is under Downloads.
          </span>
        )}
      </div>
    </form>
  );
}
