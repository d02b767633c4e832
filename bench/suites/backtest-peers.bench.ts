import fs from 'node:fs';
import path from 'node:path';
import { runEngine } from '../../src/main/backtest/engine';
import { DEFAULT_COSTS } from '../../src/main/backtest/engine-types';
import { DEFAULT_RULES } from '../../src/main/backtest/symbol-rules';
import { sma } from '../../src/shared/indicators';
import { type CandleBatch } from '../../src/shared/market/candle-batch';
import { strategyOfType } from '../../src/shared/strategy/registry';
import {
  FAST,
  grademarkBars,
  grademarkRun,
  grademarkStateMachineTrades,
  SLOW,
  technicalIndicatorsBatch,
  technicalIndicatorsStreaming,
  tradingSignals,
  type PeerResult,
} from '../lib/crossover-peers';
import { rowsLabel, YEAR_FILE, YEAR_ROWS } from '../lib/kline-inputs';
import { openBenchMarket, seriesIdOf, timed, timeImport } from '../lib/market-store';
import { median, type Figure } from '../lib/results';

const RUNS = 7;
/** grademark takes about 0.1 ms a bar here (a minute for the year), so it runs on the year's first bars. */
const GRADEMARK_BARS = 50_000;
const GRADEMARK_RUNS = 3;

interface Contender {
  readonly run: () => PeerResult;
  readonly ms: number[];
  result?: PeerResult;
}

/**
 * The built-in MA crossover (SMA 50 / 200, next-open fills, 0.1 % fees, 100 USDT a trade) in
 * the engine beside the same strategy written with npm libraries people reach for: SMAs from
 * technicalindicators and from trading-signals driving a plain loop that mirrors the engine's
 * broker, and a grademark backtest. All over the 2024 1-minute year, already in memory in the
 * form each side takes (the engine's Float64Array columns; a number[] of closes; grademark's
 * bar objects); each round runs every contender once, in a rotating order; a warm-up round
 * first, then the median. The peers' trade counts and net P&L are checked against the engine's.
 */
export async function benchBacktestPeers(): Promise<Figure[]> {
  const store = openBenchMarket();
  try {
    await timeImport(store.market, YEAR_FILE, YEAR_ROWS);
    const candles = store.market.candles.range(seriesIdOf(store.market), 0, Number.MAX_SAFE_INTEGER);
    const closes = Array.from(candles.close);
    const engine = engineRun(candles);

    const contenders = {
      engine: { run: engine, ms: [] as number[] } as Contender,
      tiBatch: { run: () => technicalIndicatorsBatch(candles, closes), ms: [] } as Contender,
      tiStreaming: { run: () => technicalIndicatorsStreaming(candles), ms: [] } as Contender,
      tradingSignals: { run: () => tradingSignals(candles), ms: [] } as Contender,
    };
    const order = Object.values(contenders);
    for (let round = -1; round < RUNS; round++) {
      for (let k = 0; k < order.length; k++) {
        const contender = order[(k + Math.max(round, 0)) % order.length] as Contender;
        const { ms, value } = timed(contender.run);
        contender.result = value;
        if (round >= 0) contender.ms.push(ms);
      }
    }
    const rate = (contender: Contender): number => Math.round(candles.length / (median(contender.ms) / 1000));
    const ours = contenders.engine.result as PeerResult;
    const oursRate = rate(contenders.engine);
    const year = `${rowsLabel(candles.length)} 1m bars`;

    const figures: Figure[] = [
      {
        name: `ma-crossover engine over ${year}, beside the library peers (median of ${RUNS})`,
        value: oursRate,
        unit: 'bars/s',
        note: `${ours.trades} trades, net ${usdt(ours.pnl)}; timed in the same rounds as the peers below (runEngine with the built-in strategy, equity curve and trade records included)`,
      },
    ];

    const tiBatchFaster = median(contenders.tiBatch.ms) <= median(contenders.tiStreaming.ms);
    const [tiBest, tiOther] = tiBatchFaster ? [contenders.tiBatch, contenders.tiStreaming] : [contenders.tiStreaming, contenders.tiBatch];
    const tiForm = tiBatchFaster ? 'SMA.calculate up front' : 'SMA nextValue per bar';
    const tiOtherForm = tiBatchFaster ? 'nextValue per bar' : 'SMA.calculate up front';
    figures.push(
      ...peerFigures({
        label: 'technicalindicators',
        version: versionOf('technicalindicators'),
        how: 'SMA (the faster of calculate and nextValue) + plain loop',
        barsPerSecond: rate(tiBest),
        result: tiBest.result as PeerResult,
        ours,
        oursRate,
        year,
        extra: `${tiForm} was the faster form in this run; ${tiOtherForm} ran at ${mbars(rate(tiOther))} with ${(tiOther.result as PeerResult).trades} trades`,
      }),
      ...peerFigures({
        label: 'trading-signals',
        version: versionOf('trading-signals'),
        how: 'SMA.add per bar + plain loop',
        barsPerSecond: rate(contenders.tradingSignals),
        result: contenders.tradingSignals.result as PeerResult,
        ours,
        oursRate,
        year,
        extra: 'its fastest SMA: 8.x computes in plain numbers and has no FasterSMA (nor a batch SMA); each add re-sums the whole window',
      }),
    );
    figures.push(...grademarkFigures(candles, ours.trades));
    return figures;
  } finally {
    await store.close();
  }
}

function engineRun(candles: CandleBatch): () => PeerResult {
  const strategy = strategyOfType('ma-crossover');
  if (strategy === undefined) throw new Error('no strategy ma-crossover');
  const params = strategy.params.parse({});
  return () => {
    const output = runEngine({ strategy, params, candles, initialCapital: 10_000, costs: DEFAULT_COSTS, rules: DEFAULT_RULES });
    return { trades: output.trades.length, pnl: output.trades.reduce((sum, trade) => sum + trade.pnl, 0), equity: output.equity };
  };
}

interface PeerFigureInput {
  readonly label: string;
  /** In the notes only: figure names stay the same across upgrades. */
  readonly version: string;
  readonly how: string;
  readonly barsPerSecond: number;
  readonly result: PeerResult;
  readonly ours: PeerResult;
  readonly oursRate: number;
  readonly year: string;
  readonly extra: string;
}

/** A peer's speed, its trade count against the engine's, and the engine's speed over it. */
function peerFigures(peer: PeerFigureInput): Figure[] {
  const agrees = peer.result.trades === peer.ours.trades;
  const samePnl = Math.abs(peer.result.pnl - peer.ours.pnl) < 0.005;
  const ratio = peer.oursRate / peer.barsPerSecond;
  return [
    { name: `peer: ${peer.label} ${peer.how}, over ${peer.year} (median of ${RUNS})`, value: peer.barsPerSecond, unit: 'bars/s', note: `${peer.label} ${peer.version}; ${peer.extra}` },
    {
      name: `peer: ${peer.label} trades over ${peer.year}`,
      value: peer.result.trades,
      unit: 'trades',
      note: agrees
        ? `equal to the engine's ${peer.ours.trades}; net ${usdt(peer.result.pnl)}${samePnl ? ', the same to the cent' : `, the engine's ${usdt(peer.ours.pnl)}`}`
        : `DIFFERS from the engine's ${peer.ours.trades} (net ${usdt(peer.result.pnl)} against ${usdt(peer.ours.pnl)})`,
    },
    { name: `ours / ${peer.label} loop, ma-crossover over ${peer.year}`, value: Number(ratio.toFixed(2)), unit: 'x', note: `engine ${mbars(peer.oursRate)} against ${mbars(peer.barsPerSecond)}` },
  ];
}

/**
 * grademark on the year's first GRADEMARK_BARS bars, interleaved with the engine on the same
 * bars; bars/s from there (its cost per bar is about flat: data-forge's rolling windows are
 * O(period) a bar). Its trade count is set against the engine's on the same bars, and against
 * a replay of grademark's state machine on the engine's averages, which explains a difference.
 */
function grademarkFigures(candles: CandleBatch, engineYearTrades: number): Figure[] {
  const bars = Math.min(GRADEMARK_BARS, candles.length);
  const prefix = firstBars(candles, bars);
  const grademarkInput = grademarkBars(candles, bars);
  const engine = engineRun(prefix);
  const engineMs: number[] = [];
  const grademarkMs: number[] = [];
  let ours: PeerResult | undefined;
  let theirs: PeerResult | undefined;
  for (let round = -1; round < GRADEMARK_RUNS; round++) {
    const a = timed(engine);
    const b = timed(() => grademarkRun(grademarkInput));
    ours = a.value;
    theirs = b.value;
    if (round < 0) continue;
    engineMs.push(a.ms);
    grademarkMs.push(b.ms);
  }
  if (ours === undefined || theirs === undefined) throw new Error('grademark never ran');
  const fast = sma(candles.close, FAST);
  const slow = sma(candles.close, SLOW);
  const replayed = grademarkStateMachineTrades(fast, slow, bars);
  const replayedYear = grademarkStateMachineTrades(fast, slow, candles.length);
  const oursRate = Math.round(bars / (median(engineMs) / 1000));
  const theirRate = Math.round(bars / (median(grademarkMs) / 1000));
  const span = `the first ${rowsLabel(bars)} of the 2024 1m bars`;
  const why =
    'grademark runs no rule on a bar where it fills an order, so a cross at the close of an entry or exit fill bar goes unseen (the engine acts on it at the next open)';
  const tradeNote =
    theirs.trades === ours.trades
      ? `equal to the engine's ${ours.trades} on the same bars; net ${usdt(theirs.pnl)} against ${usdt(ours.pnl)}`
      : `the engine makes ${ours.trades} on the same bars: ${why}; replaying that rule on the engine's own SMAs gives ${replayed}${replayed === theirs.trades ? ', the same' : ', NOT the same'}, and ${replayedYear} over the whole year against the engine's ${engineYearTrades}`;
  return [
    {
      name: `peer: grademark backtest, over ${span} (median of ${GRADEMARK_RUNS})`,
      value: theirRate,
      unit: 'bars/s',
      note: `grademark ${versionOf('grademark')} with data-forge ${versionOf('data-forge')}, measured on ${rowsLabel(bars)} bars, not the year: at this rate the 527,040 bars would take about ${(YEAR_ROWS / theirRate).toFixed(0)} s a run. SMAs by data-forge rolling windows (data-forge-indicators' sma, baked), entry/exit rules on each bar, fills at the next open (grademark's own); it has no fees or sizing, so its trades are sized and charged afterwards, inside the timing`,
    },
    { name: `peer: grademark trades over ${span}`, value: theirs.trades, unit: 'trades', note: tradeNote },
    {
      name: `ours / grademark, ma-crossover over ${span}`,
      value: Number((oursRate / theirRate).toFixed(0)),
      unit: 'x',
      note: `engine ${mbars(oursRate)} on the same ${rowsLabel(bars)} bars in the same rounds, against ${(theirRate / 1000).toFixed(1)} k bars/s`,
    },
  ];
}

/** The first `count` bars of a batch, sharing its memory. */
function firstBars(candles: CandleBatch, count: number): CandleBatch {
  return {
    length: count,
    openTime: candles.openTime.subarray(0, count),
    open: candles.open.subarray(0, count),
    high: candles.high.subarray(0, count),
    low: candles.low.subarray(0, count),
    close: candles.close.subarray(0, count),
    volume: candles.volume.subarray(0, count),
    extra: null,
  };
}

/** The installed version, from the package's own package.json (not every package exports that path). */
function versionOf(name: string): string {
  const file = path.resolve(import.meta.dirname, '..', '..', 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

function usdt(value: number): string {
  return `${value.toFixed(2)} USDT`;
}

function mbars(barsPerSecond: number): string {
  return `${(barsPerSecond / 1e6).toFixed(2)} M bars/s`;
}
