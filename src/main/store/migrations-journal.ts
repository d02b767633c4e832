import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface JournalEntry {
  readonly tag: string;
  /** Also the `created_at` drizzle's migrator records for this migration. */
  readonly when: number;
}

const JournalSchema = z.object({
  entries: z.array(z.object({ tag: z.string(), when: z.number() })),
});

/**
 * Reads `meta/_journal.json` of a drizzle-kit migrations folder. A missing or empty folder is
 * an error here, because drizzle's migrator would otherwise open an empty database without
 * complaint and every query would fail later with "no such table".
 */
export function readMigrationsJournal(migrationsFolder: string): readonly JournalEntry[] {
  const journalFile = path.join(migrationsFolder, 'meta', '_journal.json');
  if (!fs.existsSync(migrationsFolder)) {
    throw new Error(`Migrations folder not found: ${migrationsFolder}`);
  }
  if (!fs.existsSync(journalFile)) {
    throw new Error(`No migrations in ${migrationsFolder}: ${journalFile} is missing`);
  }
  const parsed = JournalSchema.safeParse(parseJson(journalFile));
  if (!parsed.success) {
    throw new Error(`Migrations journal ${journalFile} is malformed: ${parsed.error.message}`);
  }
  if (parsed.data.entries.length === 0) {
    throw new Error(`No migrations in ${migrationsFolder}: the journal lists none`);
  }
  return parsed.data.entries.map(({ tag, when }) => ({ tag, when }));
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Migrations journal ${file} is not valid JSON`, { cause: error });
  }
}
