import { type Account } from '../../../../shared/schemas/accounts';
import { type ExchangeStatus } from '../../../../shared/schemas/exchange';
import { useAccounts } from '../../api/use-accounts';
import { useExchangeStatus } from '../../api/use-exchange';
import { useNow } from '../../hooks/use-now';
import { connectionHeadline, formatOffset, offsetLevel, offsetTitle, weightLevel } from '../exchange/exchange-labels';

/** At most this many connections get their own figures; the rest are counted. */
const SHOWN = 2;

/**
 * Each open exchange connection at a glance: its state (a 418 ban or a 429 back-off first,
 * with the time left), how far this clock is from the exchange's, and the request weight used
 * this minute against Binance's limit.
 */
export function ExchangeIndicator() {
  const status = useExchangeStatus();
  const accounts = useAccounts();
  const now = useNow(1000);
  const connections = status.data?.connections ?? [];
  if (connections.length === 0) {
    return (
      <span className="status" data-testid="exchange-indicator" data-state="none" title="No exchange connection. Pick an account on the chart or in the trading tabs; its live feed connects it.">
        <span className="header-label">Exchange</span>
        <span className="status-value status--unknown">
          <i className="dot" aria-hidden="true" />
          offline
        </span>
      </span>
    );
  }
  const hidden = connections.length - SHOWN;
  return (
    <span className="exchange-indicator" data-testid="exchange-indicator" data-state="some">
      {connections.slice(0, SHOWN).map((connection) => (
        <ConnectionFigures key={connection.accountId} status={connection} account={accounts.data?.accounts.find((a) => a.id === connection.accountId)} now={now} />
      ))}
      {hidden > 0 && <span className="header-muted">+{hidden}</span>}
    </span>
  );
}

function ConnectionFigures({ status, account, now }: { status: ExchangeStatus; account: Account | undefined; now: number }) {
  const headline = connectionHeadline(status, now);
  const name = account?.name ?? `account ${status.accountId}`;
  return (
    <span className="exchange-connection" data-testid="exchange-connection" data-account-id={status.accountId}>
      <span className="status" title={`${name}: ${headline.title}`}>
        <span className="header-label exchange-name">{name}</span>
        <span className={`status-value exchange--${headline.level} exchange-state--${status.state}`} data-testid="exchange-state" data-state={status.state}>
          <i className="dot" aria-hidden="true" />
          {headline.text}
        </span>
      </span>
      {status.timeOffsetMs !== null && (
        <span className={`exchange-figure num exchange--${offsetLevel(status.timeOffsetMs)}`} data-testid="exchange-offset" title={offsetTitle(status.timeOffsetMs)}>
          <span className="header-label">Δt</span>
          {formatOffset(status.timeOffsetMs)}
        </span>
      )}
      {status.usedWeight1m !== null && status.weightLimit1m !== null && (
        <span
          className={`exchange-figure num exchange--${weightLevel(status.usedWeight1m, status.weightLimit1m)}`}
          data-testid="exchange-weight"
          title={`Request weight used this minute, as Binance counts it (X-MBX-USED-WEIGHT-1M), of ${status.weightLimit1m.toLocaleString()} allowed per minute.`}
        >
          <span className="header-label">Weight</span>
          {status.usedWeight1m.toLocaleString()}
          <span className="header-muted">/{status.weightLimit1m.toLocaleString()}</span>
        </span>
      )}
      {status.ordersInDoubt > 0 && (
        <span
          className="pill pill--warn"
          data-testid="exchange-in-doubt"
          title="Orders sent without an answer yet. Each is looked up on the exchange by its client order id until its fate is known; none is sent twice."
        >
          {status.ordersInDoubt} in doubt
        </span>
      )}
    </span>
  );
}
