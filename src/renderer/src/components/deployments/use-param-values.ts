import { useMemo, useState } from 'react';
import { paramsFromValues, paramValuesOf, type ParamField, type ParamsResult } from '../../api/backtest-params';

/** The deployment's amount per trade is what the strategy spends: its own field, not a parameter input. */
const ownFields = (fields: readonly ParamField[]): ParamField[] => fields.filter((field) => field.key !== 'amountPerTrade');

/** A strategy's parameter inputs for a deployment form: the fields it shows and what is typed in them, starting from `initial`. */
export function useParamValues(allFields: readonly ParamField[], initial: Readonly<Record<string, unknown>>) {
  const fields = useMemo(() => ownFields(allFields), [allFields]);
  const [values, setValues] = useState<Record<string, string>>(() => paramValuesOf(fields, initial));
  const setValue = (key: string, value: string): void => setValues((current) => ({ ...current, [key]: value }));
  /** Starts again from another strategy's fields and values. */
  const reset = (nextFields: readonly ParamField[], nextInitial: Readonly<Record<string, unknown>>): void => setValues(paramValuesOf(ownFields(nextFields), nextInitial));
  const read = (): ParamsResult => paramsFromValues(fields, values);
  return { fields, values, setValue, reset, read };
}
