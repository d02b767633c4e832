import { Decimal } from '../../shared/exchange/decimal';
import { type RiskLimits, type RiskRefusal } from '../../shared/schemas/risk';
import { AppError } from '../api/app-error';
import { type Logger } from '../log/logger';
import { type StoreDb } from '../store/open-store';
import { factsNeeded, gateRefusal, killSwitchRefusal, type GateOrder } from './gate-rules';
import { readKillSwitch } from './kill-switch-repo';
import { readRiskLimits } from './risk-limits-repo';
import { RiskQueries } from './risk-queries';

const MINUTE_MS = 60_000;

export interface RiskGateDeps {
  readonly db: StoreDb;
  readonly logger: Logger;
  /** The symbol's last price on the account's exchange (fetched only when a rule needs it). */
  readonly lastPrice: (accountId: number, symbol: string) => Promise<Decimal>;
  /** Realized P&L of the account since `since` in one quote asset. */
  readonly realizedSince: (accountId: number, quoteAsset: string, since: number) => Decimal;
  /** Told of every refusal (the notification feed). */
  readonly onRefused?: (accountId: number, symbol: string, refusal: RiskRefusal) => void;
}

export type GateScope = 'full' | 'killSwitchOnly';

export interface GateOptions {
  readonly scope?: GateScope;
  /** The last price when the caller already has it, so it is not fetched twice. */
  readonly lastPrice?: string | undefined;
  readonly now?: number;
  /** The order takes the place of one of the account's open orders (a move on the chart). */
  readonly isReplacing?: boolean;
}

/**
 * The pre-trade gate every order passes, manual or automated, after the symbol's filters and
 * before anything is journaled. `killSwitchOnly` is for exits that protect an open position
 * (a bracket's stop-loss and take-profit): only the kill switch holds them back.
 */
export class RiskGate {
  readonly #deps: RiskGateDeps;
  readonly #queries: RiskQueries;
  readonly #log: Logger;

  constructor(deps: RiskGateDeps) {
    this.#deps = deps;
    this.#queries = new RiskQueries(deps.db);
    this.#log = deps.logger.child('risk');
  }

  /** The kill switch alone, checked before anything else (no exchange call needed to refuse). */
  assertNotKilled(): void {
    const refusal = killSwitchRefusal(readKillSwitch(this.#deps.db));
    if (refusal !== null) throw new AppError('RISK_LIMIT', refusal.message, refusal);
  }

  isKilled(): boolean {
    return readKillSwitch(this.#deps.db).isActive;
  }

  get queries(): RiskQueries {
    return this.#queries;
  }

  limits(accountId: number): RiskLimits {
    return readRiskLimits(this.#deps.db, accountId);
  }

  /** Throws RISK_LIMIT naming the limit and the excess when the order may not go. */
  async check(accountId: number, order: GateOrder, options: GateOptions = {}): Promise<void> {
    const refusal = await this.refusal(accountId, order, options);
    if (refusal === null) return;
    this.#log.warn(`Order on ${order.symbol} refused by the risk gate (${refusal.rule}): ${refusal.message}`, { accountId, rule: refusal.rule });
    this.#deps.onRefused?.(accountId, order.symbol, refusal);
    throw new AppError('RISK_LIMIT', refusal.message, refusal);
  }

  async refusal(accountId: number, order: GateOrder, { scope = 'full', lastPrice, now = Date.now(), isReplacing = false }: GateOptions = {}): Promise<RiskRefusal | null> {
    const killSwitch = readKillSwitch(this.#deps.db);
    const limits = scope === 'full' ? this.limits(accountId) : noLimits(accountId);
    const needed = killSwitch.isActive ? { lastPrice: false, realizedToday: false } : factsNeeded(limits, order);
    const price = needed.lastPrice ? (lastPrice === undefined ? await this.#deps.lastPrice(accountId, order.symbol) : new Decimal(lastPrice)) : null;
    return gateRefusal(order, limits, {
      killSwitch,
      lastPrice: price,
      openOrders: this.#queries.openOrders(accountId) - (isReplacing ? 1 : 0),
      ordersLastMinute: this.#queries.createdSince(accountId, now - MINUTE_MS),
      realizedToday: needed.realizedToday ? this.#deps.realizedSince(accountId, order.quoteAsset, startOfUtcDay(now)) : null,
    });
  }
}

export function startOfUtcDay(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function noLimits(accountId: number): RiskLimits {
  return { accountId, maxOrderValue: null, maxOpenOrders: null, maxOrdersPerMinute: null, priceBandPct: null, dailyLossLimit: null, updatedAt: null };
}
