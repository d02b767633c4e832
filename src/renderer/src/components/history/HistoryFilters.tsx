import { ORIGIN_FILTERS, ORDER_HISTORY_STATES } from '../../../../shared/schemas/orders';
import { EMPTY_FILTER_FORM, isFiltered, symbolFilter, type HistoryFilterForm } from './history-filter-form';

interface Props {
  readonly form: HistoryFilterForm;
  readonly onChange: (form: HistoryFilterForm) => void;
  /** The order history filters by state too; the fills do not. */
  readonly hasState: boolean;
  /** Prefix of the controls' test ids: `${testId}-symbol`, `${testId}-side`, ... */
  readonly testId: string;
}

const ORIGIN_WORDS: Record<(typeof ORIGIN_FILTERS)[number], string> = { all: 'Any origin', manual: 'Manual', strategy: 'Strategy', adopted: 'Adopted' };
const STATE_WORDS: Record<(typeof ORDER_HISTORY_STATES)[number], string> = { all: 'Any state', open: 'Open', done: 'Done' };

/** Symbol, side, origin, state and a range of days: the filters both history tabs share. */
export function HistoryFilters({ form, onChange, hasState, testId }: Props) {
  const set = (patch: Partial<HistoryFilterForm>): void => onChange({ ...form, ...patch });
  const isSymbolBad = symbolFilter(form.symbol) === undefined;
  return (
    <>
      <input
        className={`input history-symbol${isSymbolBad ? ' is-invalid' : ''}`}
        data-testid={`${testId}-symbol`}
        aria-label="Symbol"
        placeholder="Symbol"
        spellCheck={false}
        value={form.symbol}
        title={isSymbolBad ? 'A Binance symbol such as BTCUSDT' : 'Only this symbol; empty for every symbol'}
        onChange={(event) => set({ symbol: event.target.value.toUpperCase() })}
      />
      <select className="select" data-testid={`${testId}-side`} aria-label="Side" value={form.side} onChange={(event) => set({ side: event.target.value as HistoryFilterForm['side'] })}>
        <option value="all">Buy and sell</option>
        <option value="BUY">Buy</option>
        <option value="SELL">Sell</option>
      </select>
      <select className="select" data-testid={`${testId}-origin`} aria-label="Origin" value={form.origin} onChange={(event) => set({ origin: event.target.value as HistoryFilterForm['origin'] })}>
        {ORIGIN_FILTERS.map((origin) => (
          <option key={origin} value={origin}>
            {ORIGIN_WORDS[origin]}
          </option>
        ))}
      </select>
      {hasState && (
        <select className="select" data-testid={`${testId}-state`} aria-label="State" value={form.state} onChange={(event) => set({ state: event.target.value as HistoryFilterForm['state'] })}>
          {ORDER_HISTORY_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_WORDS[state]}
            </option>
          ))}
        </select>
      )}
      <label className="field-inline">
        <span className="field-label">From</span>
        <input type="date" className="input history-date" data-testid={`${testId}-from`} value={form.from} max={form.to === '' ? undefined : form.to} onChange={(event) => set({ from: event.target.value })} />
      </label>
      <label className="field-inline">
        <span className="field-label">to</span>
        <input type="date" className="input history-date" data-testid={`${testId}-to`} value={form.to} min={form.from === '' ? undefined : form.from} onChange={(event) => set({ to: event.target.value })} />
      </label>
      {isFiltered(form) && (
        <button type="button" className="btn btn--small" data-testid={`${testId}-clear`} onClick={() => onChange(EMPTY_FILTER_FORM)}>
          Clear
        </button>
      )}
    </>
  );
}
