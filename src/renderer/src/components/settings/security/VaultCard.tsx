import { useState } from 'react';
import { type VaultStatus } from '../../../../../shared/schemas/vault';
import { describeApiError } from '../../../api/form-errors';
import { useVaultLock } from '../../../api/use-vault';
import { useConnection } from '../../../bridge/bridge-context';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { LockIcon, UnlockIcon, WarningIcon } from '../../common/Icons';
import { VaultSetupPrompt } from '../../vault/VaultSetupPrompt';
import { VaultUnlockForm } from '../../vault/VaultUnlockForm';
import { vaultModeText, vaultWord } from '../../vault/vault-labels';

/** The vault's state and mode, and the one action that fits it: create, unlock or lock. */
export function VaultCard({ status }: { status: VaultStatus }) {
  const lock = useVaultLock();
  const { shell } = useConnection();
  const [isConfirming, setIsConfirming] = useState(false);
  const word = vaultWord(status);
  const canLock = status.state === 'unlocked' && status.mode === 'passphrase';
  const keychainProblem = status.keychain.isAvailable ? null : status.keychain.problem;

  return (
    <div className="settings-group settings-group--flush" data-testid="vault-card" data-state={status.state}>
      <div className="settings-group-title">Key vault</div>
      <div className="vault-summary">
        <span className={`vault-big vault--${word}`}>
          {status.state === 'unlocked' ? <UnlockIcon size={16} /> : <LockIcon size={16} />}
          {status.state === 'uninitialized' ? 'Not set up' : status.state === 'locked' ? 'Locked' : 'Unlocked'}
        </span>
        <span className="vault-mode">{vaultModeText(status)}</span>
        <div className="toolbar-spacer" />
        {canLock && (
          <button type="button" className="btn" data-testid="vault-lock" disabled={lock.isPending} onClick={() => (shell === 'web' ? setIsConfirming(true) : lock.mutate())}>
            <LockIcon /> Lock now
          </button>
        )}
      </div>
      <dl className="facts">
        <dt>Mode</dt>
        <dd>{status.mode === null ? '—' : status.mode === 'os-keychain' ? 'System keychain' : 'Passphrase'}</dd>
        <dt>System keychain</dt>
        <dd>{status.keychain.isAvailable ? `available${status.keychain.backend === null ? '' : ` (${status.keychain.backend})`}` : 'not available'}</dd>
      </dl>
      {keychainProblem !== null && status.mode !== 'passphrase' && (
        <div className="form-callout form-callout--warn" data-testid="vault-keychain-problem">
          <WarningIcon size={14} />
          <span>{keychainProblem}</span>
        </div>
      )}
      {shell === 'web' && status.state === 'unlocked' && (
        <p className="group-text">In the web shell the vault is open while you are signed in. Locking it signs every browser out, this one included.</p>
      )}
      {status.state === 'uninitialized' && shell === 'desktop' && <VaultSetupPrompt status={status} />}
      {status.state === 'locked' && <VaultUnlockForm reason="Unlock to trade, test keys and run strategies." />}
      {lock.isError && (
        <div className="form-error" role="alert">
          Could not lock: {describeApiError(lock.error)}
        </div>
      )}
      {isConfirming && (
        <ConfirmDialog
          testId="vault-lock-dialog"
          title="Lock the vault now?"
          confirmLabel="Lock and sign out"
          isBusy={lock.isPending}
          error={lock.isError ? describeApiError(lock.error) : null}
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => lock.mutate(undefined, { onSuccess: () => setIsConfirming(false) })}
        >
          Every browser signed in to this web shell is signed out, this one included, and stored keys cannot be used until the vault is unlocked
          again. You sign in again with the passphrase.
        </ConfirmDialog>
      )}
    </div>
  );
}
