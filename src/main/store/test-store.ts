import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from './open-store';

/** The repository's committed `drizzle/` folder, for tests run from the source tree. */
export const REPO_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export interface TestStore {
  readonly store: Store;
  readonly dir: string;
  /** Closes the store and deletes the temp dir; safe to call twice. */
  cleanup(): void;
}

/** A real database file in a fresh temp dir, migrated with the real migrations. */
export function openTestStore(): TestStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradewind-test-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  let store: Store;
  try {
    store = openStore({
      file: path.join(dir, 'tradewind.db'),
      migrationsFolder: REPO_MIGRATIONS_FOLDER,
    });
  } catch (error) {
    removeDir();
    throw error;
  }
  return {
    store,
    dir,
    cleanup() {
      store.close();
      removeDir();
    },
  };
}
