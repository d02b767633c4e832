import { useState } from 'react';
import { type WebSession } from '../../../../../shared/schemas/sessions';
import { describeApiError } from '../../../api/form-errors';
import { useRevokeSession, useSessions } from '../../../api/use-sessions';
import { useNow } from '../../../hooks/use-now';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { formatDateTime, formatRelative, shortUserAgent } from '../../common/format';
import { EmptyState } from '../../workspace/EmptyState';
import { setSignInNotice } from '../../../hooks/sign-in-notice';
import { InlineError } from '../../common/InlineError';

const END_REASONS: Record<NonNullable<WebSession['endReason']>, string> = {
  logout: 'signed out',
  revoked: 'revoked',
  expired: 'expired',
  restart: 'server restarted',
  locked: 'vault locked',
};

/** Whether a session can still be used, as of `now`. */
function stateOf(session: WebSession, now: number): { label: string; isLive: boolean } {
  if (session.endedAt !== null) return { label: session.endReason === null ? 'ended' : END_REASONS[session.endReason], isLive: false };
  if (session.expiresAt <= now) return { label: 'expired', isLive: false };
  return { label: 'active', isLive: true };
}

export function SessionsTable() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const now = useNow(30_000);
  const [confirming, setConfirming] = useState<WebSession | null>(null);

  if (sessions.isPending) return <EmptyState title="Loading sessions…" />;
  if (sessions.isError) {
    return (
      <InlineError onRetry={() => void sessions.refetch()}>
        Could not load sessions: {describeApiError(sessions.error)}
      </InlineError>
    );
  }
  const list = sessions.data.sessions;
  if (list.length === 0) return <div className="group-text muted">No browser has signed in to the web shell of this data folder.</div>;

  const doRevoke = (session: WebSession): void => {
    // Set first: revoking this browser's session unmounts this table before the call settles.
    if (session.isCurrent) setSignInNotice('You revoked this browser’s session.');
    revoke.mutate(
      { id: session.id, isCurrent: session.isCurrent },
      { onSuccess: () => setConfirming(null), onError: () => session.isCurrent && setSignInNotice(null) },
    );
  };

  return (
    <>
      <table className="data-table sessions-table">
        <thead>
          <tr>
            <th scope="col">Browser</th>
            <th scope="col">IP</th>
            <th scope="col">Signed in</th>
            <th scope="col">Last seen</th>
            <th scope="col">Expires</th>
            <th scope="col">State</th>
            <th scope="col" aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {list.map((session) => {
            const state = stateOf(session, now);
            return (
              <tr
                key={session.id}
                className={state.isLive ? 'data-row' : 'data-row is-ended'}
                data-testid="session-row"
                data-session-id={session.id}
                data-current={session.isCurrent}
                data-state={state.isLive ? 'active' : 'ended'}
              >
                <td title={session.userAgent ?? undefined}>
                  {shortUserAgent(session.userAgent)}
                  {session.isCurrent && (
                    <span className="this-browser" data-testid="session-current">
                      this browser
                    </span>
                  )}
                </td>
                <td className="num mono-cell">{session.ip ?? '—'}</td>
                <td className="num">{formatDateTime(session.createdAt)}</td>
                <td className="num" title={formatDateTime(session.lastSeenAt)}>
                  {formatRelative(session.lastSeenAt, now)}
                </td>
                <td className="num" title={formatDateTime(session.expiresAt)}>
                  {state.isLive ? formatRelative(session.expiresAt, now) : formatDateTime(session.expiresAt)}
                </td>
                <td>
                  <span className={state.isLive ? 'session-state session-state--live' : 'session-state'}>
                    <i className="dot" aria-hidden="true" />
                    {state.label}
                  </span>
                </td>
                <td className="cell-actions">
                  {state.isLive && (
                    <button
                      type="button"
                      className="btn btn--small btn--quiet-danger"
                      data-testid="session-revoke"
                      disabled={revoke.isPending}
                      onClick={() => (session.isCurrent ? setConfirming(session) : doRevoke(session))}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {revoke.isError && confirming === null && (
        <div className="form-error" role="alert" data-testid="session-revoke-error">
          Could not revoke: {describeApiError(revoke.error)}
        </div>
      )}
      {confirming !== null && (
        <ConfirmDialog
          testId="session-revoke-dialog"
          title="Revoke this browser’s session?"
          confirmLabel="Revoke and sign out"
          tone="danger"
          isBusy={revoke.isPending}
          error={revoke.isError ? describeApiError(revoke.error) : null}
          onCancel={() => setConfirming(null)}
          onConfirm={() => doRevoke(confirming)}
        >
          This is the session you are using now. Revoking it signs this browser out at once; you sign in again with the passphrase.
        </ConfirmDialog>
      )}
    </>
  );
}
