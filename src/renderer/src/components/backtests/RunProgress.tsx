import { type BacktestProgress } from '../../api/backtest-cache';
import { describeApiError } from '../../api/form-errors';
import { useCancelBacktest } from '../../api/use-backtests';
import { type BacktestSummary } from '../../../../shared/schemas/backtests';
import { JobProgressBar } from './JobProgressBar';

interface Props {
  readonly run: BacktestSummary;
  readonly progress: BacktestProgress | undefined;
  readonly onOpen: (id: number) => void;
}

/** The run just started: how far it is, Cancel while it goes, Open once it has finished. */
export function RunProgress({ run, progress, onOpen }: Props) {
  const cancel = useCancelBacktest();
  const status = progress?.status ?? run.status;
  const done = status === 'completed' ? 1 : (progress?.done ?? 0);
  return (
    <div className={`bt-progress-box bt-status--${status}`} data-testid="backtest-progress-box" data-run-id={run.id} data-status={status}>
      <div className="bt-progress-head">
        <span className="cell-strong">Run #{run.id}</span>
        <span className={`bt-status bt-status--${status}`}>{status === 'running' ? `${Math.floor(done * 100)} %` : status}</span>
        <span className="toolbar-spacer" />
        {status === 'running' ? (
          <button type="button" className="btn btn--small btn--quiet-danger" data-testid="backtest-cancel" disabled={cancel.isPending} onClick={() => cancel.mutate(run.id)}>
            {cancel.isPending ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : status === 'completed' ? (
          <button type="button" className="btn btn--small" data-testid="backtest-open-started" onClick={() => onOpen(run.id)}>
            Open
          </button>
        ) : null}
      </div>
      <JobProgressBar testId="backtest-progress" status={status} label={`Backtest ${run.id}`} share={done} />
      {cancel.error !== null && (
        <div className="field-error" role="alert">
          {describeApiError(cancel.error)}
        </div>
      )}
    </div>
  );
}
