/*
 * Straightforward reference implementations of the indicators over plain number arrays:
 * textbook formulas in plain loops, every window summed afresh. Tests hold the typed-array
 * implementations to these.
 */

export function naiveSma(values: number[], period: number): number[] {
  return values.map((_, i) => {
    if (i < period - 1) return Number.NaN;
    let sum = 0;
    for (let j = i - period + 1; j <= i; j += 1) sum += values[j] as number;
    return sum / period;
  });
}

/** Seeded with the mean of the first `period` defined values, then alpha·x + (1 - alpha)·previous. */
export function naiveEma(values: number[], period: number): number[] {
  const out = values.map(() => Number.NaN);
  const start = values.findIndex((value) => !Number.isNaN(value));
  if (start < 0 || start + period > values.length) return out;
  let sum = 0;
  for (let i = start; i < start + period; i += 1) sum += values[i] as number;
  let previous = sum / period;
  out[start + period - 1] = previous;
  const alpha = 2 / (period + 1);
  for (let i = start + period; i < values.length; i += 1) {
    previous = alpha * (values[i] as number) + (1 - alpha) * previous;
    out[i] = previous;
  }
  return out;
}

/** Wilder: lists of gains and losses, their means, smoothing, RSI = 100 - 100 / (1 + RS). */
export function naiveRsi(values: number[], period: number): number[] {
  const out = values.map(() => Number.NaN);
  const gains: number[] = [];
  const losses: number[] = [];
  for (let i = 1; i < values.length; i += 1) {
    const change = (values[i] as number) - (values[i - 1] as number);
    gains.push(change > 0 ? change : 0);
    losses.push(change < 0 ? -change : 0);
  }
  // The product's convention where RS is undefined: 100 with no losses, 50 with no movement.
  const toRsi = (gain: number, loss: number): number => (loss === 0 ? (gain === 0 ? 50 : 100) : 100 - 100 / (1 + gain / loss));
  let avgGain = 0;
  let avgLoss = 0;
  for (let i = 0; i < period; i += 1) {
    avgGain += gains[i] as number;
    avgLoss += losses[i] as number;
  }
  avgGain /= period;
  avgLoss /= period;
  out[period] = toRsi(avgGain, avgLoss);
  for (let i = period + 1; i < values.length; i += 1) {
    avgGain = (avgGain * (period - 1) + (gains[i - 1] as number)) / period;
    avgLoss = (avgLoss * (period - 1) + (losses[i - 1] as number)) / period;
    out[i] = toRsi(avgGain, avgLoss);
  }
  return out;
}

export function naiveMacd(values: number[], fast: number, slow: number, signal: number): { macd: number[]; signal: number[]; histogram: number[] } {
  const fastEma = naiveEma(values, fast);
  const slowEma = naiveEma(values, slow);
  const line = values.map((_, i) => (fastEma[i] as number) - (slowEma[i] as number));
  const signalLine = naiveEma(line, signal);
  return { macd: line, signal: signalLine, histogram: line.map((value, i) => value - (signalLine[i] as number)) };
}

/** Each window in two passes: its mean, then the population variance around it. */
export function naiveBollinger(values: number[], period: number, k: number): { middle: number[]; upper: number[]; lower: number[]; sigma: number[] } {
  const result = { middle: [] as number[], upper: [] as number[], lower: [] as number[], sigma: [] as number[] };
  for (let i = 0; i < values.length; i += 1) {
    if (i < period - 1) {
      for (const column of Object.values(result)) column.push(Number.NaN);
      continue;
    }
    let sum = 0;
    for (let j = i - period + 1; j <= i; j += 1) sum += values[j] as number;
    const mean = sum / period;
    let squares = 0;
    for (let j = i - period + 1; j <= i; j += 1) squares += ((values[j] as number) - mean) ** 2;
    const sigma = Math.sqrt(squares / period);
    result.middle.push(mean);
    result.upper.push(mean + k * sigma);
    result.lower.push(mean - k * sigma);
    result.sigma.push(sigma);
  }
  return result;
}

/** TA-Lib's ATR: true ranges from bar 1, their mean at bar `period`, then Wilder's smoothing. */
export function naiveAtr(highs: number[], lows: number[], closes: number[], period: number): number[] {
  const out = closes.map(() => Number.NaN);
  let average = 0;
  for (let i = 1; i < closes.length; i += 1) {
    const high = highs[i] as number;
    const low = lows[i] as number;
    const previousClose = closes[i - 1] as number;
    const range = Math.max(high - low, Math.abs(high - previousClose), Math.abs(low - previousClose));
    if (i < period) average += range;
    else if (i === period) average = (average + range) / period;
    else average = (average * (period - 1) + range) / period;
    if (i >= period) out[i] = average;
  }
  return out;
}
