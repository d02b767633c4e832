import { useState, type FormEvent } from 'react';
import { type Account, type AccountUpdateInput } from '../../../../../shared/schemas/accounts';
import { formErrorsOf } from '../../../api/form-errors';
import { useUpdateAccount } from '../../../api/use-accounts';
import { useVaultStatus } from '../../../api/use-vault';
import { AccountFormEnd, AccountNameField, BaseUrlField } from './AccountFields';
import { EnvironmentBadge } from './EnvironmentBadge';
import { KeyFields } from './KeyFields';
import { useKeyInputs } from './use-key-inputs';
import { isVaultOpen } from './VaultRequirement';

const FIELDS = ['name', 'baseUrl', 'apiKey', 'apiSecret'] as const;

interface Props {
  readonly account: Account;
  readonly onSaved: (account: Account, change: { hasNewKey: boolean }) => void;
  readonly onCancel: () => void;
}

/**
 * Rename, move a custom account's URL, or replace its key. The stored secret is never shown:
 * replacing means typing a new key and secret into empty fields.
 */
export function EditAccountForm({ account, onSaved, onCancel }: Props) {
  const update = useUpdateAccount();
  const vault = useVaultStatus();
  const [name, setName] = useState(account.name);
  const [baseUrl, setBaseUrl] = useState(account.baseUrl ?? '');
  const [isReplacing, setIsReplacing] = useState(false);
  const keys = useKeyInputs();
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = formErrorsOf(update.error, FIELDS);
  const hasKey = account.environment !== 'paper';
  const isBlockedByVault = isReplacing && !isVaultOpen(vault.data);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const patch: AccountUpdateInput = {
      id: account.id,
      ...(name.trim() !== account.name ? { name } : {}),
      ...(account.environment === 'custom' && baseUrl.trim() !== (account.baseUrl ?? '') ? { baseUrl: baseUrl.trim() } : {}),
      ...(isReplacing ? keys.entered : {}),
    };
    if (isReplacing && !keys.isComplete) {
      setLocalError('Enter the new API key and its secret, or cancel the replacement.');
      return;
    }
    if (Object.keys(patch).length === 1) {
      setLocalError('Nothing has changed.');
      return;
    }
    setLocalError(null);
    update.mutate(patch, {
      onSuccess: (saved) => {
        keys.clear();
        onSaved(saved, { hasNewKey: isReplacing });
      },
    });
  };

  return (
    <form className="pane-form" onSubmit={submit} noValidate data-testid="account-form" data-mode="edit">
      <div className="pane-title">
        Edit account <EnvironmentBadge environment={account.environment} baseUrl={account.baseUrl} />
      </div>
      <AccountNameField value={name} error={errors.fields.name} isDisabled={update.isPending} isNew={false} onValue={setName} />
      {account.environment === 'custom' && (
        <BaseUrlField value={baseUrl} error={errors.fields.baseUrl} isDisabled={update.isPending} isNew={false} onValue={setBaseUrl} />
      )}
      {hasKey && (
        <div className="key-slot">
          <div className="key-slot-row">
            <span className="field-title">Current key</span>
            <span className="key-id key-id--large" data-testid="account-key-id">
              {account.keyId ?? '—'}
            </span>
            <div className="toolbar-spacer" />
            <button
              type="button"
              className="btn btn--small"
              data-testid="account-replace-key"
              aria-expanded={isReplacing}
              onClick={() => {
                setIsReplacing((current) => !current);
                keys.clear();
                setLocalError(null);
              }}
            >
              {isReplacing ? 'Keep current key' : 'Replace key'}
            </button>
          </div>
          <span className="key-slot-secret">Its secret is stored encrypted and is never shown. To change it, replace the key.</span>
          {isReplacing && (
            <KeyFields isReplacement keys={keys} errors={errors.fields} vault={vault.data} isDisabled={update.isPending || isBlockedByVault} />
          )}
        </div>
      )}
      <AccountFormEnd error={localError ?? errors.form} isSaving={update.isPending} isBlocked={isBlockedByVault} willTestKey={isReplacing} onCancel={onCancel} />
    </form>
  );
}
