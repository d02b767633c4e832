import { type MethodInput, type MethodName, type MethodOutput } from '../../shared/contract';
import { type Result } from '../../shared/rpc/errors';
import { type CallContext } from './handler-types';
import { type Router } from './router';

/**
 * A typed call into the router for in-process callers (the CLI, tests): the same validation
 * and the same Result as a window gets, with the contract's types on both ends.
 */
export function callCore<M extends MethodName>(
  router: Router,
  method: M,
  input: MethodInput<M>,
  context: CallContext,
): Promise<Result<MethodOutput<M>>> {
  return router.dispatch(method, input, context) as Promise<Result<MethodOutput<M>>>;
}
