import { useVaultStatus } from '../../../api/use-vault';
import { useConnection } from '../../../bridge/bridge-context';
import { describeApiError } from '../../../api/form-errors';
import { EmptyState } from '../../workspace/EmptyState';
import { SectionToolbar } from '../SectionToolbar';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SessionsTable } from './SessionsTable';
import { VaultCard } from './VaultCard';

/** The vault that guards the keys, its passphrase, and the browsers signed in to the web shell. */
export function SecuritySection() {
  const vault = useVaultStatus();
  const { shell } = useConnection();
  return (
    <div className="settings-panel" data-testid="security-panel">
      <SectionToolbar title="Security" />
      <div className="settings-scroll">
        {vault.isPending ? (
          <EmptyState title="Reading the vault…" />
        ) : vault.isError ? (
          <div className="inline-error" role="alert">
            Could not read the vault: {describeApiError(vault.error)}
          </div>
        ) : (
          <div className="security-columns">
            <div className="security-column">
              <VaultCard status={vault.data} />
              {vault.data.mode === 'passphrase' && <ChangePassphraseForm />}
            </div>
            <div className="security-column security-column--wide">
              <div className="settings-group settings-group--flush">
                <div className="settings-group-title">{shell === 'web' ? 'Browser sessions' : 'Web shell sessions'}</div>
                <p className="group-text">
                  Browsers signed in to the web shell of this data folder. A session ends when it expires, when it is revoked here, when the vault is
                  locked, or when a backup is restored.
                </p>
                <SessionsTable />
              </div>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
