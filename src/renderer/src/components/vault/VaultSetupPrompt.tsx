import { useState, type FormEvent } from 'react';
import { PASSPHRASE_MIN_LENGTH, type VaultStatus } from '../../../../shared/schemas/vault';
import { describeApiError, formErrorsOf } from '../../api/form-errors';
import { useVaultSetup } from '../../api/use-vault';
import { WarningIcon } from '../common/Icons';

/**
 * Before the first key is stored the person chooses what protects it: the OS keychain (nothing
 * to remember, bound to this login) or a passphrase (asked at every start). A keychain that is
 * not really one (Linux `basic_text`) is not offered, and the core's reason is shown instead.
 */
export function VaultSetupPrompt({ status }: { status: VaultStatus }) {
  const setup = useVaultSetup();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const { keychain } = status;

  const submitPassphrase = (event: FormEvent): void => {
    event.preventDefault();
    if (passphrase.length < PASSPHRASE_MIN_LENGTH) return setLocalError(`At least ${PASSPHRASE_MIN_LENGTH} characters.`);
    if (confirm !== passphrase) return setLocalError('The two passphrases differ.');
    setLocalError(null);
    setup.mutate({ mode: 'passphrase', passphrase });
  };
  const serverErrors = formErrorsOf(setup.error, ['passphrase'] as const);
  const passphraseError = localError ?? serverErrors.fields.passphrase ?? null;

  return (
    <div className="vault-setup" data-testid="vault-setup">
      <div className="vault-setup-title">Choose how this machine protects your API keys</div>
      <div className="vault-setup-text">Keys are encrypted before they are stored. Pick what holds the encryption key; you decide once.</div>
      <div className="vault-setup-options">
        <div className={keychain.isAvailable ? 'vault-option' : 'vault-option is-unavailable'}>
          <div className="vault-option-title">Use the system keychain</div>
          {keychain.isAvailable ? (
            <>
              <div className="vault-option-text">
                Nothing to remember. The key lives in {keychain.backend ?? 'the system keychain'} and opens with your login.
              </div>
              <button
                type="button"
                className="btn btn--primary"
                data-testid="vault-setup-keychain"
                disabled={setup.isPending}
                onClick={() => setup.mutate({ mode: 'os-keychain' })}
              >
                Use the system keychain
              </button>
            </>
          ) : (
            <div className="vault-option-problem" role="note" data-testid="vault-keychain-problem">
              <WarningIcon size={14} />
              <span>{keychain.problem ?? 'No system keychain is available to this app.'}</span>
            </div>
          )}
        </div>
        <form className="vault-option" onSubmit={submitPassphrase} noValidate>
          <div className="vault-option-title">Set a passphrase</div>
          <div className="vault-option-text">Asked once per start. It cannot be recovered: losing it means entering your keys again.</div>
          <input
            className="input"
            type="password"
            aria-label="New vault passphrase"
            placeholder={`Passphrase (min. ${PASSPHRASE_MIN_LENGTH} characters)`}
            autoComplete="new-password"
            data-testid="vault-setup-passphrase"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <input
            className="input"
            type="password"
            aria-label="Type the passphrase again"
            placeholder="Type it again"
            autoComplete="new-password"
            data-testid="vault-setup-confirm"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
          />
          {passphraseError !== null && (
            <div className="form-error" role="alert" data-testid="vault-setup-error">
              {passphraseError}
            </div>
          )}
          <button type="submit" className="btn" data-testid="vault-setup-submit" disabled={setup.isPending}>
            Set passphrase
          </button>
        </form>
      </div>
      {setup.isError && serverErrors.form !== null && (
        <div className="form-error" role="alert">
          Could not create the vault: {describeApiError(setup.error)}
        </div>
      )}
    </div>
  );
}
