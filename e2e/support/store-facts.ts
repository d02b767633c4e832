import path from 'node:path';
import Database from 'better-sqlite3';

/** How many migrations the data folder's database has applied, read straight from the file. */
export function schemaVersionInStore(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'tradewind.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
