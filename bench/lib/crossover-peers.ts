import { DataFrame, type ISeries } from 'data-forge';
// grademark's backtest requires chai at run time without declaring it: chai is a devDependency for that.
import { backtest, type IBar, type IStrategy } from 'grademark';
import { SMA as TiSMA } from 'technicalindicators';
import { SMA as TsSMA } from 'trading-signals';
import { type CandleBatch } from '../../src/shared/market/candle-batch';

/**
 * The built-in MA crossover with its defaults, written against other people's libraries for the
 * backtest peer benchmark. Every peer mirrors the engine's simulated broker for this strategy:
 * SMA 50 and SMA 200 of the closes; at a bar's close, flat and `prev fast <= prev slow && fast >
 * slow` asks for an entry, long and `prev slow <= prev fast && slow > fast` for an exit; either
 * fills at the next bar's open, buys rounded up to the 0.01 tick and sells down, 100 USDT per
 * entry floored to the 0.00001 BTC step (BTCUSDT's filters), 0.1 % taker fee each side, one
 * position at a time, and a position still open after the last bar counts as a trade marked at
 * the last close.
 */
export const FAST = 50;
export const SLOW = 200;
const INITIAL_CAPITAL = 10_000;
const AMOUNT_PER_TRADE = 100;
const FEE = 0.001;
const TICK = 0.01;
const STEP = 0.00001;
const MIN_QTY = 0.00001;
const MIN_NOTIONAL = 5;

export interface PeerResult {
  /** Round trips, the one still open at the end included. */
  readonly trades: number;
  /** Net of fees, in USDT, summed over the trades (the open one against the last close). */
  readonly pnl: number;
  /** Cash plus the position at each close, as the engine returns it; grademark keeps none. */
  readonly equity?: Float64Array;
}

/**
 * The engine's broker and the strategy's rule, reduced to what this strategy uses (market
 * orders, no slippage, no protective exits): cash in USDT, a long position or none, and what
 * the last close asked for. Each peer's loop calls, per bar, `settle` at the open, `mark` at
 * the close, then `decide` with the averages; one class for every peer, so no call site in it
 * sees more than one shape.
 */
class Book {
  cash = INITIAL_CAPITAL;
  quantity = 0;
  trades = 0;
  pnl = 0;
  #entryCost = 0;
  #entryFee = 0;
  #wantsEntry = false;
  #wantsExit = false;

  /** Fills at `open` what the previous close asked for: the exit first, as the engine does. */
  settle(open: number): void {
    if (this.#wantsExit) {
      this.#wantsExit = false;
      this.sellAt(open);
    }
    if (this.#wantsEntry) {
      this.#wantsEntry = false;
      this.buyAt(open);
    }
  }

  /** Equity at `close`, as the engine marks it after every bar. */
  mark(close: number): number {
    return this.cash + this.quantity * close;
  }

  /** The strategy at a bar's close, given both averages there and at the bar before (NaN while warming up). */
  decide(prevFast: number, prevSlow: number, fast: number, slow: number): void {
    if (this.quantity === 0) {
      if (prevFast <= prevSlow && fast > slow) this.#wantsEntry = true;
    } else if (prevSlow <= prevFast && slow > fast) {
      this.#wantsExit = true;
    }
  }

  // Rounded as the engine's RuleRounder rounds (its toFixed included), so fills agree to the bit.
  buyAt(open: number): void {
    const price = Number((Math.ceil(open / TICK - 1e-9) * TICK).toFixed(2));
    const affordable = this.cash / (price * (1 + FEE));
    const quantity = Number((Math.floor(Math.min(AMOUNT_PER_TRADE / price, affordable) / STEP + 1e-9) * STEP).toFixed(5));
    if (quantity < MIN_QTY || quantity * price < MIN_NOTIONAL) return;
    const cost = quantity * price;
    const fee = cost * FEE;
    this.cash -= cost + fee;
    this.quantity = quantity;
    this.#entryCost = cost;
    this.#entryFee = fee;
  }

  sellAt(open: number): void {
    const price = Number((Math.floor(open / TICK + 1e-9) * TICK).toFixed(2));
    const proceeds = this.quantity * price;
    const fee = proceeds * FEE;
    this.cash += proceeds - fee;
    this.pnl += proceeds - fee - this.#entryCost - this.#entryFee;
    this.trades += 1;
    this.quantity = 0;
  }

  /** After the last bar: what was asked for is dropped, an open position counts, marked at `close`. */
  finish(close: number): PeerResult {
    this.#wantsEntry = false;
    this.#wantsExit = false;
    if (this.quantity > 0) {
      this.pnl += this.quantity * close - this.#entryCost - this.#entryFee;
      this.trades += 1;
    }
    return { trades: this.trades, pnl: this.pnl };
  }
}

// Each peer has its own copy of the loop: one shared loop taking the averages as callbacks
// would make its call sites polymorphic across peers and slow them all down.

/** technicalindicators' batch form: `SMA.calculate` over all closes, then the loop. */
export function technicalIndicatorsBatch(candles: CandleBatch, closes: number[]): PeerResult {
  const fastValues = TiSMA.calculate({ period: FAST, values: closes });
  const slowValues = TiSMA.calculate({ period: SLOW, values: closes });
  const { open, close, length } = candles;
  const equity = new Float64Array(length);
  const book = new Book();
  let prevFast = NaN;
  let prevSlow = NaN;
  for (let i = 0; i < length; i++) {
    book.settle(open[i] as number);
    equity[i] = book.mark(close[i] as number);
    // calculate leaves the warm-up out: its k-th value is the average ending at bar k + period - 1.
    const fast = i >= FAST - 1 ? (fastValues[i - FAST + 1] as number) : NaN;
    const slow = i >= SLOW - 1 ? (slowValues[i - SLOW + 1] as number) : NaN;
    book.decide(prevFast, prevSlow, fast, slow);
    prevFast = fast;
    prevSlow = slow;
  }
  return { ...book.finish(close[length - 1] as number), equity };
}

/**
 * The crossover rules of every streaming peer, bar by bar: settle at the open, mark at the close,
 * feed the close to the peer's two averages (`next`), decide on the cross.
 */
function streamCrossover(candles: CandleBatch, nextFast: (price: number) => number, nextSlow: (price: number) => number): PeerResult {
  const { open, close, length } = candles;
  const equity = new Float64Array(length);
  const book = new Book();
  let prevFast = NaN;
  let prevSlow = NaN;
  for (let i = 0; i < length; i++) {
    book.settle(open[i] as number);
    const price = close[i] as number;
    equity[i] = book.mark(price);
    const fast = nextFast(price);
    const slow = nextSlow(price);
    book.decide(prevFast, prevSlow, fast, slow);
    prevFast = fast;
    prevSlow = slow;
  }
  return { ...book.finish(close[length - 1] as number), equity };
}

/** technicalindicators' streaming form: `nextValue` once per bar inside the loop. */
export function technicalIndicatorsStreaming(candles: CandleBatch): PeerResult {
  const fastSma = new TiSMA({ period: FAST, values: [] });
  const slowSma = new TiSMA({ period: SLOW, values: [] });
  return streamCrossover(candles, (price) => fastSma.nextValue(price) ?? NaN, (price) => slowSma.nextValue(price) ?? NaN);
}

/** trading-signals' `SMA` (8.x has no FasterSMA: it computes in plain numbers) fed one close per bar. */
export function tradingSignals(candles: CandleBatch): PeerResult {
  const fastSma = new TsSMA(FAST);
  const slowSma = new TsSMA(SLOW);
  return streamCrossover(candles, (price) => fastSma.add(price) ?? NaN, (price) => slowSma.add(price) ?? NaN);
}

/** The bars grademark reads, as its README asks for them: one object per bar, `time` a Date. */
export function grademarkBars(candles: CandleBatch, count: number): IBar[] {
  const bars: IBar[] = new Array<IBar>(count);
  for (let i = 0; i < count; i++) {
    bars[i] = {
      time: new Date(candles.openTime[i] as number),
      open: candles.open[i] as number,
      high: candles.high[i] as number,
      low: candles.low[i] as number,
      close: candles.close[i] as number,
      volume: candles.volume[i] as number,
    };
  }
  return bars;
}

interface CrossoverBar extends IBar {
  fast?: number;
  slow?: number;
  prevFast?: number;
  prevSlow?: number;
}

/** data-forge-indicators' `Series.sma`, written out: a rolling window's average, indexed by the window's last bar. */
function sma(series: ISeries<number, number>, period: number): ISeries<number, number> {
  return series
    .rollingWindow(period)
    .select<[number, number]>((window) => [window.getIndex().last(), window.average()])
    .withIndex((pair) => pair[0])
    .select((pair) => pair[1]);
}

/** The series one bar later: each value re-indexed on the bar after its own. */
function previous(series: ISeries<number, number>): ISeries<number, number> {
  return series
    .rollingWindow(2)
    .select<[number, number]>((window) => [window.getIndex().last(), window.first()])
    .withIndex((pair) => pair[0])
    .select((pair) => pair[1]);
}

/**
 * The same crossover as a grademark strategy: data-forge computes the averages and each one's
 * previous value (grademark's `lookback` can't give the previous bar: it is its ring buffer's
 * array as stored, so with two bars it is in time order only every other bar), the rules
 * compare them; warm-up rows have no averages, and compare false. grademark fills at the next
 * bar's open and has no fees or position sizing (its README lists both under "maybe coming
 * later"), so its per-unit trades are sized and charged afterwards the way the engine would.
 */
export function grademarkRun(bars: IBar[]): PeerResult {
  const strategy: IStrategy<IBar, CrossoverBar> = {
    prepIndicators: ({ inputSeries }) => {
      const close = inputSeries.deflate((bar) => bar.close);
      // Baked: data-forge is lazy, and each average is read twice (as itself and as the previous value).
      const fast = sma(close, FAST).bake();
      const slow = sma(close, SLOW).bake();
      return inputSeries.withSeries<CrossoverBar>({ fast, slow, prevFast: previous(fast), prevSlow: previous(slow) });
    },
    entryRule: (enter, { bar }) => {
      if (bar.prevFast !== undefined && bar.prevSlow !== undefined && bar.fast !== undefined && bar.slow !== undefined && bar.prevFast <= bar.prevSlow && bar.fast > bar.slow) enter();
    },
    exitRule: (exit, { bar }) => {
      if (bar.prevFast !== undefined && bar.prevSlow !== undefined && bar.fast !== undefined && bar.slow !== undefined && bar.prevSlow <= bar.prevFast && bar.slow > bar.fast) exit();
    },
  };
  const raw = backtest(strategy, new DataFrame<number, IBar>(bars));
  const book = new Book();
  for (const trade of raw) {
    book.buyAt(trade.entryPrice);
    if (trade.exitReason === 'finalize') book.finish(trade.exitPrice);
    else book.sellAt(trade.exitPrice);
  }
  return { trades: raw.length, pnl: book.pnl };
}

/**
 * The trades grademark's state machine makes from given averages, replayed in a plain loop: it
 * runs no rule on a bar where it fills an order (enter or exit), so a cross at the close of a
 * fill bar goes unseen. Explains a trade count that differs from the engine's.
 */
export function grademarkStateMachineTrades(fast: Float64Array, slow: Float64Array, count: number): number {
  let state: 'none' | 'enter' | 'position' | 'exit' = 'none';
  let trades = 0;
  for (let i = 1; i < count; i++) {
    const f = fast[i] as number;
    const s = slow[i] as number;
    const pf = fast[i - 1] as number;
    const ps = slow[i - 1] as number;
    if (state === 'none') {
      if (pf <= ps && f > s) state = 'enter';
    } else if (state === 'enter') {
      state = 'position';
    } else if (state === 'position') {
      if (ps <= pf && s > f) state = 'exit';
    } else {
      trades += 1;
      state = 'none';
    }
  }
  return trades + (state === 'position' || state === 'exit' ? 1 : 0);
}
