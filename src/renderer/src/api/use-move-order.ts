import { useMutation } from '@tanstack/react-query';
import { type MethodInput } from '../../../shared/contract';
import { unwrap } from '../../../shared/rpc/unwrap';
import { useBridge } from '../bridge/bridge-context';

/** Moves a resting order (cancel + replace in the core); the `orders.updated` events redraw both. */
export function useMoveOrder() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: async (input: MethodInput<'orders.replace'>) => unwrap(await bridge.orders.replace(input)),
  });
}
