import { type AppStatus } from '../../../../shared/schemas/app';
import { useNow } from '../../hooks/use-now';

/** The core repeats its status every 5 s; three missed beats mean something is wrong. */
export const HEARTBEAT_STALE_AFTER_MS = 15_000;

interface Props {
  readonly status: AppStatus | null;
  /** When the status was last heard (fetched or pushed), local clock. */
  readonly heartbeatAt: number;
  /** Without a link the status is only what we last heard, and is shown greyed. */
  readonly isLinkUp: boolean;
}

export function AppStatusIndicator({ status, heartbeatAt, isLinkUp }: Props) {
  const now = useNow(1000);
  if (status === null) {
    return (
      <span className="status">
        <span className="header-label">Core</span>
        <span data-testid="app-status" className="status-value status--unknown">
          <i className="dot" aria-hidden="true" />
          unknown
        </span>
      </span>
    );
  }
  const silentMs = now - heartbeatAt;
  const isStale = heartbeatAt > 0 && silentMs > HEARTBEAT_STALE_AFTER_MS;
  return (
    <span className="status" title={isLinkUp ? statusTitle(status) : `Last known status. ${statusTitle(status)}`}>
      <span className="header-label">Core</span>
      <span data-testid="app-status" className={`status-value status--${status.state}${isLinkUp ? '' : ' is-last-known'}`}>
        <i className="dot" aria-hidden="true" />
        {status.state}
      </span>
      {isStale && (
        <span
          data-testid="status-stale"
          className="pill pill--warn"
          title={`No heartbeat from the core for ${Math.round(silentMs / 1000)} s (it sends one every 5 s). What you see may be out of date.`}
        >
          stale · {formatAge(silentMs)}
        </span>
      )}
    </span>
  );
}

function statusTitle(status: AppStatus): string {
  const started = `Started ${new Date(status.startedAt).toLocaleString()}`;
  return status.message === null ? started : `${status.message}\n${started}`;
}

function formatAge(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m` : `${Math.floor(minutes / 60)}h`;
}
