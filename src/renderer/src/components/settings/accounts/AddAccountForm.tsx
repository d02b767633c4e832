import { useState, type FormEvent } from 'react';
import { type Environment } from '../../../../../shared/domain/enums';
import { type Account, type AccountCreateInput } from '../../../../../shared/schemas/accounts';
import { formErrorsOf } from '../../../api/form-errors';
import { useCreateAccount } from '../../../api/use-accounts';
import { useVaultStatus } from '../../../api/use-vault';
import { ChoiceSelect } from '../../common/ChoiceSelect';
import { Field } from '../../common/Field';
import { WarningIcon } from '../../common/Icons';
import { ENVIRONMENT_CHOICES, ENVIRONMENT_LABELS } from './account-labels';
import { AccountFormEnd, AccountNameField, BaseUrlField } from './AccountFields';
import { KeyFields } from './KeyFields';
import { useKeyInputs } from './use-key-inputs';
import { isVaultOpen } from './VaultRequirement';

const FIELDS = ['name', 'environment', 'baseUrl', 'apiKey', 'apiSecret'] as const;

interface Props {
  readonly onCreated: (account: Account) => void;
  readonly onCancel: () => void;
}

export function AddAccountForm({ onCreated, onCancel }: Props) {
  const create = useCreateAccount();
  const vault = useVaultStatus();
  const [name, setName] = useState('');
  const [environment, setEnvironment] = useState<Environment>('binance-testnet');
  const [baseUrl, setBaseUrl] = useState('');
  const keys = useKeyInputs();
  const needsKey = environment !== 'paper';
  const isBlockedByVault = needsKey && !isVaultOpen(vault.data);
  const errors = formErrorsOf(create.error, FIELDS);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    // Blank optional fields are left out, so the core explains what is missing instead of
    // rejecting an empty string as malformed.
    const input: AccountCreateInput = {
      name,
      environment,
      ...(environment === 'custom' && baseUrl.trim() !== '' ? { baseUrl: baseUrl.trim() } : {}),
      ...(needsKey ? keys.entered : {}),
    };
    create.mutate(input, {
      onSuccess: (account) => {
        keys.clear();
        onCreated(account);
      },
    });
  };

  return (
    <form className="pane-form" onSubmit={submit} noValidate data-testid="account-form" data-mode="add">
      <div className="pane-title">Add account</div>
      <AccountNameField value={name} error={errors.fields.name} isDisabled={create.isPending} isNew onValue={setName} />
      <Field label="Environment" htmlFor="account-environment" error={errors.fields.environment} hint="Cannot be changed later: an account's orders belong to one exchange.">
        <ChoiceSelect
          id="account-environment"
          className="select select--field"
          options={ENVIRONMENT_CHOICES}
          labels={ENVIRONMENT_LABELS}
          value={environment}
          disabled={create.isPending}
          onChoose={setEnvironment}
        />
      </Field>
      {environment === 'binance' && (
        <div className="form-callout form-callout--warn" role="note">
          <WarningIcon size={14} />
          <span>
            <strong>Live account: orders spend real funds.</strong> Create a key with withdrawals disabled, and restrict it to this machine's IP address.
          </span>
        </div>
      )}
      {environment === 'custom' && <BaseUrlField value={baseUrl} error={errors.fields.baseUrl} isDisabled={create.isPending} isNew onValue={setBaseUrl} />}
      {needsKey ? (
        <KeyFields keys={keys} errors={errors.fields} vault={vault.data} isDisabled={create.isPending || isBlockedByVault} />
      ) : (
        <div className="form-note">Paper accounts trade on simulated fills from live prices and take no API key.</div>
      )}
      <AccountFormEnd error={errors.form} isSaving={create.isPending} isBlocked={isBlockedByVault} willTestKey={needsKey} onCancel={onCancel} />
    </form>
  );
}
