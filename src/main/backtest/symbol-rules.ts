/**
 * The exchange filters a simulated order must pass, as floats (the backtest's number type).
 * A quantity is floored to the step, a buy price rounded up to the tick and a sell price down,
 * and an order below the minimum quantity or notional is refused, as Binance would.
 */
export interface SymbolRules {
  readonly tickSize: number;
  readonly stepSize: number;
  readonly minQty: number;
  readonly minNotional: number;
}

/** Used when no filters of the symbol are stored: Binance's BTCUSDT filters. */
export const DEFAULT_RULES: SymbolRules = { tickSize: 0.01, stepSize: 0.00001, minQty: 0.00001, minNotional: 5 };

export class RuleRounder {
  readonly #tickDecimals: number;
  readonly #stepDecimals: number;

  constructor(readonly rules: SymbolRules) {
    this.#tickDecimals = decimalsOf(rules.tickSize);
    this.#stepDecimals = decimalsOf(rules.stepSize);
  }

  quantity(raw: number): number {
    const steps = Math.floor(raw / this.rules.stepSize + 1e-9);
    return Number((steps * this.rules.stepSize).toFixed(this.#stepDecimals));
  }

  buyPrice(raw: number): number {
    const ticks = Math.ceil(raw / this.rules.tickSize - 1e-9);
    return Number((ticks * this.rules.tickSize).toFixed(this.#tickDecimals));
  }

  sellPrice(raw: number): number {
    const ticks = Math.floor(raw / this.rules.tickSize + 1e-9);
    return Number((ticks * this.rules.tickSize).toFixed(this.#tickDecimals));
  }

  /** Null when the order passes; else which rule refused it. */
  refusal(quantity: number, price: number): string | null {
    if (quantity < this.rules.minQty || quantity <= 0) return `quantity below the minimum ${this.rules.minQty}`;
    if (quantity * price < this.rules.minNotional) return `notional below the minimum ${this.rules.minNotional}`;
    return null;
  }
}

function decimalsOf(size: number): number {
  const text = size.toFixed(12).replace(/0+$/, '');
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}
