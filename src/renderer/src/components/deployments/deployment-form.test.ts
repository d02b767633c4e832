import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/rpc/errors';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { editValuesOf, makesNewVersion, NO_LIMIT_VALUES, placeServerError, readCreateForm, readEditForm, type CreateFormValues } from './deployment-form';

const FORM: CreateFormValues = {
  accountId: 2,
  symbol: ' btcusdt ',
  timeframe: '1m',
  amountPerTrade: '1000',
  mode: 'paper',
  paperCapital: '10000',
  limits: NO_LIMIT_VALUES,
  start: true,
};
const PARAMS = { period: 14, oversold: 30, overbought: 70 };

const DEPLOYMENT = {
  id: 4,
  params: { period: 14, oversold: 30, overbought: 70, amountPerTrade: 1000, stopLoss: null, takeProfit: null, trailingStop: null },
  paramsVersion: 2,
  amountPerTrade: '1000',
  limits: { maxTradesPerDay: 1, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: 12.5 },
} as const satisfies Partial<Deployment>;
const deployment = DEPLOYMENT as unknown as Deployment;

describe('the new-deployment form', () => {
  it('reads as the contract takes it: the symbol upper-cased, no limit where empty', () => {
    const { input, errors } = readCreateForm(FORM, 'rsi-reversal', PARAMS);
    expect(errors).toEqual({});
    expect(input).toEqual({
      accountId: 2,
      strategyType: 'rsi-reversal',
      params: PARAMS,
      symbol: 'BTCUSDT',
      timeframe: '1m',
      amountPerTrade: '1000',
      mode: 'paper',
      paperCapital: '10000',
      limits: { maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: null },
      start: true,
    });
  });

  it('leaves the paper capital out in live mode and sends the limits typed', () => {
    const { input } = readCreateForm({ ...FORM, mode: 'live', limits: { maxTradesPerDay: '3', maxAmountPerTrade: '500', cooldownMinutes: '15', maxDrawdownPct: '7.5' } }, 'rsi-reversal', PARAMS);
    expect(input).not.toHaveProperty('paperCapital');
    expect(input?.limits).toEqual({ maxTradesPerDay: 3, maxAmountPerTrade: '500', cooldownMinutes: 15, maxDrawdownPct: 7.5 });
  });

  it('names each field that does not read, limits included, and asks for an account', () => {
    const { input, errors } = readCreateForm(
      { ...FORM, accountId: null, symbol: 'BTC-USDT', amountPerTrade: '0', paperCapital: 'lots', limits: { ...NO_LIMIT_VALUES, maxTradesPerDay: '1.5', maxDrawdownPct: 'x' } },
      'rsi-reversal',
      PARAMS,
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      accountId: 'Choose an account',
      symbol: 'A Binance symbol such as BTCUSDT',
      amountPerTrade: 'Must be more than 0',
      paperCapital: 'A plain decimal number such as 100 or 0.25',
      'limits.maxTradesPerDay': 'A whole number',
      'limits.maxDrawdownPct': 'A number',
    });
  });
});

describe('the edit form', () => {
  it('starts from the deployment and keeps the parameters it does not show', () => {
    const values = editValuesOf(deployment);
    expect(values).toEqual({ amountPerTrade: '1000', limits: { maxTradesPerDay: '1', maxAmountPerTrade: '', cooldownMinutes: '', maxDrawdownPct: '12.5' } });
    const { input } = readEditForm(deployment, { ...values, limits: { ...values.limits, maxTradesPerDay: '' } }, { period: 21, oversold: 30, overbought: 70 });
    expect(input).toEqual({
      id: 4,
      params: { ...DEPLOYMENT.params, period: 21 },
      amountPerTrade: '1000',
      limits: { maxTradesPerDay: null, maxAmountPerTrade: null, cooldownMinutes: null, maxDrawdownPct: 12.5 },
    });
  });

  it('says a new version comes of new parameters or a new amount, not of limits alone', () => {
    expect(makesNewVersion(deployment, PARAMS, '1000')).toBe(false);
    expect(makesNewVersion(deployment, { ...PARAMS, oversold: 25 }, '1000')).toBe(true);
    expect(makesNewVersion(deployment, PARAMS, '1000.0')).toBe(false);
    expect(makesNewVersion(deployment, PARAMS, '500')).toBe(true);
  });
});

describe('what the core refused', () => {
  it('puts input issues on their fields', () => {
    const error = new ApiError({ code: 'BAD_INPUT', message: 'Invalid input', details: { issues: [{ path: ['symbol'], message: 'A Binance symbol such as BTCUSDT' }] } });
    expect(placeServerError(error, ['period'])).toEqual({ fields: { symbol: 'A Binance symbol such as BTCUSDT' }, form: null });
  });

  it("puts a strategy's own rule on the parameter it names, and the amount on the deployment's amount", () => {
    const rule = new ApiError({ code: 'BAD_INPUT', message: 'RSI reversal: oversold: Oversold must be below overbought' });
    expect(placeServerError(rule, ['period', 'oversold', 'overbought'])).toEqual({ fields: { oversold: 'Oversold must be below overbought' }, form: null });
    const amount = new ApiError({ code: 'BAD_INPUT', message: 'RSI reversal: amountPerTrade: Too big: expected number to be <=1000000000' });
    expect(placeServerError(amount, ['period']).fields).toEqual({ amountPerTrade: 'Too big: expected number to be <=1000000000' });
  });

  it('leaves a conflict or a risk limit to the form, with its code', () => {
    const conflict = new ApiError({ code: 'CONFLICT', message: 'The kill switch is engaged: clear it before starting a deployment' });
    expect(placeServerError(conflict, ['period'])).toEqual({ fields: {}, form: 'The kill switch is engaged: clear it before starting a deployment (CONFLICT)' });
  });
});
