import { z } from 'zod';
import { type StrategyDefinition } from '../../shared/strategy/types';

/*
 * Misbehaving strategies for isolated-stepper.test.ts, loaded by the strategy worker through
 * its module hook ({ module, exportName }); they are not in the product's registry.
 */

const params = z.object({ badBar: z.number().int().min(0).default(1) });
type Params = z.infer<typeof params>;

/** Throws on bar `badBar`, answers nothing on the others. */
export const throwingStrategy: StrategyDefinition<Params, 'close'> = {
  type: 'test-throwing',
  name: 'Throws',
  version: 1,
  description: 'Throws on one bar.',
  params,
  indicators: () => ({ close: { kind: 'sma', period: 1 } }),
  step({ index }, p) {
    if (index === p.badBar) throw new Error(`strategy blew up on bar ${index}`);
    return null;
  },
};

/** Never returns from bar `badBar`. */
export const loopingStrategy: StrategyDefinition<Params, 'close'> = {
  type: 'test-looping',
  name: 'Loops',
  version: 1,
  description: 'Spins forever on one bar.',
  params,
  indicators: () => ({ close: { kind: 'sma', period: 1 } }),
  step({ index }, p) {
    if (index === p.badBar) {
      const started = Date.now();
      while (Date.now() >= started) {
        // spin: only terminating the thread ends this
      }
    }
    return null;
  },
};

/** Answers with something a worker cannot post back (a function). */
export const unclonableStrategy: StrategyDefinition<Params, 'close'> = {
  type: 'test-unclonable',
  name: 'Unclonable',
  version: 1,
  description: 'Returns an intent holding a function.',
  params,
  indicators: () => ({ close: { kind: 'sma', period: 1 } }),
  step: () => ({ action: 'exit', reason: 'x', extra: () => 1 }) as unknown as ReturnType<StrategyDefinition['step']>,
};
