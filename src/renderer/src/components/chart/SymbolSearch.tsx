import { useState, type KeyboardEvent } from 'react';
import { describeApiError } from '../../api/form-errors';
import { useCoverage } from '../../api/use-candle-data';
import { useChartMarkets } from '../../api/use-chart-markets';
import { ChartPopover } from './ChartPopover';
import { marketChoices, storedChoices, typedSymbol, venueTag, type SymbolChoice } from './symbol-choices';
import { useDebounced } from './use-debounced';

interface Props {
  readonly accountId: number | null;
  readonly isConnected: boolean;
  readonly venue: string;
  readonly symbol: string;
  readonly onChoose: (choice: Pick<SymbolChoice, 'venue' | 'symbol' | 'intervals'>) => void;
}

/**
 * The pair on the chart, and a search over what can be charted: the account's loaded markets
 * when an account is chosen, the stored series otherwise. Enter takes the highlighted pair, or
 * the typed symbol itself when nothing matches (its history may be downloaded next).
 */
export function SymbolSearch({ accountId, isConnected, venue, symbol, onChoose }: Props) {
  const tag = venueTag(venue);
  return (
    <ChartPopover
      label="Symbol search"
      panelTestId="chart-symbol-search"
      trigger={({ isOpen, toggle }) => (
        <button type="button" className="chart-symbol-button" data-testid="chart-symbol" aria-expanded={isOpen} title="Change the symbol" onClick={toggle}>
          <span className="chart-symbol-name">{symbol}</span>
          {tag !== null && <span className="chart-venue-tag">{tag}</span>}
          <span className="chart-caret" aria-hidden="true" />
        </button>
      )}
    >
      {(close) => (
        <SymbolList
          accountId={accountId}
          isConnected={isConnected}
          venue={venue}
          onChoose={(choice) => {
            onChoose(choice);
            close();
          }}
        />
      )}
    </ChartPopover>
  );
}

function SymbolList({ accountId, isConnected, venue, onChoose }: Omit<Props, 'symbol'>) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const search = useDebounced(text, 150);
  const markets = useChartMarkets(accountId, search, isConnected);
  const coverage = useCoverage();
  const isStored = accountId === null;
  const choices: SymbolChoice[] = isStored ? storedChoices(coverage.data?.series ?? [], text) : marketChoices(markets.data?.markets ?? []);
  const typed = typedSymbol(text);
  const error = isStored ? coverage.error : markets.error;
  const isLoading = isStored ? coverage.isPending : markets.isPending;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.min(Math.max(0, index + step), Math.max(0, choices.length - 1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = choices[active];
      if (choice !== undefined) onChoose(choice);
      else if (typed !== null) onChoose({ venue, symbol: typed, intervals: [] });
    }
  };

  return (
    <div className="chart-symbol-list">
      <input
        className="input chart-search-input"
        data-testid="chart-symbol-input"
        placeholder={isStored ? 'Search stored pairs' : 'Search markets, e.g. BTC'}
        aria-label="Search symbols"
        autoFocus
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="chart-search-note">{isStored ? 'Stored history (no account chosen)' : 'Markets of the account'}</div>
      <ul className="chart-menu-list" role="listbox" aria-label="Symbols">
        {choices.map((choice, index) => (
          <li key={`${choice.venue}:${choice.symbol}`} role="option" aria-selected={index === active}>
            <button
              type="button"
              className={index === active ? 'chart-menu-item is-active' : 'chart-menu-item'}
              data-testid={`chart-symbol-option-${choice.symbol}`}
              onMouseEnter={() => setActive(index)}
              onClick={() => onChoose(choice)}
            >
              <span className="chart-menu-main">{choice.symbol}</span>
              {venueTag(choice.venue) !== null && <span className="chart-venue-tag">{venueTag(choice.venue)}</span>}
              <span className="chart-menu-detail">{choice.detail}</span>
              {choice.status !== null && <span className="chart-menu-status">{choice.status}</span>}
            </button>
          </li>
        ))}
      </ul>
      {choices.length === 0 && (
        <div className="chart-search-empty">
          {error !== null
            ? `Could not search: ${describeApiError(error)}`
            : isLoading
              ? 'Searching…'
              : isStored
                ? 'No stored pair matches. Import or download history from the Data tab.'
                : isConnected
                  ? 'No market matches.'
                  : 'No markets loaded yet: they load when the account connects.'}
          {typed !== null && !isLoading && (
            <button type="button" className="btn btn--small chart-search-typed" data-testid="chart-symbol-use-typed" onClick={() => onChoose({ venue, symbol: typed, intervals: [] })}>
              Chart {typed} anyway
            </button>
          )}
        </div>
      )}
    </div>
  );
}
