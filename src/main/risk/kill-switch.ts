import { type KillSwitch, type KillSwitchReport } from '../../shared/schemas/risk';
import { recordAudit } from '../audit/audit-repo';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { inArray } from 'drizzle-orm';
import { deployments } from '../store/schema';
import { type StoreDb } from '../store/open-store';
import { readKillSwitch, writeKillSwitch } from './kill-switch-repo';
import { type RiskQueries } from './risk-queries';

/** Something that trades on its own (the strategy runner) and must stop its work when the switch is thrown. */
export type DeploymentStopper = (reason: string) => Promise<void>;

export interface KillSwitchDeps {
  readonly db: StoreDb;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly queries: RiskQueries;
  /** Cancels every open order of the account on one symbol; throws when the exchange does not. */
  readonly cancelAll: (accountId: number, symbol: string) => Promise<number>;
}

/**
 * The kill switch. Engaging it is written first (so a crash halfway still leaves every new
 * order blocked, also after a restart), then every open order on every account is cancelled
 * and every deployment stopped. Only a person clears it.
 */
export class KillSwitchService {
  readonly #deps: KillSwitchDeps;
  readonly #log: Logger;
  readonly #stoppers = new Set<DeploymentStopper>();

  constructor(deps: KillSwitchDeps) {
    this.#deps = deps;
    this.#log = deps.logger.child('risk');
  }

  state(): KillSwitch {
    return readKillSwitch(this.#deps.db);
  }

  /** The strategy runner registers here; the switch stops it. */
  onEngage(stopper: DeploymentStopper): () => void {
    this.#stoppers.add(stopper);
    return () => this.#stoppers.delete(stopper);
  }

  async engage(reason: string | undefined, now: number = Date.now()): Promise<KillSwitchReport> {
    const { db, bus, queries, cancelAll } = this.#deps;
    const current = readKillSwitch(db);
    const state: KillSwitch = current.isActive ? current : { isActive: true, reason: reason?.trim() || null, since: now };
    // The switch and the deployments' stopped state are one write: a restart finds both.
    const deploymentsStopped = db.transaction((tx) => {
      writeKillSwitch(tx, state, now);
      const stopped = tx
        .update(deployments)
        .set({ status: 'stopped', statusReason: 'Kill switch engaged', updatedAt: now })
        .where(inArray(deployments.status, ['running', 'paused']))
        .run().changes;
      recordAudit(tx, { actor: 'user', action: 'risk.engageKillSwitch', target: 'kill-switch', details: { reason: state.reason, deploymentsStopped: stopped } }, now);
      return stopped;
    });
    bus.emit('risk.killSwitch', state);
    this.#log.warn(`Kill switch engaged${state.reason === null ? '' : `: ${state.reason}`}; cancelling every open order`);

    for (const stop of this.#stoppers) {
      try {
        await stop('kill switch');
      } catch (error: unknown) {
        this.#log.error('A deployment did not stop on the kill switch', { error: error instanceof Error ? error.message : String(error) });
      }
    }
    let cancelled = 0;
    const failures: KillSwitchReport['failures'] = [];
    await Promise.all(
      queries.openSymbols().map(async ({ accountId, symbol }) => {
        try {
          cancelled += await cancelAll(accountId, symbol);
        } catch (error: unknown) {
          const message = error instanceof Error ? error.message : String(error);
          failures.push({ accountId, symbol, message });
          this.#log.error(`Kill switch: the orders on ${symbol} (account ${accountId}) were not all cancelled: ${message}`, { accountId, symbol });
        }
      }),
    );
    return { killSwitch: state, cancelled, failures, deploymentsStopped };
  }

  clear(now: number = Date.now()): KillSwitch {
    const state: KillSwitch = { isActive: false, reason: null, since: null };
    this.#deps.db.transaction((tx) => {
      writeKillSwitch(tx, state, now);
      recordAudit(tx, { actor: 'user', action: 'risk.clearKillSwitch', target: 'kill-switch' }, now);
    });
    this.#deps.bus.emit('risk.killSwitch', state);
    this.#log.info('Kill switch cleared; orders may be sent again');
    return state;
  }
}
