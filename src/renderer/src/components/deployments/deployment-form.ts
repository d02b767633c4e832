import { type CandleInterval, type DeploymentMode } from '../../../../shared/domain/enums';
import {
  DeploymentCreateInputSchema,
  DeploymentUpdateInputSchema,
  type Deployment,
  type DeploymentCreateInput,
  type DeploymentLimits,
  type DeploymentUpdateInput,
} from '../../../../shared/schemas/deployments';
import { placeStrategyError } from '../../api/backtest-params';
import { formErrorsOf } from '../../api/form-errors';
import { issuesByPath } from './form-issues';

/** A deployment's own limits as the inputs hold them; empty is no limit. */
export interface LimitValues {
  readonly maxTradesPerDay: string;
  readonly maxAmountPerTrade: string;
  readonly cooldownMinutes: string;
  readonly maxDrawdownPct: string;
}

export const NO_LIMIT_VALUES: LimitValues = { maxTradesPerDay: '', maxAmountPerTrade: '', cooldownMinutes: '', maxDrawdownPct: '' };

function limitValuesOf(limits: DeploymentLimits): LimitValues {
  const text = (value: number | string | null): string => (value === null ? '' : String(value));
  return { maxTradesPerDay: text(limits.maxTradesPerDay), maxAmountPerTrade: text(limits.maxAmountPerTrade), cooldownMinutes: text(limits.cooldownMinutes), maxDrawdownPct: text(limits.maxDrawdownPct) };
}

/** The limits as the contract takes them: counts and percentages as numbers (NaN for what does not read, for the schema to refuse), the amount as typed. */
function limitsOf(values: LimitValues): Record<keyof LimitValues, number | string | null> {
  const number = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
  return {
    maxTradesPerDay: number(values.maxTradesPerDay),
    maxAmountPerTrade: values.maxAmountPerTrade.trim() === '' ? null : values.maxAmountPerTrade.trim(),
    cooldownMinutes: number(values.cooldownMinutes),
    maxDrawdownPct: number(values.maxDrawdownPct),
  };
}

/** The new-deployment form as typed; the account, pair and timeframe follow the chart until chosen. */
export interface CreateFormValues {
  readonly accountId: number | null;
  readonly symbol: string;
  readonly timeframe: CandleInterval;
  readonly amountPerTrade: string;
  readonly mode: DeploymentMode;
  readonly paperCapital: string;
  readonly limits: LimitValues;
  readonly start: boolean;
}

export interface FormRead<I> {
  /** Null while some field does not read. */
  readonly input: I | null;
  /** A message per field key: "symbol", "limits.maxTradesPerDay", a parameter's key. */
  readonly errors: Readonly<Record<string, string>>;
}

/** Checks the form with the contract's own schema; the parameters come checked (paramsFromValues). */
export function readCreateForm(values: CreateFormValues, strategyType: string, params: Record<string, unknown>): FormRead<DeploymentCreateInput> {
  const capital = values.paperCapital.trim();
  const raw = {
    accountId: values.accountId ?? 0,
    strategyType,
    params,
    symbol: values.symbol.trim().toUpperCase(),
    timeframe: values.timeframe,
    amountPerTrade: values.amountPerTrade.trim(),
    mode: values.mode,
    ...(values.mode === 'paper' && capital !== '' ? { paperCapital: capital } : {}),
    limits: limitsOf(values.limits),
    start: values.start,
  };
  const parsed = DeploymentCreateInputSchema.safeParse(raw);
  const errors = parsed.success ? {} : issuesByPath(parsed.error.issues);
  if (values.accountId === null) errors['accountId'] = 'Choose an account';
  return { input: parsed.success && values.accountId !== null ? parsed.data : null, errors };
}

/** The edit form as typed: the amount and the limits (the parameters have their own inputs). */
export interface EditFormValues {
  readonly amountPerTrade: string;
  readonly limits: LimitValues;
}

export function editValuesOf(deployment: Deployment): EditFormValues {
  return { amountPerTrade: deployment.amountPerTrade, limits: limitValuesOf(deployment.limits) };
}

/** The edit as the contract takes it. Parameters the form does not show keep their values. */
export function readEditForm(deployment: Deployment, values: EditFormValues, params: Record<string, unknown>): FormRead<DeploymentUpdateInput> {
  const raw = { id: deployment.id, params: { ...deployment.params, ...params }, amountPerTrade: values.amountPerTrade.trim(), limits: limitsOf(values.limits) };
  const parsed = DeploymentUpdateInputSchema.safeParse(raw);
  return parsed.success ? { input: parsed.data, errors: {} } : { input: null, errors: issuesByPath(parsed.error.issues) };
}

/** Whether saving makes a new version: new parameters or a new amount per trade (the strategy spends it); limits alone do not. */
export function makesNewVersion(deployment: Deployment, params: Record<string, unknown>, amountPerTrade: string): boolean {
  const isNewParam = Object.entries(params).some(([key, value]) => (deployment.params[key] ?? null) !== value);
  return isNewParam || Number(amountPerTrade) !== Number(deployment.amountPerTrade);
}

/** The fields a create or an edit can be refused on, besides the parameters. */
const SERVER_FIELDS = ['accountId', 'strategyType', 'params', 'symbol', 'timeframe', 'amountPerTrade', 'mode', 'paperCapital', 'limits'] as const;

/**
 * Places what the core refused: an input field it names, or a strategy parameter its own rules
 * name ("RSI reversal: oversold: Oversold must be below overbought"); the amount per trade is the
 * deployment's field. Anything else (a conflict, a risk limit, a missing account) is the form's.
 */
export function placeServerError(error: unknown, paramKeys: readonly string[]): { readonly fields: Readonly<Record<string, string>>; readonly form: string | null } {
  const { fields, form } = formErrorsOf(error, SERVER_FIELDS);
  const placed = form === null ? null : placeStrategyError(form, [...paramKeys, 'amountPerTrade']);
  const all: Record<string, string> = { ...fields };
  if (placed !== null) all[placed.key] ??= placed.message;
  return { fields: all, form: placed === null ? form : null };
}
