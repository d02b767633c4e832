import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type Deployment, type DeploymentCreateInput, type DeploymentUpdateInput } from '../../../shared/schemas/deployments';
import { useBridge } from '../bridge/bridge-context';
import { withDeployment, type DeploymentList } from './deployment-cache';
import { deploymentKeys } from './deployment-events';

/** Every deployment, newest first; `deployments.updated` keeps each one current. */
export function useDeployments() {
  const bridge = useBridge();
  return useQuery({
    queryKey: deploymentKeys.list,
    queryFn: async (): Promise<DeploymentList> => unwrap(await bridge.deployments.list({})),
  });
}

/** Its trading sessions, newest first. */
export function useDeploymentSessions(id: number) {
  const bridge = useBridge();
  return useQuery({ queryKey: deploymentKeys.sessions(id), queryFn: async () => unwrap(await bridge.deployments.sessions({ id })).sessions });
}

/** Its closed round trips, oldest first. */
export function useDeploymentTrades(id: number) {
  const bridge = useBridge();
  return useQuery({ queryKey: deploymentKeys.trades(id), queryFn: async () => unwrap(await bridge.deployments.trades({ id })).trades });
}

/** A replay older than this is run again when the view opens; meanwhile "Replay again" does it. */
const DIVERGENCE_FRESH_MS = 30_000;

/** A session (the newest when null) replayed through the backtester and lined up with its real trades. */
export function useDeploymentDivergence(id: number, sessionId: number | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: deploymentKeys.divergence(id, sessionId),
    queryFn: async () => unwrap(await bridge.deployments.divergence(sessionId === null ? { id } : { id, sessionId })),
    staleTime: DIVERGENCE_FRESH_MS,
    refetchOnWindowFocus: false,
  });
}

/** Every parameter set it ran with, oldest first. */
export function useDeploymentVersions(id: number) {
  const bridge = useBridge();
  return useQuery({ queryKey: deploymentKeys.versions(id), queryFn: async () => unwrap(await bridge.deployments.versions({ id })).versions });
}

/** The core's answer replaces the deployment's older self at once; its sessions and versions are asked for again. */
function remember(queryClient: QueryClient, deployment: Deployment): void {
  queryClient.setQueryData<DeploymentList>(deploymentKeys.list, (list) => list && withDeployment(list, deployment));
  void queryClient.invalidateQueries({ queryKey: deploymentKeys.recordsOf(deployment.id) });
}

export function useCreateDeployment() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DeploymentCreateInput) => unwrap(await bridge.deployments.create(input)),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

export type DeploymentAction = 'start' | 'pause' | 'resume' | 'stop';

/** Start, pause, resume or stop one deployment. */
export function useDeploymentAction() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { readonly id: number; readonly action: DeploymentAction }) => unwrap(await bridge.deployments[action]({ id })),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}

export function useUpdateDeployment() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DeploymentUpdateInput) => unwrap(await bridge.deployments.update(input)),
    onSuccess: (deployment) => remember(queryClient, deployment),
  });
}
