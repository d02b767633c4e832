import { type Environment } from '../../../../../shared/domain/enums';
import { ENVIRONMENT_BADGES, hostOf } from './account-labels';

const TITLES: Record<Environment, string> = {
  binance: 'Binance, live: orders use real funds',
  'binance-testnet': 'Binance Spot Testnet: test funds only',
  paper: 'Paper: simulated fills from live prices, no key',
  custom: 'A Binance-compatible API at a URL you gave',
};

/** Where an account trades. Live Binance is drawn in the warning colour: real money. */
export function EnvironmentBadge({ environment, baseUrl }: { environment: Environment; baseUrl: string | null }) {
  const badge = ENVIRONMENT_BADGES[environment];
  const host = environment === 'custom' ? hostOf(baseUrl) : null;
  return (
    <span className="env" title={host === null ? TITLES[environment] : `${TITLES[environment]}: ${baseUrl ?? ''}`}>
      <span className={`env-badge env-badge--${badge.tone}`} data-testid="account-environment-badge" data-environment={environment}>
        {badge.label}
      </span>
      {host !== null && <span className="env-host num">{host}</span>}
    </span>
  );
}
