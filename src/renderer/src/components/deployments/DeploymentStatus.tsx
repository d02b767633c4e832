import { type Deployment } from '../../../../shared/schemas/deployments';
import { statusTone } from './deployment-view';

/** The status, and why when the core said why (a limit hit, a strategy error, the kill switch): a warning or an alarm when it was not you. */
export function DeploymentStatus({ deployment }: { deployment: Deployment }) {
  const tone = statusTone(deployment);
  const reason = deployment.status === 'running' ? null : (deployment.statusReason ?? deployment.state.lastError);
  return (
    <span className={`dp-status dp-status--${tone}`} data-testid="deployment-status" data-status={deployment.status} data-tone={tone} title={reason ?? undefined}>
      <span className="dp-status-word">{deployment.status}</span>
      {reason !== null && (
        <span className="dp-status-reason" data-testid="deployment-status-reason">
          {reason}
        </span>
      )}
    </span>
  );
}
