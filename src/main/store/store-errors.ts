export const STORE_UNREADABLE_KINDS = ['not-a-database', 'corrupt', 'cannot-open', 'io-error', 'read-only'] as const;
export type StoreUnreadableKind = (typeof STORE_UNREADABLE_KINDS)[number];

const WAY_OUT =
  'Tradewind has not changed or replaced it. Restore the latest good backup (the Restore button on ' +
  'this screen, or `tradewind backup restore --latest`); the damaged file is then kept aside, never deleted.';

const EXPLANATIONS: Record<StoreUnreadableKind, string> = {
  'not-a-database': 'is not a readable SQLite database: its header is damaged, or another program overwrote it.',
  corrupt: 'is damaged: SQLite found broken pages in it.',
  'cannot-open': 'cannot be opened: check that it is a file (not a folder) and that you may read and write it.',
  'io-error': 'could not be read because of a disk error: check the disk and that it is not full, then start again.',
  'read-only': 'cannot be written: check that the file and its folder are not read-only and the disk is not full.',
};

/**
 * The database file exists but cannot be used as it is. Raised instead of ever deleting or
 * recreating the file, so the shell can explain it and offer a restore from a backup.
 */
export class StoreUnreadableError extends Error {
  override readonly name = 'StoreUnreadableError';
  readonly file: string;
  readonly kind: StoreUnreadableKind;
  /** What SQLite said, for the log and the details section of the error screen. */
  readonly detail: string;

  constructor(file: string, kind: StoreUnreadableKind, detail: string, options?: { cause?: unknown }) {
    const wayOut = kind === 'cannot-open' || kind === 'read-only' ? 'Tradewind has not changed it.' : WAY_OUT;
    super(`The database ${file} ${EXPLANATIONS[kind]} ${wayOut} (SQLite: ${detail})`, options);
    this.file = file;
    this.kind = kind;
    this.detail = detail;
  }
}

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** Which kind of unreadable file an error from SQLite means, or null when it means something else. */
export function classifySqliteError(error: unknown): StoreUnreadableKind | null {
  const code = sqliteCode(error);
  if (code !== null) {
    if (code === 'SQLITE_NOTADB') return 'not-a-database';
    if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
    if (code.startsWith('SQLITE_CANTOPEN')) return 'cannot-open';
    if (code.startsWith('SQLITE_IOERR')) return 'io-error';
    if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  }
  // Wrapped errors (drizzle's migrator, a failed pre-migration backup) keep only the message.
  const message = error instanceof Error ? error.message : String(error);
  if (/file is not a database/i.test(message)) return 'not-a-database';
  if (/database disk image is malformed/i.test(message)) return 'corrupt';
  return error instanceof Error && error.cause !== undefined ? classifySqliteError(error.cause) : null;
}

/** Turns an error that means "this file is unusable" into a StoreUnreadableError; leaves others. */
export function asStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreUnreadableError) return error;
  const kind = classifySqliteError(error);
  if (kind === null) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreUnreadableError(file, kind, detail, { cause: error });
}
