/*
 * Technical indicators over float64 series, shared by the chart, the strategies and the
 * backtester. Every function takes a Float64Array of finite values (one per bar, oldest first)
 * and returns new Float64Arrays of the same length, NaN during the warm-up.
 */
export { bollinger, type BollingerBands } from './bollinger';
export { ema } from './ema';
export { macd, type Macd } from './macd';
export { rsi } from './rsi';
export { sma } from './sma';
export { computeStudy, studyTitle, warmUp, type Study, type StudyLine } from './study';
