import { formatFixed } from './fixed';
import { type MarketClockControl, type MarketQuote, type MarketSource, type ReplayOptions } from './market-types';
import { symbolRules } from './symbol-rules';
import { SymbolReplay } from './symbol-replay';
import { type SymbolSpec } from './types';

export type StepListener = (replay: SymbolReplay) => void;

const DRIVER_TICK_MS = 50;

function parseStart(start: number | string | undefined): number | undefined {
  if (start === undefined || typeof start === 'number') return start;
  const parsed = Date.parse(start);
  if (Number.isNaN(parsed)) throw new Error(`replay start is not a date: ${start}`);
  return parsed;
}

/**
 * The replayed market of every configured symbol on one market clock. Market time is the time of
 * the replayed data (e.g. 2024); it is independent of the server clock that judges signatures.
 */
export class ReplayMarket implements MarketClockControl {
  private readonly replays = new Map<string, SymbolReplay>();
  private readonly listeners: StepListener[] = [];
  private marketNow: number | undefined;
  private speedValue = 0;
  private driver: NodeJS.Timeout | undefined;
  private anchor = { wall: 0, market: 0 };

  constructor(sources: Readonly<Record<string, MarketSource>>, specs: readonly SymbolSpec[], private readonly options: ReplayOptions = {}) {
    const settings = { stepsPerLeg: options.stepsPerLeg ?? 1, spread: options.spread ?? { ticks: 2 } };
    if (!Number.isInteger(settings.stepsPerLeg) || settings.stepsPerLeg < 1) throw new Error('stepsPerLeg must be a positive integer');
    for (const [symbol, source] of Object.entries(sources)) {
      const spec = specs.find((candidate) => candidate.symbol === symbol);
      if (spec === undefined) throw new Error(`market data for ${symbol}, which is not among the symbols`);
      this.replays.set(symbol, new SymbolReplay(symbolRules(spec), source.interval, source, settings));
    }
    this.speed = options.speed ?? 0;
  }

  replay(symbol: string): SymbolReplay | undefined {
    const replay = this.replays.get(symbol);
    if (replay !== undefined) this.ensureStarted();
    return replay;
  }

  get symbols(): string[] {
    return [...this.replays.keys()];
  }

  onStep(listener: StepListener): void {
    this.listeners.push(listener);
  }

  get now(): number {
    return this.ensureStarted();
  }

  get speed(): number {
    return this.speedValue;
  }

  set speed(speed: number) {
    if (!(speed >= 0)) throw new Error(`speed must be 0 or more, got ${speed}`);
    this.speedValue = speed;
    this.stopDriver();
    if (speed === 0 || this.replays.size === 0) return;
    this.anchor = { wall: Date.now(), market: this.marketNow ?? Number.NaN };
    this.driver = setInterval(() => this.drive(), DRIVER_TICK_MS);
    this.driver.unref();
  }

  advanceTo(ms: number): void {
    this.ensureStarted();
    for (;;) {
      const next = this.nextStepTime();
      if (next === undefined || next > ms) break;
      this.walkTo(next);
    }
    this.marketNow = Math.max(this.marketNow ?? ms, ms);
  }

  advanceSteps(steps = 1): void {
    this.ensureStarted();
    for (let done = 0; done < steps; done++) {
      const next = this.nextStepTime();
      if (next === undefined) return;
      this.walkTo(next);
      this.marketNow = Math.max(this.marketNow ?? next, next);
    }
  }

  advanceBars(bars = 1, symbol?: string): void {
    const replay = symbol === undefined ? [...this.replays.values()][0] : this.replays.get(symbol);
    if (replay === undefined) throw new Error(`no replayed market ${symbol ?? ''}`);
    this.ensureStarted();
    const target = replay.currentBar + bars;
    const last = replay.series.length - 1;
    this.advanceTo(target <= last ? replay.stepTimeOf(target, replay.currentStep) : replay.stepTimeOf(last, replay.steps - 1));
  }

  quote(symbol: string): MarketQuote {
    const replay = this.replay(symbol);
    if (replay === undefined) throw new Error(`no replayed market ${symbol}`);
    return {
      symbol,
      time: replay.time,
      barOpenTime: replay.openTime(replay.currentBar),
      step: replay.currentStep,
      price: formatFixed(replay.price),
      bid: formatFixed(replay.bid),
      ask: formatFixed(replay.ask),
    };
  }

  close(): void {
    this.stopDriver();
  }

  private ensureStarted(): number {
    if (this.marketNow !== undefined) return this.marketNow;
    const replays = [...this.replays.values()];
    const start = parseStart(this.options.start) ?? Math.min(...replays.map((replay) => replay.openTime(0)));
    for (const replay of replays) replay.seek(start);
    this.marketNow = start;
    return start;
  }

  private nextStepTime(): number | undefined {
    let next: number | undefined;
    for (const replay of this.replays.values()) {
      const time = replay.nextStepTime();
      if (time !== undefined && (next === undefined || time < next)) next = time;
    }
    return next;
  }

  /** Moves every symbol whose next sub-step is at `time`, then tells the listeners. */
  private walkTo(time: number): void {
    const moved = [...this.replays.values()].filter((replay) => replay.nextStepTime() === time && replay.advance());
    for (const replay of moved) for (const listener of this.listeners) listener(replay);
  }

  private drive(): void {
    try {
      if (Number.isNaN(this.anchor.market)) this.anchor = { wall: this.anchor.wall, market: this.ensureStarted() };
      this.advanceTo(this.anchor.market + (Date.now() - this.anchor.wall) * this.speedValue);
    } catch (error) {
      console.error('binance emulator: market clock failed', error);
      this.stopDriver();
    }
  }

  private stopDriver(): void {
    if (this.driver !== undefined) clearInterval(this.driver);
    this.driver = undefined;
  }
}
