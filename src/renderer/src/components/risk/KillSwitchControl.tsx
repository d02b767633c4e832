import { useEffect, useState } from 'react';
import { describeApiError } from '../../api/form-errors';
import { useClearKillSwitch, useEngageKillSwitch, useKillSwitch } from '../../api/use-risk';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { describeKillReport, isKillSwitchKey, KILL_SWITCH_HOTKEY } from './kill-switch-key';

/**
 * The kill switch in the header. One click (or the hotkey) engages it at once, with no question
 * asked: it cancels every open order, stops every deployment and blocks new orders. Clearing it
 * is the deliberate act, behind a confirmation.
 */
export function KillSwitchControl() {
  const state = useKillSwitch();
  const engage = useEngageKillSwitch();
  const clear = useClearKillSwitch();
  const [isConfirmingClear, setIsConfirmingClear] = useState(false);
  const { mutate: engageNow } = engage;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isKillSwitchKey(event)) return;
      event.preventDefault();
      engageNow('hotkey');
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [engageNow]);

  const isActive = state.data?.isActive ?? false;
  const since = state.data?.since ?? null;
  const report = engage.data === undefined ? null : describeKillReport(engage.data);
  return (
    <div className={`kill-switch${isActive ? ' kill-switch--active' : ''}`} data-testid="kill-switch" data-state={isActive ? 'engaged' : 'clear'}>
      {isActive ? (
        <>
          <span className="kill-switch-badge" role="status" title={engagedTitle(since, state.data?.reason ?? null, report)} data-testid="kill-switch-engaged">
            Kill switch on
          </span>
          <button type="button" className="btn btn--small" data-testid="kill-switch-clear" onClick={() => setIsConfirmingClear(true)}>
            Clear…
          </button>
        </>
      ) : (
        <button
          type="button"
          className="btn btn--small btn--kill"
          data-testid="kill-switch-engage"
          title={`Cancel every open order, stop every deployment and block new orders (${KILL_SWITCH_HOTKEY})`}
          disabled={engage.isPending}
          onClick={() => engage.mutate('header button')}
        >
          {engage.isPending ? 'Killing…' : 'Kill switch'}
        </button>
      )}
      {engage.isError && (
        <span className="kill-switch-error" role="alert" data-testid="kill-switch-error">
          {describeApiError(engage.error)}
        </span>
      )}
      {isActive && report !== null && (
        // Failures stay in sight; a clean report is read out and kept in the badge's tooltip.
        <span className={engage.data?.failures.length ? 'kill-switch-report kill-switch-report--failed' : 'sr-only'} role="status" data-testid="kill-switch-report">
          {report}
        </span>
      )}
      {isConfirmingClear && (
        <ConfirmDialog
          title="Clear the kill switch?"
          confirmLabel="Clear — allow orders"
          isBusy={clear.isPending}
          error={clear.isError ? describeApiError(clear.error) : null}
          onCancel={() => setIsConfirmingClear(false)}
          onConfirm={() =>
            clear.mutate(undefined, {
              onSuccess: () => {
                setIsConfirmingClear(false);
                engage.reset();
              },
            })
          }
          testId="kill-switch-clear-dialog"
        >
          Orders from this window and from deployments will be sent again. Deployments stopped by the switch stay stopped until started again.
        </ConfirmDialog>
      )}
    </div>
  );
}

function engagedTitle(since: number | null, reason: string | null, report: string | null): string {
  const when = since === null ? '' : ` since ${new Date(since).toLocaleString()}`;
  const why = reason === null ? '' : ` (${reason})`;
  return `Kill switch engaged${when}${why}: every new order is refused until it is cleared.${report === null ? '' : ` ${report}.`}`;
}
