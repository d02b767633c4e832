import { useRef, useState, type FormEvent } from 'react';
import { DeploymentParamFields } from './DeploymentParamFields';
import { StrategyField } from '../backtests/StrategyField';
import { CANDLE_INTERVALS, DEPLOYMENT_MODES } from '../../../../shared/domain/enums';
import { type Account } from '../../../../shared/schemas/accounts';
import { type StrategyInfo } from '../../../../shared/schemas/backtests';
import { useChartLayouts } from '../../api/use-chart-layouts';
import { useCreateDeployment } from '../../api/use-deployments';
import { useStrategyChoice } from '../backtests/use-run-target';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { Field } from '../common/Field';
import { WarningIcon } from '../common/Icons';
import { TextField } from '../common/TextField';
import { INTERVAL_LABELS } from '../data/interval-choices';
import { LimitsFields } from './LimitsFields';
import { NO_LIMIT_VALUES, placeServerError, readCreateForm, type CreateFormValues } from './deployment-form';
import { assetsOf } from './deployment-view';
import { useFieldErrors } from './use-field-errors';
import { useFocusFirstError } from './use-focus-first-error';
import { useParamValues } from './use-param-values';

interface Props {
  readonly strategies: readonly StrategyInfo[];
  readonly accounts: readonly Account[];
  readonly onOpen: (id: number) => void;
  /** The form was sent (or refused before sending): the panel keeps it in view from then on. */
  readonly onSubmitted: () => void;
  readonly onHide: () => void;
}

/** What is typed; the account, pair and timeframe follow the chart (null) until one is chosen here. */
type Draft = Omit<CreateFormValues, 'accountId' | 'symbol' | 'timeframe'> & {
  readonly accountId: number | null;
  readonly symbol: string | null;
  readonly timeframe: CreateFormValues['timeframe'] | null;
};

const INITIAL: Draft = { accountId: null, symbol: null, timeframe: null, amountPerTrade: '100', mode: 'paper', paperCapital: '10000', limits: NO_LIMIT_VALUES, start: true };
const MODE_LABELS = { paper: 'Paper (simulated fills)', live: 'Live (real orders)' } as const;

/**
 * A new deployment: an exchange account, a strategy with its parameters, the pair and timeframe
 * (the chart's until changed), the amount per trade, paper or live, optional limits. What the
 * core refuses is said beside the field it concerns; nothing typed is lost.
 */
export function DeploymentForm({ strategies, accounts, onOpen, onSubmitted, onHide }: Props) {
  const create = useCreateDeployment();
  const { layout } = useChartLayouts();
  const { strategy, fields: allFields, choose } = useStrategyChoice(strategies);
  const params = useParamValues(allFields, strategy?.defaults ?? {});
  const [draft, setDraft] = useState<Draft>(INITIAL);
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useFocusFirstError(formRef, create.error ?? refusals);
  const exchangeAccounts = accounts.filter((account) => account.environment !== 'paper');
  const chartAccount = exchangeAccounts.find((account) => account.id === layout.accountId);
  const values: CreateFormValues = {
    ...draft,
    accountId: draft.accountId ?? chartAccount?.id ?? exchangeAccounts[0]?.id ?? null,
    symbol: draft.symbol ?? layout.symbol,
    timeframe: draft.timeframe ?? layout.interval,
  };
  const server = placeServerError(create.error, params.fields.map((field) => field.key));
  const errors = useFieldErrors(server.fields);
  const quote = assetsOf(values.symbol.trim().toUpperCase()).quote;

  const edit = (key: string, patch: Partial<Draft>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    errors.dismiss(key);
  };
  const chooseStrategy = (type: string): void => {
    const next = choose(type);
    if (next === undefined) return;
    params.reset(next.fields, next.strategy.defaults);
    errors.clear();
    create.reset();
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (strategy === undefined) return;
    onSubmitted();
    const read = params.read();
    const form = readCreateForm(values, strategy.type, read.params);
    const problems = { ...read.errors, ...form.errors };
    errors.setLocal(problems);
    if (Object.keys(problems).length > 0 || form.input === null) {
      setRefusals((count) => count + 1);
      return;
    }
    create.mutate(form.input);
  };
  const created = create.data;

  return (
    <form ref={formRef} className="pane-form dp-form" onSubmit={submit} noValidate data-testid="deployment-form">
      <div className="pane-title">
        <span className="pane-title-name">New deployment</span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn--small" data-testid="deploy-form-hide" title="Hide the form; what is typed stays" onClick={onHide}>
          Hide
        </button>
      </div>
      <Field label="Account" htmlFor="deploy-account" error={errors.of('accountId')} hint={exchangeAccounts.length === 0 ? 'Add an exchange account under Settings → Accounts: paper accounts have no market to follow' : undefined}>
        <select
          id="deploy-account"
          className="select select--field"
          data-testid="deploy-account"
          value={values.accountId ?? ''}
          onChange={(event) => edit('accountId', { accountId: Number(event.target.value) })}
        >
          {exchangeAccounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </Field>
      <StrategyField id="deploy-strategy" strategies={strategies} chosen={strategy} error={errors.of('strategyType')} onChoose={chooseStrategy} />
      <DeploymentParamFields idPrefix="deploy" params={params} errors={errors} />
      <div className="field-pair">
        <TextField
          id="deploy-symbol"
          label="Symbol"
          error={errors.of('symbol')}
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={values.symbol}
          onValue={(symbol) => edit('symbol', { symbol: symbol.toUpperCase() })}
        />
        <Field label="Timeframe" htmlFor="deploy-timeframe" error={errors.of('timeframe')}>
          <ChoiceSelect id="deploy-timeframe" className="select select--field" options={CANDLE_INTERVALS} labels={INTERVAL_LABELS} value={values.timeframe} onChoose={(timeframe) => edit('timeframe', { timeframe })} />
        </Field>
      </div>
      <div className="field-pair">
        <TextField
          id="deploy-amount"
          label={`Amount per trade${quote === '' ? '' : ` (${quote})`}`}
          hint="Spent on each entry"
          error={errors.of('amountPerTrade')}
          className="input num"
          inputMode="decimal"
          autoComplete="off"
          value={values.amountPerTrade}
          onValue={(amountPerTrade) => edit('amountPerTrade', { amountPerTrade })}
        />
        <Field label="Mode" htmlFor="deploy-mode" error={errors.of('mode')}>
          <ChoiceSelect id="deploy-mode" className="select select--field" options={DEPLOYMENT_MODES} labels={MODE_LABELS} value={values.mode} onChoose={(mode) => edit('mode', { mode })} />
        </Field>
      </div>
      {values.mode === 'paper' ? (
        <TextField
          id="deploy-capital"
          label={`Paper capital${quote === '' ? '' : ` (${quote})`}`}
          hint="The simulated balance each session starts from"
          error={errors.of('paperCapital')}
          className="input num"
          inputMode="decimal"
          autoComplete="off"
          value={values.paperCapital}
          onValue={(paperCapital) => edit('paperCapital', { paperCapital })}
        />
      ) : (
        <div className="form-callout form-callout--warn" role="note" data-testid="deploy-live-warning">
          <WarningIcon size={14} />
          <span>
            <strong>Live: the strategy places real orders</strong> with this account's key, through the same risk checks as your own orders.
          </span>
        </div>
      )}
      <LimitsFields
        idPrefix="deploy"
        values={values.limits}
        quote={quote}
        errorOf={(key) => errors.of(`limits.${key}`)}
        groupError={errors.of('limits')}
        onValue={(key, value) => {
          setDraft((current) => ({ ...current, limits: { ...current.limits, [key]: value } }));
          errors.dismiss(`limits.${key}`);
          errors.dismiss('limits');
        }}
      />
      <label className="field-inline dp-start">
        <input type="checkbox" role="switch" className="switch" data-testid="deploy-start" checked={values.start} onChange={(event) => edit('start', { start: event.target.checked })} />
        <span className="field-label">Start now (otherwise it waits, stopped)</span>
      </label>
      {server.form !== null && (
        <div className="form-error" role="alert" data-testid="deploy-form-error">
          {server.form}
        </div>
      )}
      {created !== undefined && create.isSuccess && (
        <div className="form-success dp-created" role="status" data-testid="deploy-created">
          <span>
            Deployment #{created.id} created: {created.status}.
          </span>
          <button type="button" className="btn btn--small" onClick={() => onOpen(created.id)}>
            Open
          </button>
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn btn--primary" data-testid="deploy-submit" disabled={create.isPending || strategy === undefined || exchangeAccounts.length === 0}>
          {create.isPending ? 'Deploying…' : values.start ? 'Deploy' : 'Create'}
        </button>
      </div>
    </form>
  );
}
