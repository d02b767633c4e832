import { useState, type FormEvent } from 'react';
import { type Account, type AccountUpdateInput } from '../../../../../shared/schemas/accounts';
import { formErrorsOf } from '../../../api/form-errors';
import { useUpdateAccount } from '../../../api/use-accounts';
import { useVaultStatus } from '../../../api/use-vault';
import { Field } from '../../common/Field';
import { EnvironmentBadge } from './EnvironmentBadge';
import { KeyFields } from './KeyFields';
import { VaultRequirement, isVaultOpen } from './VaultRequirement';

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
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
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
      ...(isReplacing && apiKey.trim() !== '' ? { apiKey: apiKey.trim() } : {}),
      ...(isReplacing && apiSecret.trim() !== '' ? { apiSecret: apiSecret.trim() } : {}),
    };
    if (isReplacing && (apiKey.trim() === '' || apiSecret.trim() === '')) {
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
        setApiKey('');
        setApiSecret('');
        onSaved(saved, { hasNewKey: isReplacing });
      },
    });
  };

  const formError = localError ?? errors.form;
  return (
    <form className="pane-form" onSubmit={submit} noValidate data-testid="account-form" data-mode="edit">
      <div className="pane-title">
        Edit account <EnvironmentBadge environment={account.environment} baseUrl={account.baseUrl} />
      </div>
      <Field label="Name" htmlFor="account-name" error={errors.fields.name}>
        <input
          id="account-name"
          className="input"
          data-testid="account-name"
          autoComplete="off"
          maxLength={64}
          value={name}
          disabled={update.isPending}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      {account.environment === 'custom' && (
        <Field label="Base URL" htmlFor="account-base-url" error={errors.fields.baseUrl}>
          <input
            id="account-base-url"
            className="input input--mono"
            data-testid="account-base-url"
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={baseUrl}
            disabled={update.isPending}
            onChange={(event) => setBaseUrl(event.target.value)}
          />
        </Field>
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
                setApiKey('');
                setApiSecret('');
                setLocalError(null);
              }}
            >
              {isReplacing ? 'Keep current key' : 'Replace key'}
            </button>
          </div>
          <span className="key-slot-secret">Its secret is stored encrypted and is never shown. To change it, replace the key.</span>
          {isReplacing && (
            <>
              <VaultRequirement status={vault.data} action="store the new key" />
              <KeyFields
                isReplacement
                apiKey={apiKey}
                apiSecret={apiSecret}
                onApiKey={setApiKey}
                onApiSecret={setApiSecret}
                keyError={errors.fields.apiKey}
                secretError={errors.fields.apiSecret}
                isDisabled={update.isPending || isBlockedByVault}
              />
            </>
          )}
        </div>
      )}
      {formError !== null && (
        <div className="form-error" role="alert" data-testid="account-form-error">
          {formError}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={update.isPending}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" data-testid="account-save" disabled={update.isPending || isBlockedByVault}>
          {update.isPending ? 'Saving…' : isReplacing ? 'Save and test key' : 'Save'}
        </button>
      </div>
    </form>
  );
}
