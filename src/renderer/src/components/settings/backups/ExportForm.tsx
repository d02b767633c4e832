import { useState, type FormEvent } from 'react';
import { EXPORT_DATASETS, EXPORT_FORMATS } from '../../../../../shared/schemas/export';
import { formErrorsOf } from '../../../api/form-errors';
import { useAccounts } from '../../../api/use-accounts';
import { useCreateExport } from '../../../api/use-export';
import { ChoiceSelect } from '../../common/ChoiceSelect';
import { Field } from '../../common/Field';
import { formatBytes } from '../../common/format';
import { TextField } from '../../common/TextField';
import { exportRange, thisYear } from './export-range';

const DATASET_LABELS = { orders: 'Orders', fills: 'Fills (trades)' } as const;
const FORMAT_LABELS = { csv: 'CSV', json: 'JSON' } as const;
const FIELDS = ['dataset', 'format', 'from', 'to', 'accountId'] as const;

type Dataset = (typeof EXPORT_DATASETS)[number];
type Format = (typeof EXPORT_FORMATS)[number];

/** Orders or fills of a date range into a file in the data folder, for tax tools and spreadsheets. */
export function ExportForm() {
  const exporter = useCreateExport();
  const accounts = useAccounts();
  const [dataset, setDataset] = useState<Dataset>('orders');
  const [format, setFormat] = useState<Format>('csv');
  const [range, setRange] = useState(() => thisYear(new Date()));
  const [accountId, setAccountId] = useState<number | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = formErrorsOf(exporter.error, FIELDS);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const span = exportRange(range.from, range.to);
    if (span === null) return setLocalError('Choose both dates.');
    if (span.from > span.to) return setLocalError('"From" is after "to".');
    setLocalError(null);
    exporter.mutate({ dataset, format, ...span, ...(accountId === null ? {} : { accountId }) });
  };

  return (
    <form className="pane-form" onSubmit={submit} noValidate data-testid="export-form">
      <div className="pane-title">Export</div>
      <div className="field-pair">
        <Field label="Data" htmlFor="export-dataset" error={errors.fields.dataset}>
          <ChoiceSelect id="export-dataset" className="select select--field" options={EXPORT_DATASETS} labels={DATASET_LABELS} value={dataset} onChoose={setDataset} />
        </Field>
        <Field label="Format" htmlFor="export-format" error={errors.fields.format}>
          <ChoiceSelect id="export-format" className="select select--field" options={EXPORT_FORMATS} labels={FORMAT_LABELS} value={format} onChoose={setFormat} />
        </Field>
      </div>
      <div className="field-pair">
        <TextField id="export-from" label="From" error={errors.fields.from} className="input num" type="date" value={range.from} onValue={(from) => setRange({ ...range, from })} />
        <TextField id="export-to" label="To (inclusive)" error={errors.fields.to} className="input num" type="date" value={range.to} onValue={(to) => setRange({ ...range, to })} />
      </div>
      <Field label="Account" htmlFor="export-account" error={errors.fields.accountId}>
        <select
          id="export-account"
          className="select select--field"
          data-testid="export-account"
          value={accountId ?? ''}
          onChange={(event) => setAccountId(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">All accounts</option>
          {(accounts.data?.accounts ?? []).map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </Field>
      {(localError ?? errors.form) !== null && (
        <div className="form-error" role="alert" data-testid="export-error">
          {localError ?? errors.form}
        </div>
      )}
      {exporter.isSuccess && (
        <div className="export-result" role="status" data-testid="export-result">
          <div>
            Wrote <span className="num">{exporter.data.rows.toLocaleString()}</span> {exporter.data.rows === 1 ? 'row' : 'rows'} ·{' '}
            <span className="num">{formatBytes(exporter.data.bytes)}</span>
          </div>
          <code className="export-path" data-testid="export-path" title={exporter.data.path}>
            {exporter.data.path}
          </code>
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="export-create" disabled={exporter.isPending}>
          {exporter.isPending ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
      </div>
    </form>
  );
}
