import { type SessionStopReason } from '../../../../shared/domain/enums';
import { type Deployment, type DeploymentLimits, type DeploymentState } from '../../../../shared/schemas/deployments';
import { labelOfKey } from '../../api/backtest-params';
import { plainAmount, quoteAmount } from '../orders/trading-format';

/*
 * How the deployments panel words a deployment: its status and why, its position, its
 * parameters and limits, its sessions' ends. Pure, so the table, the detail and the tests agree.
 */

/** Quote assets a Binance spot symbol ends with, longest first so "FDUSD" wins over "USD". */
const QUOTE_ASSETS = ['FDUSD', 'USDT', 'USDC', 'TUSD', 'BUSD', 'EUR', 'TRY', 'BRL', 'BTC', 'ETH', 'BNB', 'DAI'] as const;

/** "BTCUSDT" → { base "BTC", quote "USDT" }; an unknown quote leaves the symbol whole, with no quote asset. */
export function assetsOf(symbol: string): { readonly base: string; readonly quote: string } {
  const quote = QUOTE_ASSETS.find((asset) => symbol.endsWith(asset) && symbol.length > asset.length);
  return quote === undefined ? { base: symbol, quote: '' } : { base: symbol.slice(0, -quote.length), quote };
}

/** How a status is drawn: paused or stopped by something other than you (a limit, an error, the kill switch) is a warning, failed an alarm. */
export type StatusTone = 'running' | 'quiet' | 'warn' | 'alarm';

/** The reasons the core gives when you paused or stopped it yourself. */
const BY_HAND: ReadonlySet<string> = new Set(['Paused by you', 'Stopped by you']);

export function statusTone(deployment: Pick<Deployment, 'status' | 'statusReason'>): StatusTone {
  switch (deployment.status) {
    case 'running':
      return 'running';
    case 'failed':
      return 'alarm';
    case 'paused':
    case 'stopped':
      return deployment.statusReason === null || BY_HAND.has(deployment.statusReason) ? 'quiet' : 'warn';
  }
}

/** "66.7 %" of the closed trades won; "—" before any closed. */
export function winRateText(wins: number, losses: number): string {
  const closed = wins + losses;
  return closed === 0 ? '—' : `${((wins / closed) * 100).toFixed(1)} %`;
}

/** "0.0153 BTC @ 61,234.50", or "flat". */
export function positionText(state: Pick<DeploymentState, 'positionQty' | 'entryPrice'>, symbol: string): string {
  if (Number(state.positionQty) === 0) return 'flat';
  const { base, quote } = assetsOf(symbol);
  const entry = state.entryPrice === null ? '' : ` @ ${quote === '' ? plainAmount(state.entryPrice) : quoteAmount(state.entryPrice, quote)}`;
  return `${plainAmount(state.positionQty)} ${base}${entry}`;
}

/** "3.20 %" of the equity peak. */
export function percentText(value: number): string {
  return `${value.toFixed(2)} %`;
}

/** The strategy's own parameters (the amount per trade is the deployment's, shown apart): "Period 14 · Oversold 30 · Stop loss off". */
export function paramsText(params: Readonly<Record<string, unknown>>): string {
  return Object.entries(params)
    .filter(([key]) => key !== 'amountPerTrade')
    .map(([key, value]) => `${labelOfKey(key)} ${value === null ? 'off' : typeof value === 'number' || typeof value === 'string' ? String(value) : JSON.stringify(value)}`)
    .join(' · ');
}

/** "1 trade/day · 500 per trade · 15 min cooldown · 10 % drawdown", or "none". */
export function limitsText(limits: DeploymentLimits): string {
  const parts = [
    limits.maxTradesPerDay === null ? null : `${limits.maxTradesPerDay} trade${limits.maxTradesPerDay === 1 ? '' : 's'}/day`,
    limits.maxAmountPerTrade === null ? null : `${plainAmount(limits.maxAmountPerTrade)} per trade`,
    limits.cooldownMinutes === null ? null : `${limits.cooldownMinutes} min cooldown`,
    limits.maxDrawdownPct === null ? null : `${limits.maxDrawdownPct} % drawdown`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'none' : parts.join(' · ');
}

const STOP_REASONS: Readonly<Record<SessionStopReason, string>> = {
  user: 'Stopped by you',
  'kill-switch': 'Kill switch',
  'risk-limit': 'Risk limit',
  error: 'Error',
  shutdown: 'App shut down',
};

/** Why a session ended, with the core's words when it gave more than the reason; "running" while it goes on. */
export function sessionEndText(session: { readonly endedAt: number | null; readonly stopReason: SessionStopReason | null; readonly stopMessage: string | null }): string {
  if (session.endedAt === null) return 'running';
  const reason = session.stopReason === null ? 'Ended' : STOP_REASONS[session.stopReason];
  return session.stopMessage === null || session.stopMessage === reason ? reason : `${reason}: ${session.stopMessage}`;
}
