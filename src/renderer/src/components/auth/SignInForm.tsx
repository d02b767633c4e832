import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../../shared/rpc/errors';
import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/schemas/vault';
import { useWebSignIn, type SignInMode } from '../../api/use-auth';
import { retryAfterOf } from '../../api/web-auth';
import { useCountdown } from '../common/use-countdown';

/** First run asks for the passphrase twice; later runs ask once. */
export function SignInForm({ mode }: { mode: SignInMode }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const signIn = useWebSignIn();
  const { seconds: waitSeconds, start: startWait } = useCountdown();
  const isSetup = mode === 'setup';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (isSetup && passphrase.length < PASSPHRASE_MIN_LENGTH) {
      setLocalError(`A passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters.`);
      return;
    }
    if (isSetup && confirm !== passphrase) {
      setLocalError('The two passphrases differ. Type the same one twice.');
      return;
    }
    if (passphrase === '') {
      setLocalError('Enter your passphrase.');
      return;
    }
    setLocalError(null);
    signIn.mutate(
      { mode, passphrase },
      {
        onError: (error) => {
          if (isApiError(error) && error.code === 'RATE_LIMITED') startWait(retryAfterOf(error.details) ?? 1000);
          if (isApiError(error) && error.code === 'UNAUTHORIZED') {
            setPassphrase('');
            passphraseRef.current?.focus();
          }
        },
      },
    );
  };

  const error = localError ?? serverError(signIn.error, waitSeconds);
  const isBusy = signIn.isPending || signIn.isSuccess;
  const isWaiting = waitSeconds > 0;

  return (
    <form className="door-form" onSubmit={submit} noValidate>
      <label className="field-title" htmlFor="signin-passphrase">
        {isSetup ? 'New passphrase' : 'Passphrase'}
      </label>
      <input
        id="signin-passphrase"
        ref={passphraseRef}
        className="input input--large"
        type="password"
        data-testid="signin-passphrase"
        autoComplete={isSetup ? 'new-password' : 'current-password'}
        autoFocus
        value={passphrase}
        disabled={isBusy}
        aria-invalid={error !== null}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      {isSetup && (
        <>
          <label className="field-title" htmlFor="signin-passphrase-confirm">
            Type it again
          </label>
          <input
            id="signin-passphrase-confirm"
            className="input input--large"
            type="password"
            data-testid="signin-passphrase-confirm"
            autoComplete="new-password"
            value={confirm}
            disabled={isBusy}
            onChange={(event) => setConfirm(event.target.value)}
          />
          <div className="door-note">
            <strong>First start.</strong> The passphrase encrypts your exchange API keys on this machine. It cannot be recovered:
            losing it means entering your keys again. At least {PASSPHRASE_MIN_LENGTH} characters; a few unrelated words work well.
          </div>
        </>
      )}
      {error !== null && (
        <div className="door-error" role="alert" data-testid="signin-error" data-code={errorCode(signIn.error, localError)}>
          {error}
        </div>
      )}
      <button type="submit" className="btn btn--primary btn--large" data-testid="signin-submit" disabled={isBusy || isWaiting}>
        {signIn.isSuccess ? 'Opening…' : signIn.isPending ? (isSetup ? 'Creating the vault…' : 'Unlocking…') : isWaiting ? `Try again in ${waitSeconds} s` : isSetup ? 'Set passphrase and sign in' : 'Unlock'}
      </button>
    </form>
  );
}

function serverError(error: Error | null, waitSeconds: number): string | null {
  if (error === null) return null;
  if (!isApiError(error)) return error.message;
  if (error.code === 'UNAUTHORIZED') return 'Wrong passphrase. Try again.';
  if (error.code === 'RATE_LIMITED') {
    return waitSeconds > 0 ? `Too many attempts. Wait ${waitSeconds} s before trying again.` : 'Too many attempts. You can try again now.';
  }
  return error.message;
}

function errorCode(error: Error | null, localError: string | null): string {
  if (localError !== null) return 'LOCAL';
  return isApiError(error) ? error.code : 'ERROR';
}
