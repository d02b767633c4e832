import { type Account } from '../../../../../shared/schemas/accounts';
import { isApiError } from '../../../../../shared/rpc/errors';
import { describeApiError } from '../../../api/form-errors';
import { VaultUnlockForm } from '../../vault/VaultUnlockForm';
import { EnvironmentBadge } from './EnvironmentBadge';
import { KeyCheckPanel } from './KeyCheckPanel';

interface Props {
  readonly account: Account;
  readonly isTesting: boolean;
  /** Why the last test call itself failed (not what the exchange said about the key). */
  readonly testError: Error | null;
  readonly onTest: () => void;
  readonly onClose: () => void;
}

/** The side pane for one account: its latest key check, or the test running now. */
export function AccountCheckPane({ account, isTesting, testError, onTest, onClose }: Props) {
  return (
    <div className="pane-check" data-testid="account-check-pane" data-account-id={account.id}>
      <div className="pane-title">
        <span className="pane-title-name" title={account.name}>
          {account.name}
        </span>
        <div className="toolbar-spacer" />
        <button type="button" className="btn btn--small" data-testid="key-check-retest" disabled={isTesting} onClick={onTest}>
          {isTesting ? 'Testing…' : 'Test again'}
        </button>
        <button type="button" className="btn btn--small btn--quiet" aria-label="Close" title="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="pane-subtitle">
        <EnvironmentBadge environment={account.environment} baseUrl={account.baseUrl} />
        {account.keyId !== null && <span className="key-id">key {account.keyId}</span>}
      </div>
      {isTesting ? (
        <div className="pane-waiting" data-testid="key-check-running">
          <i className="dot" aria-hidden="true" />
          Asking {account.environment === 'custom' ? account.baseUrl : 'the exchange'} what this key may do…
        </div>
      ) : testError !== null ? (
        <TestFailure error={testError} />
      ) : account.lastTest !== null ? (
        <KeyCheckPanel check={account.lastTest} />
      ) : (
        <div className="pane-waiting">Not tested yet. Test the key to see what it may do.</div>
      )}
    </div>
  );
}

function TestFailure({ error }: { error: Error }) {
  if (isApiError(error) && error.code === 'LOCKED') {
    return <VaultUnlockForm reason="The vault is locked. Unlock it to test this key, then test again." />;
  }
  return (
    <div className="form-error" role="alert" data-testid="key-check-call-error">
      The test could not run: {describeApiError(error)}
    </div>
  );
}
