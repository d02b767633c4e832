/*
 * Technical indicators over float64 series, shared by the chart, the strategies and the
 * backtester. Each comes twice, with the same doubles bit for bit:
 * - a batch function: takes Float64Arrays of finite values (one per bar, oldest first) and
 *   returns new Float64Arrays of the same length, NaN during the warm-up;
 * - a stream class: `push` one bar at a time (O(1), no allocation) and read the current
 *   value(s); `pushAll` feeds a whole array at batch speed (warming a live stream up from
 *   history). The batch function is `new XStream(...).pushAll(values)`.
 */
export { atr, AtrStream } from './atr';
export { bollinger, BollingerStream, type BollingerBands } from './bollinger';
export { ema, EmaStream } from './ema';
export { macd, MacdStream, type Macd } from './macd';
export { rsi, RsiStream } from './rsi';
export { type ValueStream } from './series';
export { sma, SmaStream } from './sma';
export { computeStudy, studyTitle, warmUp, type Study, type StudyLine } from './study';
