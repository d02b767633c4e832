import { type AccountService } from '../../accounts/account-service';
import { type AuditEntry } from '../../audit/audit-repo';
import { type EventBus } from '../../core/event-bus';
import { type OrderService } from '../../orders/order-service';
import { type KillSwitchService } from '../../risk/kill-switch';
import { type RiskGate } from '../../risk/risk-gate';
import { writeRiskLimits } from '../../risk/risk-limits-repo';
import { type StoreDb } from '../../store/open-store';
import { AppError } from '../app-error';
import { type HandlerMap } from '../handler-types';

type RiskMethods = 'orders.replace' | 'risk.limits' | 'risk.setLimits' | 'risk.killSwitch' | 'risk.engageKillSwitch' | 'risk.clearKillSwitch';

export function riskHandlers(deps: {
  db: StoreDb;
  bus: EventBus;
  gate: RiskGate;
  orders: OrderService;
  killSwitch: KillSwitchService;
  audit: (entry: AuditEntry) => void;
  accounts: AccountService;
}): HandlerMap<RiskMethods> {
  const { db, bus, gate, orders, killSwitch, audit, accounts } = deps;
  const requireAccount = (accountId: number): number => {
    if (!accounts.list().some((account) => account.id === accountId)) throw new AppError('NOT_FOUND', `There is no account ${accountId}`);
    return accountId;
  };
  return {
    'orders.replace': (input) => orders.replace(input),
    'risk.limits': ({ accountId }) => gate.limits(requireAccount(accountId)),
    'risk.setLimits': (input) => {
      requireAccount(input.accountId);
      const now = Date.now();
      writeRiskLimits(db, input, now);
      audit({ actor: 'user', action: 'risk.setLimits', target: `account:${input.accountId}`, details: { ...input } });
      const limits = gate.limits(input.accountId);
      bus.emit('risk.limits', limits);
      return limits;
    },
    'risk.killSwitch': () => killSwitch.state(),
    'risk.engageKillSwitch': ({ reason }) => killSwitch.engage(reason),
    'risk.clearKillSwitch': () => killSwitch.clear(),
  };
}
