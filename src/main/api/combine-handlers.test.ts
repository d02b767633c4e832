import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { combineHandlers } from './combine-handlers';

const stub = (): never => {
  throw new Error('not called');
};
const allMethods = Object.fromEntries(METHOD_NAMES.map((name) => [name, stub]));

describe('combineHandlers', () => {
  it('accepts one handler for every contract method, split across domains', () => {
    const [first, ...rest] = METHOD_NAMES;
    const handlers = combineHandlers(
      { [first!]: stub },
      Object.fromEntries(rest.map((name) => [name, stub])),
    );
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('refuses a method registered twice', () => {
    expect(() => combineHandlers(allMethods, { 'app.info': stub })).toThrow('Handler for "app.info" registered twice');
  });

  it('refuses a contract method nobody handles', () => {
    const { ['log.list']: _missing, ...withoutLog } = allMethods;
    expect(() => combineHandlers(withoutLog)).toThrow('No handler for contract method(s): log.list');
  });

  it('refuses a handler for a method the contract does not declare', () => {
    expect(() => combineHandlers(allMethods, { 'orders.teleport': stub } as never)).toThrow('not in the contract');
  });
});
