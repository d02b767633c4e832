import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../../../shared/rpc/errors';
import { PASSPHRASE_MIN_LENGTH } from '../../../../../shared/schemas/vault';
import { formErrorsOf } from '../../../api/form-errors';
import { useChangePassphrase } from '../../../api/use-vault';
import { retryAfterOf } from '../../../api/web-auth';
import { TextField } from '../../common/TextField';
import { useCountdown } from '../../common/use-countdown';

const FIELDS = ['current', 'next'] as const;

/** Re-protects the vault with a new passphrase; the stored keys themselves are not touched. */
export function ChangePassphraseForm() {
  const change = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localErrors, setLocalErrors] = useState<{ next?: string; confirm?: string }>({});
  const { seconds: waitSeconds, start: startWait } = useCountdown();
  const serverErrors = formErrorsOf(change.error, FIELDS);
  const isWrongCurrent = isApiError(change.error) && change.error.code === 'UNAUTHORIZED';
  const isRateLimited = isApiError(change.error) && change.error.code === 'RATE_LIMITED';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const problems: { next?: string; confirm?: string } = {};
    if (next.length < PASSPHRASE_MIN_LENGTH) problems.next = `At least ${PASSPHRASE_MIN_LENGTH} characters.`;
    else if (next === current) problems.next = 'The new passphrase is the same as the current one.';
    if (confirm !== next) problems.confirm = 'The two new passphrases differ.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    change.mutate(
      { current, next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'RATE_LIMITED') startWait(retryAfterOf(error.details) ?? 1000);
        },
      },
    );
  };

  const currentError = isWrongCurrent ? 'This is not the current passphrase.' : serverErrors.fields.current;
  const formError = isWrongCurrent ? null : isRateLimited ? `Too many attempts.${waitSeconds > 0 ? ` Wait ${waitSeconds} s.` : ''}` : serverErrors.form;

  return (
    <form className="settings-group settings-group--flush stacked-form" onSubmit={submit} noValidate data-testid="change-passphrase-form">
      <div className="settings-group-title">Change passphrase</div>
      <p className="group-text">Stored keys stay as they are; only what unlocks them changes. Other browsers stay signed in.</p>
      <TextField id="change-passphrase-current" label="Current passphrase" error={currentError} type="password" autoComplete="current-password" value={current} onValue={setCurrent} />
      <TextField
        id="change-passphrase-next"
        label="New passphrase"
        error={localErrors.next ?? serverErrors.fields.next}
        hint={`At least ${PASSPHRASE_MIN_LENGTH} characters. It cannot be recovered.`}
        type="password"
        autoComplete="new-password"
        value={next}
        onValue={setNext}
      />
      <TextField id="change-passphrase-confirm" label="New passphrase, again" error={localErrors.confirm} type="password" autoComplete="new-password" value={confirm} onValue={setConfirm} />
      {formError !== null && (
        <div className="form-error" role="alert" data-testid="change-passphrase-error">
          {formError}
        </div>
      )}
      {change.isSuccess && (
        <div className="form-success" role="status" data-testid="change-passphrase-done">
          Passphrase changed. Use the new one from now on.
        </div>
      )}
      <div className="form-actions form-actions--start">
        <button type="submit" className="btn" data-testid="change-passphrase-submit" disabled={change.isPending || waitSeconds > 0 || current === ''}>
          {change.isPending ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}
