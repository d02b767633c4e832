import { type AccountService } from '../../accounts/account-service';
import { type HandlerMap } from '../handler-types';

export function accountHandlers(accounts: AccountService): HandlerMap<'accounts.list' | 'accounts.create' | 'accounts.update' | 'accounts.remove' | 'accounts.test'> {
  return {
    'accounts.list': () => ({ accounts: accounts.list() }),
    'accounts.create': (input) => accounts.create(input),
    'accounts.update': (input) => accounts.update(input),
    'accounts.remove': ({ id }) => {
      accounts.remove(id);
      return { removed: true } as const;
    },
    'accounts.test': ({ id }) => accounts.test(id),
  };
}
