import { formatAmount } from '../../shared/portfolio/position-view';
import { type DailyReport, type DeploymentDay, type PortfolioSnapshot } from '../../shared/schemas/reports';
import { equityChange } from './equity-change';
import { type FillDay } from './fill-days';
import { maxDrawdownPct } from './performance-math';
import { type DeploymentInfo } from './report-sources';
import { FigureSum } from './trade-figures';
import { DAY_MS, isoDay } from './utc-days';

export interface ReportedDeployment {
  readonly info: DeploymentInfo;
  readonly quoteAsset: string;
  /** Live: from the fills of its orders; paper: from its round trips. */
  readonly sum: FigureSum;
}

export interface ValueAt {
  readonly ts: number;
  readonly totalValue: string;
}

export interface DayInputs {
  readonly accountId: number;
  readonly dayStart: number;
  readonly quoteAsset: string;
  /** The account's exchange fills of the day (undefined: none). */
  readonly fills: FillDay | undefined;
  /** The newest snapshot at or before the day began. */
  readonly before: PortfolioSnapshot | null;
  /** The value at each snapshot taken during the day, oldest first (the one at its very end included). */
  readonly during: readonly ValueAt[];
  /** The last of those in full (what was held), or null with none. */
  readonly lastDuring: PortfolioSnapshot | null;
  readonly deployments: readonly ReportedDeployment[];
  readonly isPartial: boolean;
  readonly createdAt: number;
}

function deploymentDay(deployment: ReportedDeployment, closing: PortfolioSnapshot | null): DeploymentDay {
  const { info } = deployment;
  const paper = info.mode === 'paper' ? closing?.paper.find((entry) => entry.deploymentId === info.id) : undefined;
  return {
    deploymentId: info.id,
    strategyName: info.strategyName,
    strategyType: info.strategyType,
    symbol: info.symbol,
    mode: info.mode,
    quoteAsset: deployment.quoteAsset,
    ...deployment.sum.toFigures(),
    endingEquity: paper?.equity ?? null,
    endingCash: paper?.cash ?? null,
    positionQty: paper?.positionQty ?? null,
  };
}

/**
 * One account's report of one UTC day. The value at the start is the newest snapshot at or
 * before midnight (else the day's first), at the end the day's last snapshot (else the one
 * before); the drawdown runs over every snapshot from the start on. Totals are the exchange
 * fills of symbols quoted in the report's asset; paper deployments only show in their own rows.
 */
export function buildDailyReport(input: DayInputs): DailyReport {
  // With none before midnight, the day's first snapshot stands for its start (the one taken at its very end cannot).
  const starting = input.before ?? input.during.find((snapshot) => snapshot.ts < input.dayStart + DAY_MS) ?? null;
  const closing = input.lastDuring ?? input.before;
  const path = [...(input.before === null ? [] : [input.before]), ...input.during].map((snapshot) => ({ time: snapshot.ts, value: Number(snapshot.totalValue) }));
  const total = input.fills?.total ?? new FigureSum();
  const startingEquity = starting?.totalValue ?? null;
  const endingEquity = closing?.totalValue ?? null;
  return {
    accountId: input.accountId,
    day: isoDay(input.dayStart),
    dayStart: input.dayStart,
    quoteAsset: input.quoteAsset,
    startingEquity,
    endingEquity,
    startingAt: starting?.ts ?? null,
    endingAt: closing?.ts ?? null,
    ...equityChange(startingEquity, endingEquity),
    maxDrawdownPct: maxDrawdownPct(path),
    ...total.toFigures(),
    cash: closing?.cash ?? null,
    balances: closing?.holdings ?? [],
    unvaluedFees: [...(input.fills?.unvaluedFees ?? [])].map(([asset, amount]) => ({ asset, amount: formatAmount(amount) })),
    symbols: [...(input.fills?.symbols ?? [])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([symbol, { quoteAsset, sum }]) => ({ symbol, quoteAsset, isInTotals: quoteAsset === input.quoteAsset, ...sum.toFigures() })),
    deployments: input.deployments.map((deployment) => deploymentDay(deployment, closing)),
    isPartial: input.isPartial,
    createdAt: input.createdAt,
  };
}
