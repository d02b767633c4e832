import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../store/test-store';
import {
  seedAccount,
  seedAuditEntry,
  seedBacktestTrade,
  seedDecision,
  seedDeployment,
  seedFill,
  seedLogLine,
  seedOrder,
} from '../store/test-seed';
import { purgeOld } from './retention-service';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2024, 5, 15, 12);
const ANCIENT = NOW - 400 * DAY;

let test: TestStore;
beforeEach(() => {
  test = openTestStore();
});
afterEach(() => test.cleanup());

const count = (table: string): number => test.store.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
const ids = (table: string): unknown[] => test.store.sqlite.prepare(`select id from ${table} order by id`).pluck().all();

describe('purgeOld', () => {
  it('removes system log lines older than 30 days and decisions older than the setting, nothing else', () => {
    const { sqlite } = test.store;
    const accountId = seedAccount(sqlite, 'Main', ANCIENT);
    const deploymentId = seedDeployment(sqlite, accountId, ANCIENT);
    const oldOrder = seedOrder(sqlite, { clientOrderId: 'old-order', accountId, createdAt: ANCIENT });
    seedOrder(sqlite, { clientOrderId: 'new-order', accountId, createdAt: NOW - DAY });
    seedFill(sqlite, { accountId, orderClientId: oldOrder, tradeId: '1', time: ANCIENT });
    seedFill(sqlite, { accountId, orderClientId: 'new-order', tradeId: '2', time: NOW - DAY });
    seedBacktestTrade(sqlite, ANCIENT);
    seedAuditEntry(sqlite, ANCIENT);
    seedAuditEntry(sqlite, NOW);

    const oldLog = seedLogLine(sqlite, NOW - 30 * DAY - 1);
    const edgeLog = seedLogLine(sqlite, NOW - 30 * DAY);
    const newLog = seedLogLine(sqlite, NOW - DAY);
    // An old decision that placed an order: the decision goes, the order stays.
    const oldDecision = seedDecision(sqlite, deploymentId, NOW - 8 * DAY, oldOrder);
    const edgeDecision = seedDecision(sqlite, deploymentId, NOW - 7 * DAY);
    const newDecision = seedDecision(sqlite, deploymentId, NOW - DAY);

    const result = purgeOld({ sqlite, now: NOW, decisionRetentionDays: 7 });

    expect(result).toEqual({ systemLog: 1, decisions: 1, notifications: 0, logCutoff: NOW - 30 * DAY, decisionCutoff: NOW - 7 * DAY });
    expect(ids('system_log')).toEqual([edgeLog, newLog]);
    expect(ids('system_log')).not.toContain(oldLog);
    expect(ids('decisions')).toEqual([edgeDecision, newDecision]);
    expect(ids('decisions')).not.toContain(oldDecision);
    // The ledger and the record of what happened are untouched.
    expect(count('orders')).toBe(2);
    expect(count('fills')).toBe(2);
    expect(count('backtest_trades')).toBe(1);
    expect(count('backtest_runs')).toBe(1);
    expect(count('audit_log')).toBe(2);
    expect(count('accounts')).toBe(1);
    expect(count('deployments')).toBe(1);
  });

  it('takes a custom log age and is a no-op on a second run', () => {
    const { sqlite } = test.store;
    seedLogLine(sqlite, NOW - 10 * DAY);
    seedLogLine(sqlite, NOW - 3 * DAY);

    expect(purgeOld({ sqlite, now: NOW, logRetentionDays: 5, decisionRetentionDays: 90 }).systemLog).toBe(1);
    expect(purgeOld({ sqlite, now: NOW, logRetentionDays: 5, decisionRetentionDays: 90 }).systemLog).toBe(0);
    expect(count('system_log')).toBe(1);
  });

  it('could not purge the audit log even if it tried: its trigger refuses deletes', () => {
    const { sqlite } = test.store;
    seedAuditEntry(sqlite, ANCIENT);

    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/audit_log is append-only/);
    expect(count('audit_log')).toBe(1);
  });

  it('removes nothing when one delete fails: both tables go in one transaction', () => {
    const { sqlite } = test.store;
    const deploymentId = seedDeployment(sqlite, seedAccount(sqlite));
    seedLogLine(sqlite, ANCIENT);
    seedDecision(sqlite, deploymentId, ANCIENT);
    sqlite.exec("create trigger refuse_decision_delete before delete on decisions begin select raise(abort, 'refused'); end");

    expect(() => purgeOld({ sqlite, now: NOW, decisionRetentionDays: 7 })).toThrow(/refused/);
    expect(count('system_log')).toBe(1);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a retention of %s days', (days) => {
    expect(() => purgeOld({ sqlite: test.store.sqlite, now: NOW, decisionRetentionDays: days })).toThrow(RangeError);
  });
});
