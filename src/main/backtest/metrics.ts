import { type BacktestTrade } from './engine-types';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Crypto trades every day of the year, so daily returns annualise over 365 days. */
const DAYS_PER_YEAR = 365;

export interface BacktestMetrics {
  readonly initialCapital: number;
  readonly finalEquity: number;
  readonly netProfit: number;
  readonly netProfitPct: number;
  readonly cagr: number;
  readonly sharpe: number;
  readonly sortino: number;
  readonly calmar: number;
  /** Deepest fall from a peak, as a fraction of that peak (0.25 = 25 %). */
  readonly maxDrawdown: number;
  /** Longest time from a peak until equity was back above it (or the end), in ms. */
  readonly maxDrawdownDurationMs: number;
  readonly tradeCount: number;
  readonly winRate: number;
  readonly profitFactor: number;
  /** Average net profit per closed trade, in quote currency. */
  readonly expectancy: number;
  /** Share of bars with a position open. */
  readonly exposure: number;
  readonly averageTradeDurationMs: number;
  readonly feesPaid: number;
  /** The return of buying at the first open and holding to the last close. */
  readonly buyAndHoldPct: number;
}

export interface MetricsInput {
  readonly initialCapital: number;
  readonly times: Float64Array;
  readonly equity: Float64Array;
  readonly trades: readonly BacktestTrade[];
  readonly barsInPosition: number;
  readonly feesPaid: number;
  readonly firstOpen: number;
  readonly lastClose: number;
  /** Length of one bar, to date the end of the last one. */
  readonly barMs: number;
}

/** Every figure of a run, from its equity curve (one value per bar) and its trade list. */
export function computeMetrics(input: MetricsInput): BacktestMetrics {
  const { equity, times, initialCapital, trades } = input;
  const count = equity.length;
  const finalEquity = count === 0 ? initialCapital : (equity[count - 1] as number);
  const netProfit = finalEquity - initialCapital;
  const spanMs = count === 0 ? 0 : (times[count - 1] as number) + input.barMs - (times[0] as number);
  const years = spanMs / YEAR;
  const cagr = years > 0 && finalEquity > 0 ? (finalEquity / initialCapital) ** (1 / years) - 1 : 0;
  const drawdown = drawdowns(times, equity, initialCapital, input.barMs);
  const daily = dailyReturns(times, equity, initialCapital);
  const closed = trades.filter((trade) => trade.exitTime !== null);
  const wins = closed.filter((trade) => trade.pnl > 0);
  const grossProfit = wins.reduce((sum, trade) => sum + trade.pnl, 0);
  const grossLoss = closed.reduce((sum, trade) => (trade.pnl < 0 ? sum - trade.pnl : sum), 0);
  const durations = closed.reduce((sum, trade) => sum + ((trade.exitTime as number) - trade.entryTime), 0);
  return {
    initialCapital,
    finalEquity,
    netProfit,
    netProfitPct: netProfit / initialCapital,
    cagr,
    sharpe: ratio(mean(daily), standardDeviation(daily)) * Math.sqrt(DAYS_PER_YEAR),
    sortino: ratio(mean(daily), downsideDeviation(daily)) * Math.sqrt(DAYS_PER_YEAR),
    calmar: ratio(cagr, drawdown.depth),
    maxDrawdown: drawdown.depth,
    maxDrawdownDurationMs: drawdown.durationMs,
    tradeCount: closed.length,
    winRate: closed.length === 0 ? 0 : wins.length / closed.length,
    profitFactor: grossLoss === 0 ? (grossProfit > 0 ? Infinity : 0) : grossProfit / grossLoss,
    expectancy: closed.length === 0 ? 0 : (grossProfit - grossLoss) / closed.length,
    exposure: count === 0 ? 0 : input.barsInPosition / count,
    averageTradeDurationMs: closed.length === 0 ? 0 : durations / closed.length,
    feesPaid: input.feesPaid,
    buyAndHoldPct: input.firstOpen > 0 ? input.lastClose / input.firstOpen - 1 : 0,
  };
}

/** Depth as a fraction of the peak; duration from the peak until equity regained it (or the end). */
function drawdowns(times: Float64Array, equity: Float64Array, initialCapital: number, barMs: number): { depth: number; durationMs: number } {
  let peak = initialCapital;
  let peakTime = times.length > 0 ? (times[0] as number) : 0;
  let depth = 0;
  let longest = 0;
  for (let i = 0; i < equity.length; i++) {
    const value = equity[i] as number;
    const time = times[i] as number;
    if (value >= peak) {
      longest = Math.max(longest, time - peakTime);
      peak = value;
      peakTime = time;
    } else {
      const fall = (peak - value) / peak;
      if (fall > depth) depth = fall;
    }
  }
  if (equity.length > 0) {
    const end = (times[equity.length - 1] as number) + barMs;
    if ((equity[equity.length - 1] as number) < peak) longest = Math.max(longest, end - peakTime);
  }
  return { depth, durationMs: longest };
}

/** Returns from one UTC day's last equity to the next's; the first day starts from the capital. */
function dailyReturns(times: Float64Array, equity: Float64Array, initialCapital: number): Float64Array {
  const closes: number[] = [];
  let day = -1;
  for (let i = 0; i < equity.length; i++) {
    const today = Math.floor((times[i] as number) / DAY);
    if (today !== day) {
      closes.push(equity[i] as number);
      day = today;
    } else closes[closes.length - 1] = equity[i] as number;
  }
  const returns = new Float64Array(closes.length);
  let previous = initialCapital;
  for (let i = 0; i < closes.length; i++) {
    const value = closes[i] as number;
    returns[i] = previous > 0 ? value / previous - 1 : 0;
    previous = value;
  }
  return returns;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length === 0 ? 0 : sum / values.length;
}

/** Sample standard deviation. */
function standardDeviation(values: Float64Array): number {
  if (values.length < 2) return 0;
  const average = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Root mean square of the negative returns, over all returns (the usual Sortino denominator). */
function downsideDeviation(values: Float64Array): number {
  if (values.length < 2) return 0;
  let squares = 0;
  for (const value of values) if (value < 0) squares += value * value;
  return Math.sqrt(squares / values.length);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
