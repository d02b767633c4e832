import { type z } from 'zod';

/** One contract method: what goes in, what comes out, and a sentence for people. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly description: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

/** A pushed event: the payload schema and a sentence for people. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  readonly description: string;
}

export function event<P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> {
  return spec;
}

/** Method names are `namespace.verb`; the client turns them into `api.namespace.verb()`. */
export const METHOD_NAME_PATTERN = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;
