import { useState, type FormEvent } from 'react';
import { EXPORT_DATASETS, EXPORT_FORMATS } from '../../../../../shared/schemas/export';
import { formErrorsOf } from '../../../api/form-errors';
import { useAccounts } from '../../../api/use-accounts';
import { useCreateExport } from '../../../api/use-export';
import { Field } from '../../common/Field';
import { formatBytes } from '../../common/format';
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
          <select id="export-dataset" className="select select--field" data-testid="export-dataset" value={dataset} onChange={(event) => setDataset(pick(EXPORT_DATASETS, event.target.value, dataset))}>
            {EXPORT_DATASETS.map((value) => (
              <option key={value} value={value}>
                {DATASET_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Format" htmlFor="export-format" error={errors.fields.format}>
          <select id="export-format" className="select select--field" data-testid="export-format" value={format} onChange={(event) => setFormat(pick(EXPORT_FORMATS, event.target.value, format))}>
            {EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {FORMAT_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-pair">
        <Field label="From" htmlFor="export-from" error={errors.fields.from}>
          <input id="export-from" className="input num" type="date" data-testid="export-from" value={range.from} onChange={(event) => setRange({ ...range, from: event.target.value })} />
        </Field>
        <Field label="To (inclusive)" htmlFor="export-to" error={errors.fields.to}>
          <input id="export-to" className="input num" type="date" data-testid="export-to" value={range.to} onChange={(event) => setRange({ ...range, to: event.target.value })} />
        </Field>
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

function pick<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}
