import { desc, gt, lt, max } from 'drizzle-orm';
import { type AuditEntry } from '../../shared/schemas/audit';
import { type HandlerInput, type MethodOutput } from '../../shared/contract';
import { type EventBus } from '../core/event-bus';
import { auditLog } from '../store/schema';
import { type StoreDb } from '../store/open-store';

type AuditRow = typeof auditLog.$inferSelect;

function toEntry(row: AuditRow): AuditEntry {
  return { id: row.id, ts: row.ts, actor: row.actor, action: row.action, target: row.target, details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>) };
}

export function listAudit(db: StoreDb, { limit, before }: HandlerInput<'audit.list'>): MethodOutput<'audit.list'> {
  const rows = db
    .select()
    .from(auditLog)
    .where(before === undefined ? undefined : lt(auditLog.id, before))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  return { entries: page.map(toEntry), nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * Announces audit entries once they are committed. Entries are written inside the same
 * transactions as the changes they record, so rather than announcing from inside those, the
 * feed reads what is new after each piece of work finishes.
 */
export class AuditFeed {
  readonly #db: StoreDb;
  readonly #bus: EventBus;
  #lastId: number;
  #isClosed = false;

  constructor(db: StoreDb, bus: EventBus) {
    this.#db = db;
    this.#bus = bus;
    this.#lastId = db.select({ id: max(auditLog.id) }).from(auditLog).get()?.id ?? 0;
  }

  /** The database is closing; a call that was still finishing must not read it. */
  close(): void {
    this.#isClosed = true;
  }

  flush(): void {
    if (this.#isClosed) return;
    const rows = this.#db.select().from(auditLog).where(gt(auditLog.id, this.#lastId)).orderBy(auditLog.id).all();
    for (const row of rows) {
      this.#lastId = row.id;
      this.#bus.emit('audit.appended', toEntry(row));
    }
  }
}
