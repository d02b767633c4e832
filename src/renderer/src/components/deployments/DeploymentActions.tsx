import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { describeApiError } from '../../api/form-errors';
import { useDeploymentAction, type DeploymentAction } from '../../api/use-deployments';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { assetsOf } from './deployment-view';

interface Props {
  readonly deployment: Deployment;
  /** Opens the edit form (parameters, amount, limits) for this deployment. */
  readonly onEdit: (id: number) => void;
}

const LABELS: Readonly<Record<DeploymentAction, string>> = { start: 'Start', pause: 'Pause', resume: 'Resume', stop: 'Stop' };

/** What can be done to a deployment in its status; edits only while it is not running. Stopping ends its session, so it asks first. */
export function DeploymentActions({ deployment, onEdit }: Props) {
  const action = useDeploymentAction();
  const [isConfirmingStop, setIsConfirmingStop] = useState(false);
  const { id, status } = deployment;
  const actions: DeploymentAction[] = status === 'running' ? ['pause', 'stop'] : status === 'paused' ? ['resume', 'stop'] : status === 'failed' ? ['start', 'stop'] : ['start'];
  const run = (chosen: DeploymentAction): void => {
    if (chosen === 'stop') setIsConfirmingStop(true);
    else action.mutate({ id, action: chosen });
  };
  const isRunning = status === 'running';
  const stopError = isConfirmingStop && action.error !== null ? describeApiError(action.error) : null;
  const error = !isConfirmingStop && action.error !== null ? describeApiError(action.error) : null;
  // A click (or Enter) on a button is not one on the row that holds it.
  const quiet = (event: MouseEvent | KeyboardEvent): void => event.stopPropagation();

  return (
    <div className="dp-actions" onClick={quiet} onKeyDown={quiet}>
      {actions.map((chosen) => (
        <button
          key={chosen}
          type="button"
          className={chosen === 'stop' ? 'btn btn--small btn--quiet-danger' : chosen === 'pause' ? 'btn btn--small' : 'btn btn--small btn--primary'}
          data-testid={`deployment-${chosen}`}
          disabled={action.isPending}
          onClick={() => run(chosen)}
        >
          {action.isPending && action.variables?.action === chosen ? `${LABELS[chosen]}…` : LABELS[chosen]}
        </button>
      ))}
      <button
        type="button"
        className="btn btn--small"
        data-testid="deployment-edit"
        disabled={isRunning}
        title={isRunning ? 'Pause or stop it to change its parameters, amount or limits' : 'Change its parameters, amount or limits'}
        onClick={() => onEdit(id)}
      >
        Edit
      </button>
      {error !== null && (
        <span className="dp-action-error" role="alert" data-testid="deployment-action-error" title={error}>
          {error}
        </span>
      )}
      {isConfirmingStop && (
        <ConfirmDialog
          title={`Stop deployment #${id}?`}
          confirmLabel="Stop"
          tone="danger"
          isBusy={action.isPending}
          error={stopError}
          testId="deployment-stop-dialog"
          onCancel={() => {
            setIsConfirmingStop(false);
            action.reset();
          }}
          onConfirm={() => action.mutate({ id, action: 'stop' }, { onSuccess: () => setIsConfirmingStop(false) })}
        >
          <StopConsequence deployment={deployment} />
        </ConfirmDialog>
      )}
    </div>
  );
}

function StopConsequence({ deployment }: { deployment: Deployment }) {
  const isHolding = Number(deployment.state.positionQty) !== 0;
  const held = `${deployment.state.positionQty} ${assetsOf(deployment.symbol).base}`;
  return (
    <>
      <p>
        {deployment.strategyName} on {deployment.symbol} {deployment.timeframe} stops evaluating bars and its trading session ends. You can start it again later: that is a new session.
      </p>
      {isHolding && <p>{deployment.mode === 'live' ? `The ${held} it holds stays on the account: close it by hand if you want out.` : `Its simulated position of ${held} is left as it is.`}</p>}
    </>
  );
}
