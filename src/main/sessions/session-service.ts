import { createHash, randomBytes } from 'node:crypto';
import { desc, eq, isNull } from 'drizzle-orm';
import { type WebSessionEndReason } from '../../shared/domain/enums';
import { type WebSession } from '../../shared/schemas/sessions';
import { AppError } from '../api/app-error';
import { recordAudit } from '../audit/audit-repo';
import { type Logger } from '../log/logger';
import { webSessions } from '../store/schema';
import { type StoreDb } from '../store/open-store';

export interface SessionPolicy {
  /** A session ends after this long without a request. */
  readonly idleMs: number;
  /** ...and after this long in any case. */
  readonly maxMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 12 * 3600_000, maxMs: 7 * 24 * 3600_000 };

/** How often a busy session writes its last-seen time. */
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  readonly id: string;
  /** Goes into the browser's HttpOnly cookie and nowhere else; only its hash is stored. */
  readonly token: string;
  readonly maxAgeMs: number;
}

export interface SessionService {
  create(client: { ip: string | null; userAgent: string | null }): NewSession;
  /** The live session a token belongs to, or null (unknown, ended, or expired just now). */
  authenticate(token: string): WebSession | null;
  /** Whether a session is still live, refreshing its idle timer. */
  isLive(id: string): boolean;
  list(currentId: string | null): WebSession[];
  end(id: string, reason: WebSessionEndReason): void;
  endAll(reason: WebSessionEndReason): void;
  /** Told about every session that ends, so the web shell can close its sockets. */
  onEnded(listener: (id: string) => void): () => void;
}

export function createSessionService(db: StoreDb, logger: Logger, policy: SessionPolicy = DEFAULT_SESSION_POLICY, now: () => number = Date.now): SessionService {
  const log = logger.child('sessions');
  const listeners = new Set<(id: string) => void>();

  const hash = (token: string): Buffer => createHash('sha256').update(token).digest();
  const find = (id: string) => db.select().from(webSessions).where(eq(webSessions.id, id)).get();

  function liveOrEnd(row: typeof webSessions.$inferSelect | undefined): typeof row {
    if (row === undefined || row.endedAt !== null) return undefined;
    if (row.expiresAt <= now()) {
      end(row.id, 'expired');
      return undefined;
    }
    return row;
  }

  function touch(row: typeof webSessions.$inferSelect): void {
    const at = now();
    if (at - row.lastSeenAt < TOUCH_EVERY_MS) return;
    const expiresAt = Math.min(row.createdAt + policy.maxMs, at + policy.idleMs);
    db.update(webSessions).set({ lastSeenAt: at, expiresAt }).where(eq(webSessions.id, row.id)).run();
  }

  function end(id: string, reason: WebSessionEndReason): void {
    const result = db.update(webSessions).set({ endedAt: now(), endReason: reason }).where(eq(webSessions.id, id)).run();
    if (result.changes === 0) return;
    log.info(`Web session ${id} ended (${reason})`, { sessionId: id });
    for (const listener of listeners) listener(id);
  }

  return {
    create({ ip, userAgent }) {
      const id = randomBytes(9).toString('base64url');
      const token = randomBytes(32).toString('base64url');
      const at = now();
      db.transaction((tx) => {
        tx.insert(webSessions)
          .values({ id, tokenHash: hash(token), createdAt: at, expiresAt: at + Math.min(policy.idleMs, policy.maxMs), lastSeenAt: at, ip, userAgent: userAgent?.slice(0, 300) ?? null })
          .run();
        recordAudit(tx, { actor: 'user', action: 'sessions.signIn', target: `session:${id}`, details: { ip } }, at);
      });
      log.info(`Web session ${id} started`, { sessionId: id, ip });
      return { id, token, maxAgeMs: policy.maxMs };
    },

    authenticate(token) {
      const row = liveOrEnd(db.select().from(webSessions).where(eq(webSessions.tokenHash, hash(token))).get());
      if (row === undefined) return null;
      touch(row);
      return toSession(row, row.id);
    },

    isLive(id) {
      const row = liveOrEnd(find(id));
      if (row !== undefined) touch(row);
      return row !== undefined;
    },

    list(currentId) {
      for (const row of db.select().from(webSessions).where(isNull(webSessions.endedAt)).all()) liveOrEnd(row);
      return db.select().from(webSessions).orderBy(desc(webSessions.createdAt)).limit(200).all().map((row) => toSession(row, currentId));
    },

    end(id, reason) {
      if (find(id) === undefined) throw new AppError('NOT_FOUND', `There is no session ${id}`);
      if (reason === 'revoked') recordAudit(db, { actor: 'user', action: 'sessions.revoke', target: `session:${id}` });
      end(id, reason);
    },

    endAll(reason) {
      for (const row of db.select({ id: webSessions.id }).from(webSessions).where(isNull(webSessions.endedAt)).all()) end(row.id, reason);
    },

    onEnded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function toSession(row: typeof webSessions.$inferSelect, currentId: string | null): WebSession {
  return {
    id: row.id,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
    ip: row.ip,
    userAgent: row.userAgent,
    endedAt: row.endedAt,
    endReason: row.endReason,
    isCurrent: row.id === currentId,
  };
}
