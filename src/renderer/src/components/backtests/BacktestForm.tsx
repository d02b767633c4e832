import { useState, type FormEvent } from 'react';
import { StrategyField } from './StrategyField';
import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { type StrategyInfo } from '../../../../shared/schemas/backtests';
import { paramsFromValues, paramValuesOf, placeStrategyError } from '../../api/backtest-params';
import { formErrorsOf } from '../../api/form-errors';
import { useBacktestProgress, useRunBacktest } from '../../api/use-backtests';
import { ParamFields } from './ParamFields';
import { RunProgress } from './RunProgress';
import { RunSetupFields } from './RunSetupFields';
import { readRunSetup } from './run-setup';
import { useSeriesSetup, useStrategyChoice } from './use-run-target';

const FIELDS = ['strategy', 'params', 'symbol', 'interval', 'from', 'to', 'initialCapital', 'makerFee', 'takerFee', 'slippageBps'] as const;

interface Props {
  readonly strategies: readonly StrategyInfo[];
  readonly series: readonly SeriesCoverage[];
  readonly onOpen: (id: number) => void;
}


/** A new run: a strategy and its parameters, a stored series and range, capital and costs. */
export function BacktestForm({ strategies, series, onOpen }: Props) {
  const run = useRunBacktest();
  const progress = useBacktestProgress();
  const { strategy, fields, choose } = useStrategyChoice(strategies);
  const [paramValues, setParamValues] = useState<Record<string, string>>(() => (strategy === undefined ? {} : paramValuesOf(fields, strategy.defaults)));
  const { chosen, chooseSeries, setup, setSetup } = useSeriesSetup(series);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const serverErrors = formErrorsOf(run.error, FIELDS);
  const placed = serverErrors.form === null ? null : placeStrategyError(serverErrors.form, fields.map((field) => field.key));
  const paramErrors = { ...(placed === null ? {} : { [placed.key]: placed.message }), ...localErrors };
  const formError = placed === null ? serverErrors.form : null;
  const started = run.data;

  const chooseStrategy = (type: string): void => {
    const next = choose(type);
    if (next === undefined) return;
    setParamValues(paramValuesOf(next.fields, next.strategy.defaults));
    setLocalErrors({});
    run.reset();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (strategy === undefined || chosen === undefined) return;
    const { params, errors } = paramsFromValues(fields, paramValues);
    const problems: Record<string, string> = { ...errors };
    const read = readRunSetup(setup);
    Object.assign(problems, read.problems);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || read.input === null) return;
    run.mutate({ strategy: strategy.type, params, venue: chosen.venue, symbol: chosen.symbol, interval: chosen.interval, ...read.input });
  };

  const fieldError = (key: string): string | undefined => localErrors[key] ?? serverErrors.fields[key as (typeof FIELDS)[number]];

  return (
    <form className="pane-form bt-form" onSubmit={submit} noValidate data-testid="backtest-form">
      <div className="pane-title">New backtest</div>
      <StrategyField id="backtest-strategy" strategies={strategies} chosen={strategy} error={fieldError('strategy')} onChoose={chooseStrategy} />
      <ParamFields
        fields={fields}
        values={paramValues}
        errors={paramErrors}
        onValue={(key, value) => {
          setParamValues((current) => ({ ...current, [key]: value }));
          setLocalErrors(({ [key]: _dropped, ...rest }) => rest);
        }}
      />
      <RunSetupFields idPrefix="backtest" series={series} chosen={chosen} onChooseSeries={chooseSeries} setup={setup} onSetup={setSetup} fieldError={fieldError} />
      {formError !== null && (
        <div className="form-error" role="alert" data-testid="backtest-form-error">
          {formError}
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="backtest-run" disabled={run.isPending || strategy === undefined || chosen === undefined}>
          {run.isPending ? 'Starting…' : 'Run backtest'}
        </button>
      </div>
      {started !== undefined && <RunProgress run={started} progress={progress[started.id]} onOpen={onOpen} />}
    </form>
  );
}
