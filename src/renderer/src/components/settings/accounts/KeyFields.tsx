import { Field } from '../../common/Field';

interface Props {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly onApiKey: (value: string) => void;
  readonly onApiSecret: (value: string) => void;
  readonly keyError?: string | undefined;
  readonly secretError?: string | undefined;
  readonly isDisabled: boolean;
  /** Replacing a stored key: the fields are for the new one. */
  readonly isReplacement?: boolean;
}

/**
 * The API key and its secret. The secret goes in and never comes back: the field starts empty,
 * is masked, is not offered to password managers or spell checkers, and the form clears it as
 * soon as the core has it.
 */
export function KeyFields({ apiKey, apiSecret, onApiKey, onApiSecret, keyError, secretError, isDisabled, isReplacement = false }: Props) {
  return (
    <>
      <Field label={isReplacement ? 'New API key' : 'API key'} htmlFor="account-api-key" error={keyError} hint="From Binance → API Management. Only its first and last 4 characters are shown afterwards.">
        <input
          id="account-api-key"
          className="input input--mono"
          data-testid="account-api-key"
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          value={apiKey}
          disabled={isDisabled}
          onChange={(event) => onApiKey(event.target.value)}
        />
      </Field>
      <Field label={isReplacement ? 'New API secret' : 'API secret'} htmlFor="account-api-secret" error={secretError} hint="Encrypted into the vault on save. It is never shown again, here or anywhere.">
        <input
          id="account-api-secret"
          className="input input--mono"
          data-testid="account-api-secret"
          type="password"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          value={apiSecret}
          disabled={isDisabled}
          onChange={(event) => onApiSecret(event.target.value)}
        />
      </Field>
    </>
  );
}
