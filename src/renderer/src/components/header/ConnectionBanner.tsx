import { useAppInfo } from '../../api/use-app-info';
import { useLinkStatus } from '../../bridge/use-link-status';
import { LINK_EXPLANATIONS } from './LinkIndicator';

/** A strip under the header for the two states a person must act on; silent otherwise. */
export function ConnectionBanner() {
  const link = useLinkStatus();
  const info = useAppInfo();
  if (link === 'disconnected') {
    return (
      <div className="banner banner--error" role="alert" data-testid="link-banner">
        <strong>Disconnected.</strong> {LINK_EXPLANATIONS.disconnected} This page keeps trying meanwhile.
      </div>
    );
  }
  if (info.isError && link === 'connected') {
    return (
      <div className="banner banner--warn" role="alert" data-testid="app-info-banner">
        <strong>The core did not answer.</strong> {info.error.message}
        <button type="button" className="btn btn--small" onClick={() => void info.refetch()}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}
