import { inArray } from 'drizzle-orm';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  SettingsSchema,
  type SettingKey,
  type Settings,
  type SettingsPatch,
} from '../../shared/schemas/settings';
import { recordAudit, type AuditActor } from '../audit/audit-repo';
import { type EventBus } from '../core/event-bus';
import { type Logger } from '../log/logger';
import { settings as settingsTable } from '../store/schema';
import { type StoreDb } from '../store/open-store';

export interface SettingsService {
  get(): Settings;
  set(patch: SettingsPatch, actor: AuditActor): Settings;
}

/**
 * Settings live one row per key as JSON. A stored value that no longer fits its schema (an old
 * file, a hand edit) falls back to the default with a warning instead of breaking the app.
 */
export function createSettingsService(db: StoreDb, bus: EventBus, logger: Logger): SettingsService {
  const log = logger.child('settings');

  function get(): Settings {
    const rows = db.select().from(settingsTable).where(inArray(settingsTable.key, SETTING_KEYS)).all();
    const stored: Partial<Record<SettingKey, unknown>> = {};
    for (const row of rows) {
      const key = row.key as SettingKey;
      const parsed = parseJson(row.value);
      const check = SettingsSchema.shape[key].safeParse(parsed);
      if (check.success) stored[key] = check.data;
      else log.warn(`Stored setting "${key}" is invalid; using the default`, { default: DEFAULT_SETTINGS[key] });
    }
    return SettingsSchema.parse(stored);
  }

  function set(patch: SettingsPatch, actor: AuditActor): Settings {
    const now = Date.now();
    const entries = Object.entries(patch) as Array<[SettingKey, unknown]>;
    db.transaction((tx) => {
      for (const [key, value] of entries) {
        tx.insert(settingsTable)
          .values({ key, value: JSON.stringify(value), updatedAt: now })
          .onConflictDoUpdate({ target: settingsTable.key, set: { value: JSON.stringify(value), updatedAt: now } })
          .run();
      }
      recordAudit(tx, { actor, action: 'settings.set', details: patch }, now);
    });
    const next = get();
    log.info(`Settings changed: ${entries.map(([key]) => key).join(', ')}`, { changed: patch });
    bus.emit('settings.changed', next);
    return next;
  }

  return { get, set };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
