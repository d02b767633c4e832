import { useState, type FormEvent } from 'react';
import { type Environment } from '../../../../../shared/domain/enums';
import { type Account, type AccountCreateInput } from '../../../../../shared/schemas/accounts';
import { formErrorsOf } from '../../../api/form-errors';
import { useCreateAccount } from '../../../api/use-accounts';
import { useVaultStatus } from '../../../api/use-vault';
import { Field } from '../../common/Field';
import { WarningIcon } from '../../common/Icons';
import { ENVIRONMENT_OPTIONS } from './account-labels';
import { KeyFields } from './KeyFields';
import { VaultRequirement, isVaultOpen } from './VaultRequirement';

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
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
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
      ...(needsKey && apiKey.trim() !== '' ? { apiKey: apiKey.trim() } : {}),
      ...(needsKey && apiSecret.trim() !== '' ? { apiSecret: apiSecret.trim() } : {}),
    };
    create.mutate(input, {
      onSuccess: (account) => {
        setApiKey('');
        setApiSecret('');
        onCreated(account);
      },
    });
  };

  return (
    <form className="pane-form" onSubmit={submit} noValidate data-testid="account-form" data-mode="add">
      <div className="pane-title">Add account</div>
      <Field label="Name" htmlFor="account-name" error={errors.fields.name}>
        <input
          id="account-name"
          className="input"
          data-testid="account-name"
          placeholder="e.g. Testnet main"
          autoComplete="off"
          maxLength={64}
          value={name}
          disabled={create.isPending}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <Field label="Environment" htmlFor="account-environment" error={errors.fields.environment} hint="Cannot be changed later: an account's orders belong to one exchange.">
        <select
          id="account-environment"
          className="select select--field"
          data-testid="account-environment"
          value={environment}
          disabled={create.isPending}
          onChange={(event) => {
            const next = ENVIRONMENT_OPTIONS.find((option) => option.value === event.target.value);
            if (next !== undefined) setEnvironment(next.value);
          }}
        >
          {ENVIRONMENT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      {environment === 'binance' && (
        <div className="form-callout form-callout--warn" role="note">
          <WarningIcon size={14} />
          <span>
            <strong>Live account: orders spend real funds.</strong> Create a key with withdrawals disabled, and restrict it to this machine's IP address.
          </span>
        </div>
      )}
      {environment === 'custom' && (
        <Field label="Base URL" htmlFor="account-base-url" error={errors.fields.baseUrl} hint="Root of a Binance-compatible REST API, e.g. http://127.0.0.1:9001">
          <input
            id="account-base-url"
            className="input input--mono"
            data-testid="account-base-url"
            type="url"
            placeholder="http://127.0.0.1:9001"
            autoComplete="off"
            spellCheck={false}
            value={baseUrl}
            disabled={create.isPending}
            onChange={(event) => setBaseUrl(event.target.value)}
          />
        </Field>
      )}
      {needsKey ? (
        <>
          <VaultRequirement status={vault.data} action="store this key" />
          <KeyFields
            apiKey={apiKey}
            apiSecret={apiSecret}
            onApiKey={setApiKey}
            onApiSecret={setApiSecret}
            keyError={errors.fields.apiKey}
            secretError={errors.fields.apiSecret}
            isDisabled={create.isPending || isBlockedByVault}
          />
        </>
      ) : (
        <div className="form-note">Paper accounts trade on simulated fills from live prices and take no API key.</div>
      )}
      {errors.form !== null && (
        <div className="form-error" role="alert" data-testid="account-form-error">
          {errors.form}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" data-testid="account-save" disabled={create.isPending || isBlockedByVault}>
          {create.isPending ? 'Saving…' : needsKey ? 'Save and test key' : 'Save'}
        </button>
      </div>
    </form>
  );
}
