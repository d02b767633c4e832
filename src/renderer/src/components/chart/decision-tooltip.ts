import { type CandleInterval } from '../../../../shared/domain/enums';
import { type DecisionMark } from './decision-markers';
import { formatBarTime } from './legend-model';

/** One decision as the tooltip says it. */
export interface DecisionTip {
  readonly key: string;
  /** "#3 RSI reversal v1 · paper". */
  readonly title: string;
  readonly signal: 'buy' | 'sell';
  /** "Buy" or "Sell". */
  readonly signalText: string;
  /** "0.75" when the strategy said how strong the signal is. */
  readonly strength: string | null;
  /** "2024-03-01 00:41 UTC": the bar it was decided on, at its close. */
  readonly barText: string;
  /** The rule that fired, in words. */
  readonly rule: string;
  readonly inputs: readonly { readonly name: string; readonly text: string }[];
  /** What came of it: the order (simulated on paper), or that there was none. */
  readonly outcome: string;
  /** Why no order was sent, when none was. */
  readonly noOrderReason: string | null;
}

const INPUT_NAMES: Readonly<Record<string, string>> = { rsi: 'RSI', close: 'Close' };

/** RSI-like scores are 0–100, not prices: two decimals whatever the market's tick. */
const isScore = (name: string): boolean => /rsi/i.test(name);

function inputText(name: string, value: number | null, formatPrice: (price: number) => string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return isScore(name) ? value.toFixed(2) : formatPrice(value);
}

/** The indicator values a decision read, named and formatted: RSI 31.46, Close 61,234.50; "—" while warming up. */
export function decisionInputs(inputs: Readonly<Record<string, number | null>>, formatPrice: (price: number) => string): { readonly name: string; readonly text: string }[] {
  return Object.entries(inputs).map(([name, value]) => ({ name: INPUT_NAMES[name] ?? name, text: inputText(name, value, formatPrice) }));
}

export function decisionTip(mark: DecisionMark, interval: CandleInterval, formatPrice: (price: number) => string): DecisionTip {
  const { decision, deployment, signal } = mark;
  const word = signal === 'buy' ? 'Buy' : 'Sell';
  return {
    key: String(decision.id),
    title: `#${deployment.id} ${deployment.strategyName} v${deployment.paramsVersion} · ${deployment.mode}`,
    signal,
    signalText: word,
    strength: decision.strength === null ? null : decision.strength.toFixed(2),
    barText: `${formatBarTime(decision.barTime ?? mark.barTime, interval)} UTC`,
    rule: decision.reason,
    inputs: decisionInputs(decision.inputs, formatPrice),
    outcome: decision.outcome ?? (decision.noOrderReason === null ? 'Pending' : 'No order'),
    noOrderReason: decision.noOrderReason,
  };
}

/** Where the tooltip stands in the chart: beside the crosshair, on the side with more room, never over the point. */
export interface TipAnchor {
  readonly left?: number;
  readonly right?: number;
  readonly top?: number;
  readonly bottom?: number;
}

const GAP = 14;

export function tipAnchor(x: number, y: number, width: number, height: number): TipAnchor {
  const horizontal = x <= width / 2 ? { left: Math.round(x + GAP) } : { right: Math.round(width - x + GAP) };
  const vertical = y <= height / 2 ? { top: Math.round(Math.max(0, y - GAP)) } : { bottom: Math.round(Math.max(0, height - y - GAP)) };
  return { ...horizontal, ...vertical };
}

/** One line for a screen reader: "#3 RSI reversal buy, 2024-03-01 00:41 UTC: RSI 14 rose above 30 (no order: …)". */
export function decisionLabel(mark: DecisionMark, interval: CandleInterval): string {
  const { decision, deployment } = mark;
  const noOrder = decision.noOrderReason === null ? '' : ` (no order: ${decision.noOrderReason})`;
  return `#${deployment.id} ${deployment.strategyName} ${mark.signal}, ${formatBarTime(decision.barTime ?? mark.barTime, interval)} UTC: ${decision.reason}${noOrder}`;
}
