import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../../shared/rpc/errors';
import { describeApiError } from '../../api/form-errors';
import { useVaultUnlock } from '../../api/use-vault';
import { retryAfterOf } from '../../api/web-auth';
import { useCountdown } from '../common/use-countdown';
import { LockIcon } from '../common/Icons';

interface Props {
  /** Why the vault is needed here, e.g. "Unlock the vault to test this key." */
  readonly reason?: string;
  /** Test ids: `${testId}-passphrase`, `${testId}-submit`, `${testId}-error`. */
  readonly testId?: string;
  readonly isCompact?: boolean;
}

/** Asks for the vault passphrase where a key is needed; slowed down after wrong guesses. */
export function VaultUnlockForm({ reason, testId = 'vault-unlock', isCompact = false }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const unlock = useVaultUnlock();
  const { seconds: waitSeconds, start: startWait } = useCountdown();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (passphrase === '') return;
    unlock.mutate(passphrase, {
      onSuccess: () => setPassphrase(''),
      onError: (error) => {
        if (isApiError(error) && error.code === 'RATE_LIMITED') startWait(retryAfterOf(error.details) ?? 1000);
        if (isApiError(error) && error.code === 'UNAUTHORIZED') setPassphrase('');
      },
    });
  };

  const error = !unlock.isError
    ? null
    : isApiError(unlock.error) && unlock.error.code === 'UNAUTHORIZED'
      ? 'Wrong passphrase.'
      : isApiError(unlock.error) && unlock.error.code === 'RATE_LIMITED'
        ? waitSeconds > 0
          ? `Too many attempts. Wait ${waitSeconds} s.`
          : 'Too many attempts. You can try again now.'
        : describeApiError(unlock.error);

  return (
    <form className={isCompact ? 'unlock-form unlock-form--compact' : 'unlock-form'} onSubmit={submit} data-testid={testId}>
      <div className="unlock-head">
        <LockIcon size={13} />
        <span>{reason ?? 'The vault is locked.'}</span>
      </div>
      <div className="unlock-row">
        <input
          className="input"
          type="password"
          aria-label="Vault passphrase"
          placeholder="Vault passphrase"
          autoComplete="current-password"
          data-testid={`${testId}-passphrase`}
          value={passphrase}
          disabled={unlock.isPending}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="btn btn--primary" data-testid={`${testId}-submit`} disabled={unlock.isPending || waitSeconds > 0 || passphrase === ''}>
          {unlock.isPending ? 'Unlocking…' : waitSeconds > 0 ? `Wait ${waitSeconds} s` : 'Unlock'}
        </button>
      </div>
      {error !== null && (
        <div className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
    </form>
  );
}
