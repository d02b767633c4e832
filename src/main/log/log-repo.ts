import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { type HandlerInput } from '../../shared/contract';
import { type LogEntry, type LogListOutput } from '../../shared/schemas/log';
import { systemLog } from '../store/schema';
import { type StoreDb } from '../store/open-store';
import { type LogRecord } from './logger';

export interface LogRepo {
  insert(record: LogRecord): LogEntry;
  list(query: HandlerInput<'log.list'>): LogListOutput;
}

export function createLogRepo(db: StoreDb): LogRepo {
  return {
    insert(record) {
      const context = record.context === null ? null : JSON.stringify(record.context);
      const row = db
        .insert(systemLog)
        .values({ ts: record.ts, level: record.level, module: record.module, message: record.message, context })
        .returning({ id: systemLog.id })
        .get();
      return { id: row.id, ...record };
    },

    list({ limit, before, levels, module }) {
      const conditions: SQL[] = [];
      if (before !== undefined) conditions.push(lt(systemLog.id, before));
      if (levels !== undefined) conditions.push(inArray(systemLog.level, levels));
      if (module !== undefined) conditions.push(eq(systemLog.module, module));
      const rows = db
        .select()
        .from(systemLog)
        .where(and(...conditions))
        .orderBy(desc(systemLog.id))
        .limit(limit + 1)
        .all();
      const page = rows.slice(0, limit);
      const modules = db
        .selectDistinct({ module: systemLog.module })
        .from(systemLog)
        .orderBy(systemLog.module)
        .all()
        .map((row) => row.module);
      return {
        entries: page.map((row) => ({
          id: row.id,
          ts: row.ts,
          level: row.level,
          module: row.module,
          message: row.message,
          context: parseContext(row.context),
        })),
        nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
        modules,
      };
    },
  };
}

function parseContext(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { unparsable: text };
  }
}
