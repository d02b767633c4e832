import { Decimal } from '../../shared/exchange/decimal';
import { type FeeRate, type SymbolAssets } from '../../shared/portfolio/average-cost';
import { type DailyReport, type PortfolioSnapshot } from '../../shared/schemas/reports';
import { accountFills } from '../portfolio/history-queries';
import { type StoreDb } from '../store/open-store';
import { buildDailyReport, type ReportedDeployment } from './daily-report-builder';
import { fillDays } from './fill-days';
import { paperDay } from './paper-days';
import { deploymentInfos, fillTags, paperBookOf, roundTripsOf, sessionSpansOf, type SessionSpan } from './report-sources';
import { curveRows, snapshotAtOrBefore, toPortfolioSnapshot } from './snapshot-repo';
import { REPORT_QUOTE_ASSET } from './snapshot-value';
import { FigureSum } from './trade-figures';
import { DAY_MS } from './utc-days';

export interface DayReportsRequest {
  readonly accountId: number;
  /** Start of the first UTC day and end of the last (exclusive); whole days. */
  readonly from: number;
  readonly to: number;
  readonly assetsOf: (symbol: string) => SymbolAssets;
  /** Leave out days nothing is known of: no fill, no deployment at work, no snapshot. */
  readonly isActiveOnly: boolean;
  /** Today so far, not a finished day. */
  readonly isPartial: boolean;
  readonly now: number;
}

/**
 * A third-asset fee (BNB) is valued at that asset's price in the newest snapshot of the range:
 * the journal keeps no price history, and a snapshot's price is closer to the day than today's.
 */
function snapshotRate(snapshot: PortfolioSnapshot | null): FeeRate {
  const prices = new Map<string, Decimal>();
  for (const holding of snapshot?.holdings ?? []) if (holding.price !== null) prices.set(holding.asset, new Decimal(holding.price));
  return (asset, quoteAsset) => (snapshot !== null && quoteAsset === snapshot.quoteAsset ? (prices.get(asset) ?? null) : null);
}

const overlaps = (span: SessionSpan, from: number, to: number): boolean => span.startedAt < to && (span.endedAt === null || span.endedAt >= from);

/** The reports of an account's days in [from, to), oldest first, from its fills, deployments and snapshots. */
export function dayReports(db: StoreDb, request: DayReportsRequest): DailyReport[] {
  const { accountId, from, to } = request;
  // Both reads run in the same synchronous turn, so no fill can arrive between them.
  const fills = accountFills(db, accountId);
  const tags = fillTags(db, accountId, from, to);
  const byDay = fillDays({ fills, tags, assetsOf: request.assetsOf, rate: snapshotRate(snapshotAtOrBefore(db, accountId, to)), from, to, reportQuote: REPORT_QUOTE_ASSET });

  const infos = deploymentInfos(db, accountId);
  const spans = sessionSpansOf(db, infos.map((info) => info.id));
  const paperIds = infos.filter((info) => info.mode === 'paper').map((info) => info.id);
  const roundTrips = roundTripsOf(db, paperIds);
  const openEntries = new Map(paperIds.map((id) => [id, paperBookOf(db, id)?.open ?? null]));

  const reports: DailyReport[] = [];
  for (let dayStart = from; dayStart < to; dayStart += DAY_MS) {
    const dayEnd = dayStart + DAY_MS;
    const fillDay = byDay.get(dayStart);
    const deployments: ReportedDeployment[] = [];
    for (const info of infos) {
      const sum = info.mode === 'paper' ? paperDay(roundTrips.get(info.id) ?? [], openEntries.get(info.id) ?? null, dayStart, dayEnd) : fillDay?.deployments.get(info.id);
      const wasAtWork = spans.some((span) => span.deploymentId === info.id && overlaps(span, dayStart, dayEnd));
      if ((sum === undefined || sum.isEmpty) && !wasAtWork) continue;
      deployments.push({ info, quoteAsset: request.assetsOf(info.symbol).quoteAsset, sum: sum ?? new FigureSum() });
    }
    // Only the values of the day's snapshots are needed, and the last one in full.
    const during = curveRows(db, accountId, dayStart + 1, Math.min(dayEnd, request.isPartial ? request.now : dayEnd));
    if (request.isActiveOnly && fillDay === undefined && deployments.length === 0 && during.length === 0) continue;
    const last = during.at(-1);
    reports.push(
      buildDailyReport({
        accountId,
        dayStart,
        quoteAsset: REPORT_QUOTE_ASSET,
        fills: fillDay,
        before: snapshotAtOrBefore(db, accountId, dayStart),
        during,
        lastDuring: last === undefined ? null : toPortfolioSnapshot(accountId, last),
        deployments,
        isPartial: request.isPartial,
        createdAt: request.now,
      }),
    );
  }
  return reports;
}
