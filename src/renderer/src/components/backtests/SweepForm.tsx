import { useMemo, useState, type FormEvent } from 'react';
import { StrategyField } from './StrategyField';
import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { SWEEP_RANK_METRICS, type StrategyInfo } from '../../../../shared/schemas/backtests';
import { boundsText, placeStrategyError } from '../../api/backtest-params';
import { formErrorsOf } from '../../api/form-errors';
import { axisValuesOf, sweepGridOf, type AxisValues } from '../../api/sweep-form';
import { metricLabel } from '../../api/sweep-results';
import { useRunSweep, useSweepProgress, type SweepRunInput } from '../../api/use-sweeps';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { Field } from '../common/Field';
import { TextField } from '../common/TextField';
import { SweepProgressBox } from './SweepProgressBox';
import { RunSetupFields } from './RunSetupFields';
import { readRunSetup } from './run-setup';
import { useSeriesSetup, useStrategyChoice } from './use-run-target';

const FIELDS = ['strategy', 'params', 'grid', 'rank', 'walkForwardWindows', 'symbol', 'interval', 'from', 'to', 'initialCapital', 'makerFee', 'takerFee', 'slippageBps'] as const;

interface Props {
  readonly strategies: readonly StrategyInfo[];
  readonly series: readonly SeriesCoverage[];
  /** A sweep the core accepted, with what it was asked (its rows run again as single backtests with it). */
  readonly onStarted: (id: number, input: SweepRunInput) => void;
  readonly onShow: (id: number) => void;
  readonly current: number | null;
}

type RankMetric = (typeof SWEEP_RANK_METRICS)[number];
const RANK_LABELS = Object.fromEntries(SWEEP_RANK_METRICS.map((key) => [key, metricLabel(key)])) as Readonly<Record<RankMetric, string>>;


/** A parameter sweep: each number fixed or a range, a metric to rank by, optional walk-forward windows, the series and costs. */
export function SweepForm({ strategies, series, onStarted, onShow, current }: Props) {
  const run = useRunSweep();
  const progress = useSweepProgress();
  const { strategy, fields, choose } = useStrategyChoice(strategies);
  const [axes, setAxes] = useState<Record<string, AxisValues>>(() => (strategy === undefined ? {} : axisValuesOf(fields, strategy.defaults)));
  const [rank, setRank] = useState<RankMetric>('sharpe');
  const [windows, setWindows] = useState('0');
  const { chosen, chooseSeries, setup, setSetup } = useSeriesSetup(series);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const planned = useMemo(() => sweepGridOf(fields, axes), [fields, axes]);
  const serverErrors = formErrorsOf(run.error, FIELDS);
  const placed = serverErrors.form === null ? null : placeStrategyError(serverErrors.form, fields.map((field) => field.key));
  const paramErrors: Record<string, string> = { ...(placed === null ? {} : { [placed.key]: placed.message }), ...localErrors };
  const formError = placed === null ? (serverErrors.form ?? serverErrors.fields.grid ?? serverErrors.fields.params ?? null) : null;

  const chooseStrategy = (type: string): void => {
    const next = choose(type);
    if (next === undefined) return;
    setAxes(axisValuesOf(next.fields, next.strategy.defaults));
    setLocalErrors({});
    run.reset();
  };

  const setAxis = (key: string, part: keyof AxisValues, value: string): void => {
    setAxes((known) => ({ ...known, [key]: { ...(known[key] ?? { from: '', to: '', step: '' }), [part]: value } }));
    setLocalErrors(({ [key]: _a, [`${key}-to`]: _b, [`${key}-step`]: _c, ...rest }) => rest);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (strategy === undefined || chosen === undefined) return;
    const { params, grid, errors } = planned;
    const problems: Record<string, string> = { ...errors };
    if (Object.keys(errors).length === 0 && Object.keys(grid).length === 0) problems['grid'] = 'Give a range (to and step) for at least one parameter';
    const read = readRunSetup(setup);
    Object.assign(problems, read.problems);
    const walkForwardWindows = Number(windows);
    if (!Number.isInteger(walkForwardWindows) || walkForwardWindows < 0 || walkForwardWindows === 1 || walkForwardWindows > 50) problems['walkForwardWindows'] = '0 (off) or 2 to 50';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || read.input === null) return;
    const input: SweepRunInput = { strategy: strategy.type, params, grid, rank, walkForwardWindows, venue: chosen.venue, symbol: chosen.symbol, interval: chosen.interval, ...read.input };
    run.mutate(input, { onSuccess: (started) => onStarted(started.id, input) });
  };

  const fieldError = (key: string): string | undefined => localErrors[key] ?? serverErrors.fields[key as (typeof FIELDS)[number]];
  const startedId = run.data?.id ?? null;
  const shown = startedId ?? current;

  return (
    <form className="pane-form bt-form" onSubmit={submit} noValidate data-testid="sweep-form">
      <div className="pane-title">New sweep</div>
      <StrategyField id="sweep-strategy" strategies={strategies} chosen={strategy} error={fieldError('strategy')} onChoose={chooseStrategy} />
      <div className="sw-axes" data-testid="sweep-params">
        <div className="sw-axes-head">
          <span>Parameter</span>
          <span>From / fixed</span>
          <span>To</span>
          <span>Step</span>
        </div>
        {fields.map((field) => {
          const values = axes[field.key] ?? { from: '', to: '', step: '' };
          const error = paramErrors[field.key] ?? paramErrors[`${field.key}-to`] ?? paramErrors[`${field.key}-step`];
          return field.kind === 'choice' ? (
            <div key={field.key} className="sw-axis" data-testid={`sweep-axis-${field.key}`}>
              <label className="sw-axis-label" htmlFor={`sweep-param-${field.key}-from`}>
                {field.label}
              </label>
              <ChoiceSelect
                id={`sweep-param-${field.key}-from`}
                className="select sw-axis-choice"
                options={field.options}
                labels={Object.fromEntries(field.options.map((option) => [option, option.toUpperCase()]))}
                value={values.from === '' ? (field.options[0] ?? '') : values.from}
                onChoose={(value) => setAxis(field.key, 'from', value)}
              />
            </div>
          ) : (
            <div key={field.key} className={`sw-axis${error === undefined ? '' : ' has-error'}`} data-testid={`sweep-axis-${field.key}`} title={boundsText(field)}>
              <label className="sw-axis-label" htmlFor={`sweep-param-${field.key}-from`}>
                {field.label}
              </label>
              {(['from', 'to', 'step'] as const).map((part) => (
                <input
                  key={part}
                  id={`sweep-param-${field.key}-${part}`}
                  data-testid={`sweep-param-${field.key}-${part}`}
                  aria-label={`${field.label} ${part}`}
                  aria-invalid={paramErrors[part === 'from' ? field.key : `${field.key}-${part}`] !== undefined}
                  className="input num"
                  inputMode={field.isInteger ? 'numeric' : 'decimal'}
                  placeholder={part === 'from' ? (field.isNullable ? 'off' : '') : 'fixed'}
                  autoComplete="off"
                  value={values[part]}
                  onChange={(event) => setAxis(field.key, part, event.target.value)}
                />
              ))}
              {error !== undefined && (
                <span className="field-error sw-axis-error" role="alert" data-testid={`sweep-param-${field.key}-error`}>
                  {error}
                </span>
              )}
            </div>
          );
        })}
        <div className={`sw-axes-note${localErrors['grid'] === undefined ? '' : ' field-error'}`} data-testid="sweep-count">
          {localErrors['grid'] ?? (planned.combinations === 0 ? 'Fill To and Step to vary a parameter; leave them empty to keep it fixed.' : `${planned.combinations.toLocaleString('en-US')} combinations (the strategy may skip some)`)}
        </div>
      </div>
      <div className="field-pair">
        <Field label="Rank by" htmlFor="sweep-rank" error={fieldError('rank')}>
          <ChoiceSelect
            id="sweep-rank"
            className="select select--field"
            options={SWEEP_RANK_METRICS}
            labels={RANK_LABELS}
            value={rank}
            onChoose={setRank}
          />
        </Field>
        <TextField id="sweep-windows" label="Walk-forward windows" hint="0 = off" error={fieldError('walkForwardWindows')} className="input num" inputMode="numeric" value={windows} onValue={setWindows} />
      </div>
      <RunSetupFields idPrefix="sweep" series={series} chosen={chosen} onChooseSeries={chooseSeries} setup={setup} onSetup={setSetup} fieldError={fieldError} />
      {formError !== null && (
        <div className="form-error" role="alert" data-testid="sweep-form-error">
          {formError}
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="sweep-run" disabled={run.isPending || strategy === undefined || chosen === undefined}>
          {run.isPending ? 'Starting…' : 'Run sweep'}
        </button>
      </div>
      {shown !== null && <SweepProgressBox id={shown} progress={progress[shown] ?? (run.data?.id === shown ? run.data : undefined)} onShow={onShow} />}
    </form>
  );
}
