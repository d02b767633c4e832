import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { DAY_MS, formatUtcDate, parseUtcDate } from '../data/utc-time';

/** What a run is set up on, as the form holds it (text, as typed). */
export interface RunSetup {
  readonly range: { readonly from: string; readonly to: string };
  readonly capital: string;
  readonly slippage: string;
  readonly makerFee: string;
  readonly takerFee: string;
}

export const DEFAULT_RUN_SETUP: Omit<RunSetup, 'range'> = { capital: '10000', slippage: '0', makerFee: '0.1', takerFee: '0.1' };

export const seriesKey = (series: SeriesCoverage): string => `${series.venue}|${series.symbol}|${series.interval}`;

/** A stored series' whole span, as the date inputs show it. */
export function rangeOf(series: SeriesCoverage | undefined): RunSetup['range'] {
  return series === undefined ? { from: '', to: '' } : { from: formatUtcDate(series.first), to: formatUtcDate(series.last) };
}

/** The setup as the contract takes it: fees from percent to fractions, the last day counted in full. */
export interface RunSetupInput {
  readonly from: number;
  readonly to: number;
  readonly initialCapital: number;
  readonly makerFee: number;
  readonly takerFee: number;
  readonly slippageBps: number;
}

/** Checks what was typed: the input when it all reads, else the problem of each field that does not. */
export function readRunSetup(setup: RunSetup): { input: RunSetupInput | null; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const from = parseUtcDate(setup.range.from);
  const to = parseUtcDate(setup.range.to);
  if (from === null) problems['from'] = 'A date';
  if (to === null) problems['to'] = 'A date';
  if (from !== null && to !== null && to < from) problems['to'] = 'Not before the start';
  const numbers = { initialCapital: Number(setup.capital), makerFee: Number(setup.makerFee) / 100, takerFee: Number(setup.takerFee) / 100, slippageBps: Number(setup.slippage) };
  for (const [key, value] of Object.entries(numbers)) if (!Number.isFinite(value) || value < 0) problems[key] = 'A number, not negative';
  if (Object.keys(problems).length > 0 || from === null || to === null) return { input: null, problems };
  // The range is whole UTC days; the last day counts up to its last millisecond.
  return { input: { from, to: to + DAY_MS - 1, ...numbers }, problems };
}
