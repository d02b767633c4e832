import { type QueryClient } from '@tanstack/react-query';
import { type Bridge } from '../../../shared/rpc/bridge';

export const riskKeys = {
  killSwitch: ['risk', 'killSwitch'] as const,
  limits: (accountId: number) => ['risk', 'limits', accountId] as const,
};

/** The kill switch and the limits, as any window or shell changed them. */
export function cacheRiskEvents(bridge: Bridge, queryClient: QueryClient): () => void {
  const stops = [
    bridge.on('risk.killSwitch', (state) => queryClient.setQueryData(riskKeys.killSwitch, state)),
    bridge.on('risk.limits', (limits) => queryClient.setQueryData(riskKeys.limits(limits.accountId), limits)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
