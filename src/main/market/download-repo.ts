import { desc, eq, inArray } from 'drizzle-orm';
import { type DownloadState } from '../../shared/domain/enums';
import { type Download } from '../../shared/schemas/candles';
import { type StoreDb } from '../store/open-store';
import { candleDownloads } from '../store/schema';

type DownloadRow = typeof candleDownloads.$inferSelect;

/** The `candle_downloads` rows: what was asked, how far it got, how it ended. */
export class DownloadRepo {
  constructor(private readonly db: StoreDb) {}

  create(input: Omit<Download, 'id'>): Download {
    const row = this.db
      .insert(candleDownloads)
      .values({ exchange: input.venue, symbol: input.symbol, interval: input.interval, fromTime: input.from, toTime: input.to, state: input.state, expected: input.expected, fetched: input.fetched, error: input.error, startedAt: input.startedAt, finishedAt: input.finishedAt })
      .returning()
      .get();
    return toDownload(row);
  }

  get(id: number): Download | null {
    const row = this.db.select().from(candleDownloads).where(eq(candleDownloads.id, id)).get();
    return row === undefined ? null : toDownload(row);
  }

  update(id: number, patch: Partial<Pick<Download, 'state' | 'expected' | 'fetched' | 'error' | 'startedAt' | 'finishedAt'>>): Download {
    const row = this.db.update(candleDownloads).set(patch).where(eq(candleDownloads.id, id)).returning().get();
    if (row === undefined) throw new Error(`There is no download ${id}`);
    return toDownload(row);
  }

  recent(limit: number): Download[] {
    return this.db.select().from(candleDownloads).orderBy(desc(candleDownloads.startedAt), desc(candleDownloads.id)).limit(limit).all().map(toDownload);
  }

  /** Downloads that were running when the app stopped: they can be resumed, not continued. */
  markInterrupted(): number {
    const running: DownloadState[] = ['running'];
    return this.db.update(candleDownloads).set({ state: 'interrupted' }).where(inArray(candleDownloads.state, running)).run().changes;
  }
}

function toDownload(row: DownloadRow): Download {
  return {
    id: row.id,
    venue: row.exchange,
    symbol: row.symbol,
    interval: row.interval,
    from: row.fromTime,
    to: row.toTime,
    state: row.state,
    expected: row.expected,
    fetched: row.fetched,
    error: row.error,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
