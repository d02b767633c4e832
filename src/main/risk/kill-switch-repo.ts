import { eq } from 'drizzle-orm';
import { type KillSwitch } from '../../shared/schemas/risk';
import { killSwitch } from '../store/schema';
import { type StoreDb } from '../store/open-store';

/** The one row (id 1); a database that never had it is disengaged. */
export function readKillSwitch(db: StoreDb): KillSwitch {
  const row = db.select().from(killSwitch).where(eq(killSwitch.id, 1)).get();
  return row === undefined || !row.isActive ? { isActive: false, reason: null, since: null } : { isActive: true, reason: row.reason, since: row.since };
}

export function writeKillSwitch(db: Pick<StoreDb, 'insert'>, state: KillSwitch, now: number): void {
  const values = { isActive: state.isActive, reason: state.reason, since: state.since, updatedAt: now };
  db.insert(killSwitch)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: killSwitch.id, set: values })
    .run();
}
