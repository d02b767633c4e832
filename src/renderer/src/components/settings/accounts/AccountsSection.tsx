import { useState } from 'react';
import { type Account } from '../../../../../shared/schemas/accounts';
import { describeApiError } from '../../../api/form-errors';
import { useAccounts, useRemoveAccount, useTestAccount } from '../../../api/use-accounts';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { EmptyState } from '../../workspace/EmptyState';
import { SectionToolbar } from '../SectionToolbar';
import { AccountCheckPane } from './AccountCheckPane';
import { AccountsTable } from './AccountsTable';
import { AddAccountForm } from './AddAccountForm';
import { EditAccountForm } from './EditAccountForm';
import { InlineError } from '../../common/InlineError';

/** What the right-hand pane shows. */
type Pane = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: number } | { kind: 'check'; id: number };

/**
 * Exchange connections: the table on the left, a pane on the right for adding, editing, or
 * the key check of the selected account. A new or replaced key is tested at once, so its
 * permissions are in front of the person before they do anything else.
 */
export function AccountsSection() {
  const accounts = useAccounts();
  const test = useTestAccount();
  const remove = useRemoveAccount();
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [removing, setRemoving] = useState<Account | null>(null);

  const list = accounts.data?.accounts ?? [];
  const paneAccount = pane.kind === 'edit' || pane.kind === 'check' ? list.find((account) => account.id === pane.id) : undefined;
  const testingId = test.isPending ? (test.variables ?? null) : null;

  const runTest = (id: number): void => {
    setPane({ kind: 'check', id });
    test.mutate(id);
  };

  return (
    <div className="settings-panel" data-testid="accounts-panel">
      <SectionToolbar title="Exchange accounts" note={accounts.isSuccess ? `${list.length} ${list.length === 1 ? 'account' : 'accounts'}` : undefined}>
        <span className="toolbar-note">Keys are stored encrypted; only a masked key id is ever shown.</span>
        <button type="button" className="btn btn--small btn--primary" data-testid="account-add" onClick={() => setPane({ kind: 'add' })}>
          + Add account
        </button>
      </SectionToolbar>
      <div className={pane.kind === 'none' ? 'split' : 'split has-pane'}>
        <div className="split-main">
          {accounts.isPending ? (
            <EmptyState title="Loading accounts…" />
          ) : accounts.isError ? (
            <InlineError testId="accounts-load-error" onRetry={() => void accounts.refetch()}>
              Could not load accounts: {describeApiError(accounts.error)}
            </InlineError>
          ) : list.length === 0 ? (
            <EmptyState title="No exchange accounts yet" testId="accounts-empty">
              Add a Binance Spot Testnet account to start safely, or a paper account to trade on simulated fills.
            </EmptyState>
          ) : (
            <AccountsTable
              accounts={list}
              selectedId={pane.kind === 'check' || pane.kind === 'edit' ? pane.id : null}
              testingId={testingId}
              onSelect={(account) => setPane({ kind: 'check', id: account.id })}
              onTest={(account) => runTest(account.id)}
              onEdit={(account) => setPane({ kind: 'edit', id: account.id })}
              onRemove={(account) => {
                remove.reset();
                setRemoving(account);
              }}
            />
          )}
        </div>
        {pane.kind !== 'none' && (
          <aside className="split-pane" aria-label="Account details">
            {pane.kind === 'add' && <AddAccountForm onCreated={(account) => runTest(account.id)} onCancel={() => setPane({ kind: 'none' })} />}
            {pane.kind === 'edit' && paneAccount !== undefined && (
              <EditAccountForm
                key={paneAccount.id}
                account={paneAccount}
                onSaved={(saved, { hasNewKey }) => (hasNewKey ? runTest(saved.id) : setPane({ kind: 'check', id: saved.id }))}
                onCancel={() => setPane({ kind: 'check', id: paneAccount.id })}
              />
            )}
            {pane.kind === 'check' && paneAccount !== undefined && (
              <AccountCheckPane
                account={paneAccount}
                isTesting={testingId === paneAccount.id}
                testError={test.isError && test.variables === paneAccount.id ? test.error : null}
                onTest={() => runTest(paneAccount.id)}
                onClose={() => setPane({ kind: 'none' })}
              />
            )}
          </aside>
        )}
      </div>
      {removing !== null && (
        <ConfirmDialog
          testId="account-remove-dialog"
          title={`Remove “${removing.name}”?`}
          confirmLabel="Remove account"
          tone="danger"
          isBusy={remove.isPending}
          error={remove.isError ? describeApiError(remove.error) : null}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                if ((pane.kind === 'check' || pane.kind === 'edit') && pane.id === removing.id) setPane({ kind: 'none' });
                setRemoving(null);
              },
            })
          }
        >
          Its API key and secret are deleted from the vault. This cannot be undone; to use the key again you would enter it again. An account with
          orders in its history cannot be removed, so that history stays complete.
        </ConfirmDialog>
      )}
    </div>
  );
}
