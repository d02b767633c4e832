import { type VaultStatus } from '../../../../../shared/schemas/vault';
import { TextField } from '../../common/TextField';
import { type KeyInputs } from './use-key-inputs';
import { VaultRequirement } from './VaultRequirement';

interface Props {
  readonly keys: KeyInputs;
  readonly errors: { readonly apiKey?: string | undefined; readonly apiSecret?: string | undefined };
  /** A key is stored encrypted in the vault, so a closed vault is shown first, with how to open it. */
  readonly vault: VaultStatus | undefined;
  readonly isDisabled: boolean;
  /** Replacing a stored key: the fields are for the new one. */
  readonly isReplacement?: boolean;
}

/** Keys are pasted, not typed: no autocomplete, spell check or capitals may touch them. */
const KEY_INPUT = { className: 'input input--mono', autoComplete: 'off', spellCheck: false, autoCapitalize: 'off' } as const;

/**
 * The API key and its secret. The secret goes in and never comes back: the field starts empty,
 * is masked, is not offered to password managers or spell checkers, and the form clears it as
 * soon as the core has it.
 */
export function KeyFields({ keys, errors, vault, isDisabled, isReplacement = false }: Props) {
  return (
    <>
      <VaultRequirement status={vault} action={isReplacement ? 'store the new key' : 'store this key'} />
      <TextField
        {...KEY_INPUT}
        id="account-api-key"
        label={isReplacement ? 'New API key' : 'API key'}
        hint="From Binance → API Management. Only its first and last 4 characters are shown afterwards."
        error={errors.apiKey}
        type="text"
        value={keys.apiKey}
        disabled={isDisabled}
        onValue={keys.setApiKey}
      />
      <TextField
        {...KEY_INPUT}
        id="account-api-secret"
        label={isReplacement ? 'New API secret' : 'API secret'}
        hint="Encrypted into the vault on save. It is never shown again, here or anywhere."
        error={errors.apiSecret}
        type="password"
        value={keys.apiSecret}
        disabled={isDisabled}
        onValue={keys.setApiSecret}
      />
    </>
  );
}
