import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { Field } from '../common/Field';
import { TextField } from '../common/TextField';
import { seriesKey, type RunSetup } from './run-setup';

interface RunSetupFieldsProps {
  /** "backtest" or "sweep": the ids and test ids of the inputs. */
  readonly idPrefix: string;
  readonly series: readonly SeriesCoverage[];
  readonly chosen: SeriesCoverage | undefined;
  readonly onChooseSeries: (key: string) => void;
  readonly setup: RunSetup;
  readonly onSetup: (setup: RunSetup) => void;
  readonly fieldError: (field: string) => string | undefined;
}

/** The stored series, the date range, the capital, the slippage and the fees of a backtest or a sweep. */
export function RunSetupFields({ idPrefix, series, chosen, onChooseSeries, setup, onSetup, fieldError }: RunSetupFieldsProps) {
  const set = (patch: Partial<RunSetup>): void => onSetup({ ...setup, ...patch });
  const { range } = setup;
  return (
    <>
      <Field label="Stored series" htmlFor={`${idPrefix}-series`} error={fieldError('symbol') ?? fieldError('interval')} hint={chosen === undefined ? 'Import or download candles in the Data tab first' : `${chosen.bars.toLocaleString('en-US')} bars stored`}>
        <select id={`${idPrefix}-series`} className="select select--field" data-testid={`${idPrefix}-series`} value={chosen === undefined ? '' : seriesKey(chosen)} onChange={(event) => onChooseSeries(event.target.value)}>
          {series.map((candidate) => (
            <option key={seriesKey(candidate)} value={seriesKey(candidate)}>
              {candidate.symbol} {candidate.interval} · {candidate.venue}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-pair">
        <TextField id={`${idPrefix}-from`} label="From (UTC)" error={fieldError('from')} className="input num" type="date" value={range.from} onValue={(from) => set({ range: { ...range, from } })} />
        <TextField id={`${idPrefix}-to`} label="To (UTC, inclusive)" error={fieldError('to')} className="input num" type="date" value={range.to} onValue={(to) => set({ range: { ...range, to } })} />
      </div>
      <div className="field-pair">
        <TextField id={`${idPrefix}-capital`} label="Initial capital" error={fieldError('initialCapital')} className="input num" inputMode="decimal" value={setup.capital} onValue={(capital) => set({ capital })} />
        <TextField id={`${idPrefix}-slippage`} label="Slippage (bps)" error={fieldError('slippageBps')} className="input num" inputMode="decimal" value={setup.slippage} onValue={(slippage) => set({ slippage })} />
      </div>
      <div className="field-pair">
        <TextField id={`${idPrefix}-maker-fee`} label="Maker fee (%)" error={fieldError('makerFee')} className="input num" inputMode="decimal" value={setup.makerFee} onValue={(makerFee) => set({ makerFee })} />
        <TextField id={`${idPrefix}-taker-fee`} label="Taker fee (%)" error={fieldError('takerFee')} className="input num" inputMode="decimal" value={setup.takerFee} onValue={(takerFee) => set({ takerFee })} />
      </div>
    </>
  );
}
