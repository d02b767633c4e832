import { METHOD_NAMES, type MethodName } from '../../shared/contract';
import { type Handler, type Handlers } from './handler-types';

/**
 * Joins the handler maps of every domain into one. Two domains claiming the same method, or a
 * contract method nobody handles, is a programming error and stops the app at start.
 */
export function combineHandlers(...maps: ReadonlyArray<Partial<Record<MethodName, Handler<never>>>>): Handlers {
  const combined: Partial<Record<MethodName, Handler<never>>> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map) as Array<[MethodName, Handler<never>]>) {
      if (!METHOD_NAMES.includes(name)) throw new Error(`Handler registered for "${name}", which is not in the contract`);
      if (combined[name]) throw new Error(`Handler for "${name}" registered twice`);
      combined[name] = handler;
    }
  }
  const missing = METHOD_NAMES.filter((name) => !combined[name]);
  if (missing.length > 0) throw new Error(`No handler for contract method(s): ${missing.join(', ')}`);
  return combined as Handlers;
}
