import { auditLog } from '../store/schema';
import { type StoreDb } from '../store/open-store';

export type AuditActor = 'user' | 'system' | 'strategy';

export interface AuditEntry {
  readonly actor: AuditActor;
  readonly action: string;
  readonly target?: string;
  readonly details?: Record<string, unknown>;
}

/** Anything that can insert: the database itself or an open transaction. */
export type AuditWriter = Pick<StoreDb, 'insert'>;

/** Who changed what, kept apart from the system log so it is never pruned with it. */
export function recordAudit(writer: AuditWriter, entry: AuditEntry, now: number = Date.now()): void {
  writer
    .insert(auditLog)
    .values({
      ts: now,
      actor: entry.actor,
      action: entry.action,
      target: entry.target ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .run();
}
