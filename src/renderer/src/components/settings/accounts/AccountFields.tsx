/**
 * What the add and edit forms share, so the two cannot drift apart. A new account's fields
 * show an example; an edited one's already hold its values.
 */
import { TextField } from '../../common/TextField';

interface FieldProps {
  readonly value: string;
  readonly error: string | undefined;
  readonly isDisabled: boolean;
  readonly isNew: boolean;
  readonly onValue: (value: string) => void;
}

export function AccountNameField({ value, error, isDisabled, isNew, onValue }: FieldProps) {
  return (
    <TextField
      id="account-name"
      label="Name"
      error={error}
      placeholder={isNew ? 'e.g. Testnet main' : undefined}
      autoComplete="off"
      maxLength={64}
      value={value}
      disabled={isDisabled}
      onValue={onValue}
    />
  );
}

/** Only a custom account has one: the others' URLs are known. */
export function BaseUrlField({ value, error, isDisabled, isNew, onValue }: FieldProps) {
  return (
    <TextField
      id="account-base-url"
      label="Base URL"
      className="input input--mono"
      type="url"
      error={error}
      hint={isNew ? 'Root of a Binance-compatible REST API, e.g. http://127.0.0.1:9001' : undefined}
      placeholder={isNew ? 'http://127.0.0.1:9001' : undefined}
      autoComplete="off"
      spellCheck={false}
      value={value}
      disabled={isDisabled}
      onValue={onValue}
    />
  );
}

interface EndProps {
  readonly error: string | null;
  readonly isSaving: boolean;
  /** The vault is locked, so a key cannot be stored yet. */
  readonly isBlocked: boolean;
  /** Saving also tests a new key; the button says so. */
  readonly willTestKey: boolean;
  readonly onCancel: () => void;
}

/** Why the save was refused, if it was, then Cancel and Save. */
export function AccountFormEnd({ error, isSaving, isBlocked, willTestKey, onCancel }: EndProps) {
  return (
    <>
      {error !== null && (
        <div className="form-error" role="alert" data-testid="account-form-error">
          {error}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={isSaving}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" data-testid="account-save" disabled={isSaving || isBlocked}>
          {isSaving ? 'Saving…' : willTestKey ? 'Save and test key' : 'Save'}
        </button>
      </div>
    </>
  );
}
