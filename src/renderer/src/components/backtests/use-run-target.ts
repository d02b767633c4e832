import { useMemo, useState } from 'react';
import { type StrategyInfo } from '../../../../shared/schemas/backtests';
import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { paramFieldsOf, type ParamField } from '../../api/backtest-params';
import { DEFAULT_RUN_SETUP, rangeOf, seriesKey, type RunSetup } from './run-setup';

/** The strategy a run form has chosen (the first until another is), and its parameter fields. */
export function useStrategyChoice(strategies: readonly StrategyInfo[]) {
  const [strategyType, setStrategyType] = useState(strategies[0]?.type ?? '');
  const strategy = strategies.find((candidate) => candidate.type === strategyType) ?? strategies[0];
  const fields = useMemo((): ParamField[] => (strategy === undefined ? [] : paramFieldsOf(strategy.paramsSchema)), [strategy]);
  /** Switches to `type`; returns the strategy with its fields, for the form to reset its values, or undefined when unknown. */
  const choose = (type: string): { strategy: StrategyInfo; fields: ParamField[] } | undefined => {
    const next = strategies.find((candidate) => candidate.type === type);
    if (next === undefined) return undefined;
    setStrategyType(type);
    return { strategy: next, fields: paramFieldsOf(next.paramsSchema) };
  };
  return { strategy, fields, choose };
}

/** The stored series a run form has chosen and its setup (range, capital, costs); a new series brings its own range. */
export function useSeriesSetup(series: readonly SeriesCoverage[]) {
  const [chosenKey, setChosenKey] = useState(series[0] === undefined ? '' : seriesKey(series[0]));
  const chosen = series.find((candidate) => seriesKey(candidate) === chosenKey) ?? series[0];
  const [setup, setSetup] = useState<RunSetup>(() => ({ ...DEFAULT_RUN_SETUP, range: rangeOf(chosen) }));
  const chooseSeries = (key: string): void => {
    setChosenKey(key);
    const next = series.find((candidate) => seriesKey(candidate) === key);
    if (next !== undefined) setSetup((current) => ({ ...current, range: rangeOf(next) }));
  };
  return { chosen, chosenKey, chooseSeries, setup, setSetup };
}
