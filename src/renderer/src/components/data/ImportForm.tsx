import { useState, type FormEvent } from 'react';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { formErrorsOf } from '../../api/form-errors';
import { useImportCandles } from '../../api/use-candle-data';
import { WarningIcon } from '../common/Icons';
import { TextField } from '../common/TextField';
import { guessFromFileName } from './coverage-view';
import { importSummary } from './data-labels';
import { SeriesFields } from './SeriesFields';

const FIELDS = ['path', 'venue', 'symbol', 'interval'] as const;

/**
 * A Binance kline CSV (as data.binance.vision publishes them, plain or gzip) from the machine
 * the core runs on: in the web shell that is the server, not the browser's machine.
 */
export function ImportForm({ venues }: { venues: readonly string[] }) {
  const importer = useImportCandles();
  const [path, setPath] = useState('');
  const [symbol, setSymbol] = useState('');
  const [interval, chooseInterval] = useState<CandleInterval>('1m');
  const [venue, setVenue] = useState('binance');
  const errors = formErrorsOf(importer.error, FIELDS);
  // The core cannot tell a 1h file imported as 1m from a 1m file with gaps: say so first.
  const named = guessFromFileName(path.trim());
  const isMismatch = named !== null && (named.symbol !== symbol.trim() || named.interval !== interval);

  // A file whose name says what it holds fills symbol and interval in; they stay editable.
  const changePath = (value: string): void => {
    setPath(value);
    const guess = guessFromFileName(value.trim());
    if (guess === null) return;
    setSymbol(guess.symbol);
    chooseInterval(guess.interval);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    importer.mutate({ path: path.trim(), venue, symbol: symbol.trim(), interval });
  };

  return (
    <form className="pane-form data-form" onSubmit={submit} noValidate data-testid="import-form">
      <div className="pane-title">Import a kline CSV</div>
      <TextField
        id="import-path"
        label="File on the machine running Tradewind"
        hint="Binance klines, 6 or 12 columns, plain or .gz. Every row is imported, or none."
        error={errors.fields.path}
        className="input input--mono"
        placeholder="/data/BTCUSDT-1m-2024-01.csv"
        spellCheck={false}
        autoComplete="off"
        value={path}
        onValue={changePath}
      />
      <SeriesFields idPrefix="import" errors={errors.fields} symbol={symbol} onSymbol={setSymbol} interval={interval} onInterval={chooseInterval} venue={venue} venues={venues} onVenue={setVenue} />
      {isMismatch && (
        <div className="form-callout form-callout--warn" data-testid="import-mismatch">
          <WarningIcon size={14} />
          <span>
            The file name says <strong>{`${named.symbol} ${named.interval}`}</strong>; it will be stored as {`${symbol.trim() || '?'} ${interval}`}.
          </span>
        </div>
      )}
      {errors.form !== null && (
        <div className="form-error" role="alert" data-testid="import-error">
          {errors.form}
        </div>
      )}
      {importer.isSuccess && (
        <div className="export-result" role="status" data-testid="import-result">
          <div className="num">{importSummary(importer.data)}</div>
          <code className="export-path" title={importer.data.file}>
            {importer.data.file}
          </code>
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="import-start" disabled={importer.isPending}>
          {importer.isPending ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}
