import { Decimal } from '../../shared/exchange/decimal';
import { formatAmount, formatPercent } from '../../shared/portfolio/position-view';
import { type TradeFigures } from '../../shared/schemas/reports';

/** Executions, money moved and what it made, added up exactly as they come. */
export class FigureSum {
  buys = 0;
  sells = 0;
  wins = 0;
  losses = 0;
  volume = new Decimal(0);
  fees = new Decimal(0);
  realized = new Decimal(0);
  /** Cost of what the sells took out of the holding: what the realized % is over. */
  costClosed = new Decimal(0);

  addBuy(volume: Decimal, fees: Decimal): void {
    this.buys += 1;
    this.volume = this.volume.plus(volume);
    this.fees = this.fees.plus(fees);
  }

  addSell(volume: Decimal, fees: Decimal, realized: Decimal, costClosed: Decimal): void {
    this.sells += 1;
    if (realized.gt(0)) this.wins += 1;
    if (realized.lt(0)) this.losses += 1;
    this.volume = this.volume.plus(volume);
    this.fees = this.fees.plus(fees);
    this.realized = this.realized.plus(realized);
    this.costClosed = this.costClosed.plus(costClosed);
  }

  addAll(other: FigureSum): void {
    this.buys += other.buys;
    this.sells += other.sells;
    this.wins += other.wins;
    this.losses += other.losses;
    this.volume = this.volume.plus(other.volume);
    this.fees = this.fees.plus(other.fees);
    this.realized = this.realized.plus(other.realized);
    this.costClosed = this.costClosed.plus(other.costClosed);
  }

  get isEmpty(): boolean {
    return this.buys + this.sells === 0 && this.fees.isZero();
  }

  toFigures(): TradeFigures {
    return {
      tradeCount: this.buys + this.sells,
      buyCount: this.buys,
      sellCount: this.sells,
      winCount: this.wins,
      lossCount: this.losses,
      volume: formatAmount(this.volume),
      fees: formatAmount(this.fees),
      realizedPnl: formatAmount(this.realized),
      costClosed: formatAmount(this.costClosed),
      realizedPct: formatPercent(this.realized, this.costClosed),
    };
  }
}
