import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type KillSwitch, type KillSwitchReport, type RiskLimits, type RiskLimitsInput } from '../../../shared/schemas/risk';
import { useBridge } from '../bridge/bridge-context';
import { riskKeys } from './risk-events';

/** Whether the kill switch is engaged; the `risk.killSwitch` event keeps it current in every window. */
export function useKillSwitch() {
  const bridge = useBridge();
  return useQuery({ queryKey: riskKeys.killSwitch, queryFn: async (): Promise<KillSwitch> => unwrap(await bridge.risk.killSwitch({})) });
}

export function useEngageKillSwitch() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason?: string): Promise<KillSwitchReport> => unwrap(await bridge.risk.engageKillSwitch(reason === undefined ? {} : { reason })),
    onSuccess: (report) => queryClient.setQueryData(riskKeys.killSwitch, report.killSwitch),
  });
}

export function useClearKillSwitch() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<KillSwitch> => unwrap(await bridge.risk.clearKillSwitch({})),
    onSuccess: (state) => queryClient.setQueryData(riskKeys.killSwitch, state),
  });
}

export function useRiskLimits(accountId: number | null) {
  const bridge = useBridge();
  return useQuery({
    queryKey: riskKeys.limits(accountId ?? 0),
    queryFn: async (): Promise<RiskLimits> => unwrap(await bridge.risk.limits({ accountId: accountId ?? 0 })),
    enabled: accountId !== null,
  });
}

export function useSetRiskLimits() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RiskLimitsInput): Promise<RiskLimits> => unwrap(await bridge.risk.setLimits(input)),
    onSuccess: (limits) => queryClient.setQueryData(riskKeys.limits(limits.accountId), limits),
  });
}
