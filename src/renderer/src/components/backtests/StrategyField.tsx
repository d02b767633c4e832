import { type StrategyInfo } from '../../../../shared/schemas/backtests';
import { Field } from '../common/Field';

interface Props {
  /** The select's id and test id (backtest-strategy, sweep-strategy, deploy-strategy). */
  readonly id: string;
  readonly strategies: readonly StrategyInfo[];
  readonly chosen: StrategyInfo | undefined;
  readonly error: string | undefined;
  readonly onChoose: (type: string) => void;
}

/** The strategy a run or a deployment uses, with its description under it. */
export function StrategyField({ id, strategies, chosen, error, onChoose }: Props) {
  return (
    <Field label="Strategy" htmlFor={id} hint={chosen?.description} error={error}>
      <select id={id} className="select select--field" data-testid={id} value={chosen?.type ?? ''} onChange={(event) => onChoose(event.target.value)}>
        {strategies.map((candidate) => (
          <option key={candidate.type} value={candidate.type}>
            {candidate.name} (v{candidate.version})
          </option>
        ))}
      </select>
    </Field>
  );
}
