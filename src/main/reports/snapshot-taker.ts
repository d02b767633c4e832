import { Decimal, tryParseDecimal } from '../../shared/exchange/decimal';
import { type PaperEquity } from '../../shared/schemas/reports';
import { floatToDecimal } from '../deployments/float-decimal';
import { type StoreDb } from '../store/open-store';
import { deploymentInfos, paperBookOf, sessionSpansOf } from './report-sources';
import { insertSnapshot } from './snapshot-repo';
import { REPORT_QUOTE_ASSET, valueBalances, type BalanceLine } from './snapshot-value';

/** How many prices one snapshot asks for at once: an account on the Spot Testnet holds hundreds of assets. */
const PRICE_REQUESTS_AT_ONCE = 8;

export interface SnapshotSource {
  /** Free and locked balances from the exchange (the account's connection). */
  balances(accountId: number): Promise<readonly BalanceLine[]>;
  /** Whether the account's venue lists this symbol. */
  hasMarket(accountId: number, symbol: string): boolean;
  lastPrice(accountId: number, symbol: string): Promise<string>;
}

/** The paper deployments of the account in a session now, with their simulated money. */
export function paperEquities(db: Pick<StoreDb, 'select'>, accountId: number): PaperEquity[] {
  const paper = deploymentInfos(db, accountId).filter((info) => info.mode === 'paper');
  const open = new Set(sessionSpansOf(db, paper.map((info) => info.id)).filter((span) => span.endedAt === null).map((span) => span.deploymentId));
  return paper.flatMap((info) => {
    const book = open.has(info.id) ? paperBookOf(db, info.id) : null;
    if (book === null) return [];
    return [{ deploymentId: info.id, symbol: info.symbol, cash: floatToDecimal(book.cash), positionQty: floatToDecimal(book.open?.quantity ?? 0), equity: floatToDecimal(book.equity) }];
  });
}

async function pricesOf(source: SnapshotSource, accountId: number, assets: readonly string[]): Promise<Map<string, Decimal>> {
  const prices = new Map<string, Decimal>();
  const queue = [...assets];
  const worker = async (): Promise<void> => {
    for (let asset = queue.shift(); asset !== undefined; asset = queue.shift()) {
      try {
        const parsed = tryParseDecimal(await source.lastPrice(accountId, asset + REPORT_QUOTE_ASSET));
        if (parsed.ok && parsed.value.gt(0)) prices.set(asset, parsed.value);
      } catch {
        // No price now: the asset is listed unvalued and left out of the total.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PRICE_REQUESTS_AT_ONCE, assets.length) }, worker));
  return prices;
}

/**
 * Stores what an account holds at `ts`: every balance valued at its last price in the report
 * asset (portfolio_snapshots), with its paper deployments' simulated money beside it. Returns
 * false when the account already had a snapshot at that instant.
 */
export async function takeSnapshot(db: StoreDb, source: SnapshotSource, accountId: number, ts: number): Promise<boolean> {
  const balances = await source.balances(accountId);
  const priced = balances
    .filter((balance) => balance.asset !== REPORT_QUOTE_ASSET && source.hasMarket(accountId, balance.asset + REPORT_QUOTE_ASSET))
    .filter((balance) => !new Decimal(balance.free).plus(balance.locked).isZero())
    .map((balance) => balance.asset);
  const prices = await pricesOf(source, accountId, priced);
  const { totalValue, holdings } = valueBalances(balances, REPORT_QUOTE_ASSET, prices, paperEquities(db, accountId));
  return insertSnapshot(db, { accountId, ts, quoteAsset: REPORT_QUOTE_ASSET, totalValue, holdings });
}
