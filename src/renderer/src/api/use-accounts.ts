import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../shared/rpc/unwrap';
import { type Account, type AccountCreateInput, type AccountUpdateInput, type KeyCheck } from '../../../shared/schemas/accounts';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';

export interface AccountList {
  readonly accounts: Account[];
}

/** Every exchange connection with masked key ids; `accounts.changed` replaces it live. */
export function useAccounts() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.accounts,
    queryFn: async (): Promise<AccountList> => unwrap(await bridge.accounts.list({})),
  });
}

function upsert(queryClient: QueryClient, account: Account): void {
  queryClient.setQueryData<AccountList>(queryKeys.accounts, (list) => {
    if (list === undefined) return list;
    const exists = list.accounts.some((candidate) => candidate.id === account.id);
    return { accounts: exists ? list.accounts.map((candidate) => (candidate.id === account.id ? account : candidate)) : [...list.accounts, account] };
  });
}

export function useCreateAccount() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AccountCreateInput) => unwrap(await bridge.accounts.create(input)),
    onSuccess: (account) => upsert(queryClient, account),
  });
}

export function useUpdateAccount() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AccountUpdateInput) => unwrap(await bridge.accounts.update(input)),
    onSuccess: (account) => upsert(queryClient, account),
  });
}

export function useRemoveAccount() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      unwrap(await bridge.accounts.remove({ id }));
      return id;
    },
    onSuccess: (id) =>
      queryClient.setQueryData<AccountList>(queryKeys.accounts, (list) => list && { accounts: list.accounts.filter((account) => account.id !== id) }),
  });
}

/** Asks the exchange what the key may do; the result also becomes the account's `lastTest`. */
export function useTestAccount() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number): Promise<KeyCheck> => unwrap(await bridge.accounts.test({ id })),
    onSuccess: (check, id) =>
      queryClient.setQueryData<AccountList>(
        queryKeys.accounts,
        (list) => list && { accounts: list.accounts.map((account) => (account.id === id ? { ...account, lastTest: check } : account)) },
      ),
  });
}
