import { type LinkStatus } from '../../bridge/link-status';
import { useLinkStatus } from '../../bridge/use-link-status';

export const LINK_EXPLANATIONS: Record<LinkStatus, string> = {
  connecting: 'Connecting to the Tradewind core…',
  connected: 'Connected to the Tradewind core.',
  reconnecting: 'The link to the core dropped; reconnecting…',
  disconnected:
    'Cannot reach the Tradewind core. If its server was restarted, open the new URL it printed (the old address and token no longer work).',
};

export function LinkIndicator() {
  const status = useLinkStatus();
  return (
    <span className="status" title={LINK_EXPLANATIONS[status]}>
      <span className="header-label">Link</span>
      <span data-testid="link-state" className={`status-value link--${status}`}>
        <i className="dot" aria-hidden="true" />
        {status}
      </span>
    </span>
  );
}
