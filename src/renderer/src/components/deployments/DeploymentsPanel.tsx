import { useState } from 'react';
import { type Account } from '../../../../shared/schemas/accounts';
import { describeApiError } from '../../api/form-errors';
import { useAccounts } from '../../api/use-accounts';
import { useStrategies } from '../../api/use-backtests';
import { useDeployments } from '../../api/use-deployments';
import { InlineError } from '../common/InlineError';
import { LiveBadge } from '../common/LiveBadge';
import { EmptyState } from '../workspace/EmptyState';
import { DeploymentDetail } from './DeploymentDetail';
import { DeploymentEditForm } from './DeploymentEditForm';
import { DeploymentForm } from './DeploymentForm';
import { DeploymentsTable } from './DeploymentsTable';

const NO_ACCOUNTS: readonly Account[] = [];

/** Whether the new-deployment form is beside the list: by itself (while there is none yet), or as the trader chose. */
type FormChoice = 'auto' | 'shown' | 'hidden';

/**
 * Automated trading: every deployment with how it stands (live, as the core announces it), one
 * deployment's records, and on the right the form for a new one, or the edit of one that is
 * paused or stopped. The list gets the whole width unless a form is open; the new form stays
 * mounted while hidden or while an edit is open, so nothing typed in it is lost.
 */
export function DeploymentsPanel() {
  const list = useDeployments();
  const strategies = useStrategies();
  const accounts = useAccounts();
  const accountList = accounts.data?.accounts ?? NO_ACCOUNTS;
  const [openId, setOpenId] = useState<number | null>(null);
  const [editId, setEditId] = useState<number | null>(null);
  const [formChoice, setFormChoice] = useState<FormChoice>('auto');
  const all = list.data?.deployments ?? [];
  const open = all.find((deployment) => deployment.id === openId);
  const editing = all.find((deployment) => deployment.id === editId);
  const running = all.filter((deployment) => deployment.status === 'running').length;
  const isFormShown = formChoice === 'shown' || (formChoice === 'auto' && list.isSuccess && all.length === 0);
  const isPaneShown = isFormShown || editing !== undefined;

  return (
    <div className="dp-panel" data-testid="deployments-panel">
      <div className="split dp-split">
        <div className="split-main dp-main">
          {open !== undefined ? (
            <DeploymentDetail key={open.id} deployment={open} account={accountList.find((account) => account.id === open.accountId)} onBack={() => setOpenId(null)} onEdit={setEditId} />
          ) : (
            <>
              <div className="toolbar">
                <span className="toolbar-title">Deployments</span>
                <span className="toolbar-note num" data-testid="deployments-count">
                  {list.data === undefined || all.length === 0 ? '' : `${all.length} · ${running} running`}
                </span>
                <div className="toolbar-spacer" />
                <LiveBadge title="Each deployment's state changes here as its bars close" />
                {!isFormShown && (
                  <button type="button" className="btn btn--small btn--primary" data-testid="deployment-new" onClick={() => setFormChoice('shown')}>
                    New deployment
                  </button>
                )}
              </div>
              {list.isPending ? (
                <EmptyState title="Loading deployments…" />
              ) : list.isError ? (
                <InlineError onRetry={() => void list.refetch()} testId="deployments-error">
                  Could not read the deployments: {describeApiError(list.error)}
                </InlineError>
              ) : all.length === 0 ? (
                <EmptyState title="No deployments yet" testId="deployments-empty">
                  Deploy a strategy on the right: it trades the pair and timeframe you choose, on paper first if you like, and every decision it makes is kept here and drawn on the chart.
                </EmptyState>
              ) : (
                <DeploymentsTable deployments={all} accounts={accountList} onOpen={setOpenId} onEdit={setEditId} />
              )}
            </>
          )}
        </div>
        <aside className="split-pane dp-side" hidden={!isPaneShown} aria-label={editing === undefined ? 'New deployment' : `Edit deployment ${editing.id}`}>
          {strategies.isError || accounts.isError ? (
            <InlineError
              onRetry={() => {
                void strategies.refetch();
                void accounts.refetch();
              }}
            >
              Could not read the strategies or the accounts: {describeApiError(strategies.error ?? accounts.error)}
            </InlineError>
          ) : strategies.data === undefined || accounts.data === undefined ? (
            <EmptyState title="Loading strategies…" />
          ) : (
            <>
              {editing !== undefined && (
                <DeploymentEditForm key={editing.id} deployment={editing} strategy={strategies.data.strategies.find((strategy) => strategy.type === editing.strategyType)} onClose={() => setEditId(null)} />
              )}
              <div hidden={editing !== undefined}>
                <DeploymentForm
                  strategies={strategies.data.strategies}
                  accounts={accountList}
                  onOpen={setOpenId}
                  onSubmitted={() => setFormChoice('shown')}
                  onHide={() => setFormChoice('hidden')}
                />
              </div>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
