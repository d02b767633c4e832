import { type DeploymentService } from '../../deployments/deployment-service';
import { readDecisions, readSessions, readTrades, readVersions } from '../../deployments/deployment-repo';
import { type StoreDb } from '../../store/open-store';
import { type HandlerMap } from '../handler-types';

type DeploymentMethods =
  | 'deployments.list'
  | 'deployments.get'
  | 'deployments.create'
  | 'deployments.start'
  | 'deployments.pause'
  | 'deployments.resume'
  | 'deployments.stop'
  | 'deployments.update'
  | 'deployments.versions'
  | 'deployments.decisions'
  | 'deployments.sessions'
  | 'deployments.trades'
  | 'deployments.divergence';

export function deploymentHandlers(deps: { db: StoreDb; deployments: DeploymentService }): HandlerMap<DeploymentMethods> {
  const { db, deployments } = deps;
  /** Reads of one deployment answer NOT_FOUND for an unknown id, as `get` does. */
  const known = (id: number): number => deployments.get(id).id;
  return {
    'deployments.list': ({ accountId }) => ({ deployments: deployments.list(accountId) }),
    'deployments.get': ({ id }) => deployments.get(id),
    'deployments.create': (input) => deployments.create(input),
    'deployments.start': ({ id }) => deployments.start(id),
    'deployments.pause': ({ id }) => deployments.pause(id),
    'deployments.resume': ({ id }) => deployments.resume(id),
    'deployments.stop': ({ id }) => deployments.stop(id),
    'deployments.update': (input) => deployments.update(input),
    'deployments.versions': ({ id }) => ({ versions: readVersions(db, known(id)) }),
    'deployments.decisions': (input) => ({ decisions: readDecisions(db, { ...input, deploymentId: known(input.deploymentId) }) }),
    'deployments.sessions': ({ id }) => ({ sessions: readSessions(db, known(id)) }),
    'deployments.trades': ({ id }) => ({ trades: readTrades(db, known(id)) }),
    'deployments.divergence': (input) => deployments.divergence(input),
  };
}
