import { type SweepProgress } from '../../../../shared/schemas/backtests';
import { describeApiError } from '../../api/form-errors';
import { useCancelSweep } from '../../api/use-sweeps';
import { JobProgressBar } from './JobProgressBar';

interface Props {
  readonly id: number;
  readonly progress: SweepProgress | undefined;
  readonly onShow: (id: number) => void;
}

/** The sweep just started: sets done of the total, Cancel while it goes, Results once it has stopped. */
export function SweepProgressBox({ id, progress, onShow }: Props) {
  const cancel = useCancelSweep();
  const status = progress?.status ?? 'running';
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const share = status === 'completed' ? 1 : total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className={`bt-progress-box bt-status--${status}`} data-testid="sweep-progress-box" data-sweep-id={id} data-status={status}>
      <div className="bt-progress-head">
        <span className="cell-strong">Sweep #{id}</span>
        <span className={`bt-status bt-status--${status} num`}>
          {status === 'running' ? `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}` : `${status} · ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`}
        </span>
        <span className="toolbar-spacer" />
        {status === 'running' ? (
          <button type="button" className="btn btn--small btn--quiet-danger" data-testid="sweep-cancel" disabled={cancel.isPending} onClick={() => cancel.mutate(id)}>
            {cancel.isPending ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : status !== 'failed' ? (
          <button type="button" className="btn btn--small" data-testid="sweep-show" onClick={() => onShow(id)}>
            Results
          </button>
        ) : null}
      </div>
      <JobProgressBar testId="sweep-progress" status={status} label={`Sweep ${id}`} share={share} />
      {progress?.error !== null && progress?.error !== undefined && (
        <div className="field-error" role="alert" data-testid="sweep-error">
          {progress.error}
        </div>
      )}
      {cancel.error !== null && (
        <div className="field-error" role="alert">
          {describeApiError(cancel.error)}
        </div>
      )}
    </div>
  );
}
