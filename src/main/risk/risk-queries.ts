import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { OPEN_ORDER_STATUSES } from '../../shared/domain/enums';
import { orders } from '../store/schema';
import { type StoreDb } from '../store/open-store';

/** The journal counts the risk gate reads before every order, as prepared statements. */
export class RiskQueries {
  readonly #openOnAccount;
  readonly #createdSince;
  readonly #openSymbols;

  constructor(db: StoreDb) {
    const p = (name: string) => sql.placeholder(name);
    this.#openOnAccount = db
      .select({ count: sql<number>`count(*)` })
      .from(orders)
      .where(and(eq(orders.accountId, p('accountId')), inArray(orders.status, [...OPEN_ORDER_STATUSES])))
      .prepare();
    this.#createdSince = db
      .select({ count: sql<number>`count(*)` })
      .from(orders)
      .where(and(eq(orders.accountId, p('accountId')), gte(orders.createdAt, p('since'))))
      .prepare();
    this.#openSymbols = db
      .selectDistinct({ accountId: orders.accountId, symbol: orders.symbol })
      .from(orders)
      .where(inArray(orders.status, [...OPEN_ORDER_STATUSES]))
      .prepare();
  }

  /** Orders of the account that may still change, on every symbol. */
  openOrders(accountId: number): number {
    return this.#openOnAccount.get({ accountId })?.count ?? 0;
  }

  /** Orders the account journaled from `since` on (sent or refused by the exchange alike). */
  createdSince(accountId: number, since: number): number {
    return this.#createdSince.get({ accountId, since })?.count ?? 0;
  }

  /** Every (account, symbol) with an order that may still change. */
  openSymbols(): Array<{ accountId: number; symbol: string }> {
    return this.#openSymbols.all();
  }
}
