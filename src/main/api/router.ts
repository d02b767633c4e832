import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { type Result } from '../../shared/rpc/errors';
import { type Logger } from '../log/logger';
import { AppError } from './app-error';
import { type CallContext, type Handler, type Handlers } from './handler-types';

export interface Router {
  /** Never throws and never rejects: every outcome, including a bug, comes back as a Result. */
  dispatch(method: unknown, input: unknown, call: CallContext): Promise<Result<unknown>>;
}

/**
 * The single door into the core. Input is validated against the contract before any handler
 * runs, so a handler only ever sees well-formed data; output is parsed against the contract on
 * the way out, which strips every field the contract does not name. `afterCall` runs after
 * every call, whatever its outcome (the audit feed announces what the call committed).
 */
export function createRouter(handlers: Handlers, logger: Logger, afterCall: () => void = () => undefined): Router {
  const log = logger.child('api');

  async function dispatch(method: unknown, input: unknown, call: CallContext): Promise<Result<unknown>> {
    let result: Result<unknown>;
    try {
      result = await dispatchOnce(method, input, call);
    } catch (error: unknown) {
      // Validation itself failed (a schema bug): still an answer, never a crash.
      result = internal(log.error(`Validating ${typeof method === 'string' ? method.slice(0, 64) : 'a call'} failed`, { error }));
    }
    try {
      afterCall();
    } catch (error: unknown) {
      log.error('After-call work failed', { error });
    }
    return result;
  }

  async function dispatchOnce(method: unknown, input: unknown, call: CallContext): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      return fail('UNKNOWN_METHOD', `Unknown method: ${describe(method)}`);
    }
    const spec = contract.methods[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return fail('BAD_INPUT', `Invalid input for ${method}: ${z.prettifyError(parsed.error)}`, {
        issues: parsed.error.issues,
      });
    }
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const value: unknown = await handler(parsed.data, call);
      const output = spec.output.safeParse(value);
      if (!output.success) {
        const ref = log.error(`Output of ${method} does not match the contract`, { issues: output.error.issues });
        return internal(ref);
      }
      return { ok: true, value: output.data };
    } catch (error: unknown) {
      if (error instanceof AppError) return fail(error.code, error.message, error.details);
      const ref = log.error(`Unhandled error in ${method}`, { error, transport: call.transport });
      return internal(ref);
    }
  }

  return { dispatch };
}

function fail(code: AppError['code'], message: string, details?: unknown): Result<never> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}

/** The cause stays in the log; the caller gets a reference to it, never the raw error text. */
function internal(logEntryId: number | null): Result<never> {
  const where = logEntryId === null ? 'the system log' : `system log entry ${logEntryId}`;
  return fail('INTERNAL', `Internal error; details are in ${where}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 64));
  return typeof value;
}
