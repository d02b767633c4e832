import { type Fixed, max, min } from './fixed';
import { intervalMs, isKlineInterval } from './intervals';
import { barIndexAt, fixedAt, type KlineSeries, loadSource } from './kline-file';
import { type MarketSource, type SpreadSpec } from './market-types';
import { type Bar, cumulativeVolume, stepCount, stepPrices, stepTime } from './price-path';
import { type SymbolRules } from './symbol-rules';

export interface BarValues extends Bar {
  openTime: number;
  volume: Fixed;
}

export interface ReplaySettings {
  stepsPerLeg: number;
  spread: SpreadSpec;
}

/**
 * One symbol's replayed market: which bar and sub-step the clock is at, and the price there.
 * The data file is read on first use, never at start.
 */
export class SymbolReplay {
  readonly barMs: number;
  readonly steps: number;
  /** Bumped on every sub-step: bookTicker `u`, depth `lastUpdateId`. */
  updateId = 1;
  private loaded: KlineSeries | undefined;
  private barIndex = 0;
  private step = 0;
  private prices: Fixed[] = [];
  private lastTradeId = 0;

  constructor(
    readonly rules: SymbolRules,
    readonly interval: string,
    private readonly source: MarketSource,
    private readonly settings: ReplaySettings,
  ) {
    if (!isKlineInterval(interval) || interval === '1M') throw new Error(`${rules.symbol}: unsupported data interval ${interval}`);
    this.barMs = intervalMs(interval);
    this.steps = stepCount(settings.stepsPerLeg);
  }

  get series(): KlineSeries {
    if (this.loaded === undefined) {
      const series = loadSource(this.source);
      if (series.length === 0) throw new Error(`${this.rules.symbol}: the market data has no bars`);
      this.loaded = series;
      this.enterBar(0, 0);
    }
    return this.loaded;
  }

  get currentBar(): number {
    void this.series;
    return this.barIndex;
  }

  get currentStep(): number {
    void this.series;
    return this.step;
  }

  /** Jumps (without walking) to the last sub-step at or before `time`; before the data, its first. */
  seek(time: number): void {
    const index = barIndexAt(this.series, time);
    if (index < 0) return this.enterBar(0, 0);
    const openTime = this.openTime(index);
    let step = 0;
    while (step + 1 < this.steps && stepTime(openTime, this.barMs, step + 1, this.steps) <= time) step++;
    this.enterBar(index, step);
  }

  stepTimeOf(bar: number, step: number): number {
    return stepTime(this.openTime(bar), this.barMs, step, this.steps);
  }

  get time(): number {
    return this.stepTimeOf(this.currentBar, this.step);
  }

  /** Market time of the next sub-step; undefined at the end of the data. */
  nextStepTime(): number | undefined {
    const bar = this.currentBar;
    if (this.step + 1 < this.steps) return this.stepTimeOf(bar, this.step + 1);
    return bar + 1 < this.series.length ? this.stepTimeOf(bar + 1, 0) : undefined;
  }

  /** Moves one sub-step on; false at the end of the data. */
  advance(): boolean {
    const bar = this.currentBar;
    if (this.step + 1 < this.steps) this.step++;
    else if (bar + 1 < this.series.length) this.enterBar(bar + 1, 0);
    else return false;
    this.updateId++;
    return true;
  }

  get price(): Fixed {
    void this.series;
    return this.prices[this.step] ?? 0n;
  }

  get previousPrice(): Fixed {
    return this.prices[Math.max(0, this.step - 1)] ?? this.price;
  }

  get bid(): Fixed {
    const tick = this.rules.tickSize;
    const bid = ((2n * this.price - this.spreadAmount()) / (2n * tick)) * tick;
    return max(bid, tick);
  }

  get ask(): Fixed {
    const tick = this.rules.tickSize;
    const doubled = 2n * this.price + this.spreadAmount();
    return ((doubled + 2n * tick - 1n) / (2n * tick)) * tick;
  }

  /** Base volume of the current sub-step: its share of the bar volume. */
  get stepVolume(): Fixed {
    const volume = fixedAt(this.series, 'volume', this.currentBar);
    const before = this.step === 0 ? 0n : cumulativeVolume(volume, this.step - 1, this.steps);
    return cumulativeVolume(volume, this.step, this.steps) - before;
  }

  openTime(index: number): number {
    return this.series.openTime[index] ?? 0;
  }

  /** A bar as published; the current bar only as far as the walk has come. */
  barValues(index: number): BarValues {
    const series = this.series;
    const openTime = this.openTime(index);
    if (index !== this.barIndex) {
      const bar = (column: 'open' | 'high' | 'low' | 'close' | 'volume'): Fixed => fixedAt(series, column, index);
      return { openTime, open: bar('open'), high: bar('high'), low: bar('low'), close: bar('close'), volume: bar('volume') };
    }
    const walked = this.prices.slice(0, this.step + 1);
    return {
      openTime,
      open: walked[0] ?? 0n,
      high: walked.reduce(max),
      low: walked.reduce(min),
      close: this.price,
      volume: cumulativeVolume(fixedAt(series, 'volume', index), this.step, this.steps),
    };
  }

  /** Public and account trades share one id sequence per symbol, as on Binance. */
  nextTradeId(): number {
    return ++this.lastTradeId;
  }

  private enterBar(index: number, step: number): void {
    const series = this.loaded ?? this.series;
    const bar = (column: 'open' | 'high' | 'low' | 'close'): Fixed => fixedAt(series, column, index);
    this.barIndex = index;
    this.step = step;
    this.prices = stepPrices({ open: bar('open'), high: bar('high'), low: bar('low'), close: bar('close') }, this.settings.stepsPerLeg, this.rules.tickSize);
  }

  private spreadAmount(): Fixed {
    const spread = this.settings.spread;
    if ('ticks' in spread) return BigInt(spread.ticks) * this.rules.tickSize;
    return (this.price * BigInt(Math.round(spread.bps * 100))) / 1_000_000n;
  }
}
