import { useState } from 'react';
import { type Account } from '../../../../shared/schemas/accounts';
import { type Balance, type Position } from '../../../../shared/schemas/portfolio';
import { describeApiError } from '../../api/form-errors';
import { useConnectionOf } from '../../api/use-exchange';
import { POSITIONS_REFRESH_MS, useBalances, usePositions } from '../../api/use-portfolio';
import { formatDateTimeSeconds } from '../common/format';
import { InlineError } from '../common/InlineError';
import { TradingFrame } from '../orders/TradingFrame';
import { plainAmount, quoteAmount, signedAmount, signedPercent, signOf } from '../orders/trading-format';
import { EmptyState } from '../workspace/EmptyState';

/** What each symbol's fills add up to, valued at the last price, beside the account's balances. */
export function PositionsPanel({ isVisible }: { isVisible: boolean }) {
  return <TradingFrame testId="positions" what="positions">{(account) => <Positions key={account.id} account={account} isVisible={isVisible} />}</TradingFrame>;
}

function Positions({ account, isVisible }: { account: Account; isVisible: boolean }) {
  const [isOpenOnly, setIsOpenOnly] = useState(false);
  const positions = usePositions(account.id, isOpenOnly, isVisible);
  const isConnected = useConnectionOf(account.id)?.state === 'connected';
  const list = positions.data?.positions;
  return (
    <div className="orders-panel">
      <div className="toolbar trading-subbar">
        <label className="field-inline">
          <input type="checkbox" className="switch" data-testid="positions-open-only" checked={isOpenOnly} onChange={(event) => setIsOpenOnly(event.target.checked)} />
          <span className="field-label">Held only</span>
        </label>
        <div className="toolbar-spacer" />
        <span className="toolbar-note num" data-testid="positions-priced-at" title={`Last prices are asked for every ${POSITIONS_REFRESH_MS / 1000} s while this tab is shown`}>
          {positions.data === undefined ? (positions.isFetching ? 'loading…' : '') : `priced ${formatDateTimeSeconds(positions.data.pricedAt)}`}
        </span>
      </div>
      <div className="positions-body">
        <div className="positions-main">
          {positions.isError && list === undefined ? (
            <InlineError onRetry={() => void positions.refetch()} testId="positions-error">
              Could not load the positions: {describeApiError(positions.error)}
            </InlineError>
          ) : list !== undefined && list.length === 0 ? (
            <EmptyState title={isOpenOnly ? 'Nothing held' : 'No positions yet'} testId="positions-empty">
              A position is what the fills of one symbol add up to: quantity, average entry with fees, and its profit or loss.
            </EmptyState>
          ) : (
            <PositionsTable positions={list ?? []} />
          )}
        </div>
        <Balances account={account} isConnected={isConnected} isVisible={isVisible} />
      </div>
    </div>
  );
}

const tone = (value: string | null): string => `pnl pnl--${signOf(value)}`;

function PositionsTable({ positions }: { positions: readonly Position[] }) {
  return (
    <table className="data-table data-table--dense positions-table" data-testid="positions-table">
      <thead>
        <tr>
          <th scope="col">Symbol</th>
          <th scope="col" className="cell-right">Quantity</th>
          <th scope="col" className="cell-right" title="Cost of what is held, fees included, over the quantity held">Avg entry</th>
          <th scope="col" className="cell-right">Last</th>
          <th scope="col" className="cell-right">Value</th>
          <th scope="col" className="cell-right">Unrealized</th>
          <th scope="col" className="cell-right">%</th>
          <th scope="col" className="cell-right">Realized</th>
          <th scope="col" className="cell-right">%</th>
          <th scope="col" className="cell-right">Fees</th>
          <th scope="col" className="cell-right">Fills</th>
        </tr>
      </thead>
      <tbody>
        {positions.map((position) => {
          const quote = position.quoteAsset;
          const isFlat = signOf(position.quantity) === 'flat';
          return (
            <tr key={position.symbol} className={`data-row${isFlat ? ' is-ended' : ''}`} data-testid="position-row" data-symbol={position.symbol}>
              <td className="cell-strong">{position.symbol}</td>
              <td className="num cell-right" data-testid="position-quantity" title={`${position.quantity} ${position.baseAsset}`}>
                {plainAmount(position.quantity)}
              </td>
              <td className="num cell-right" data-testid="position-entry" title={position.averageEntry ?? undefined}>
                {position.averageEntry === null ? '—' : quoteAmount(position.averageEntry, quote)}
              </td>
              <td className="num cell-right">{plainAmount(position.lastPrice)}</td>
              <td className="num cell-right" title={position.marketValue ?? undefined}>
                {position.marketValue === null ? '—' : `${quoteAmount(position.marketValue, quote)}`}
              </td>
              <td className={`num cell-right ${tone(position.unrealizedPnl)}`} data-testid="position-unrealized" title={position.unrealizedPnl ?? undefined}>
                {signedAmount(position.unrealizedPnl, quote)}
              </td>
              <td className={`num cell-right ${tone(position.unrealizedPct)}`}>{signedPercent(position.unrealizedPct)}</td>
              <td className={`num cell-right ${tone(position.realizedPnl)}`} data-testid="position-realized" title={position.realizedPnl}>
                {signedAmount(position.realizedPnl, quote)}
              </td>
              <td className={`num cell-right ${tone(position.realizedPct)}`}>{signedPercent(position.realizedPct)}</td>
              <td
                className="num cell-right"
                title={[`${position.feesPaid} ${quote}`, ...position.unvaluedFees.map((fee) => `${fee.amount} ${fee.asset} (not valued)`)].join('\n')}
              >
                {quoteAmount(position.feesPaid, quote)}
                {position.unvaluedFees.length > 0 ? ' +' : ''}
              </td>
              <td className="num cell-right">{position.fills}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Free and locked per asset, from the exchange; a paper or unconnected account has none to ask for. */
function Balances({ account, isConnected, isVisible }: { account: Account; isConnected: boolean; isVisible: boolean }) {
  const balances = useBalances(account.id, isConnected, isVisible);
  const held = (balances.data?.balances ?? []).filter((balance) => signOf(balance.free) !== 'flat' || signOf(balance.locked) !== 'flat');
  return (
    <section className="positions-balances" aria-label="Balances" data-testid="balances">
      <div className="positions-balances-head">Balances</div>
      {!isConnected ? (
        <div className="toolbar-note positions-balances-note" data-testid="balances-offline">
          {account.environment === 'paper' ? 'Paper accounts have no exchange balances.' : 'Connect the account to see its balances.'}
        </div>
      ) : balances.isError ? (
        <InlineError onRetry={() => void balances.refetch()} testId="balances-error">
          {describeApiError(balances.error)}
        </InlineError>
      ) : balances.data === undefined ? (
        <div className="toolbar-note positions-balances-note">loading…</div>
      ) : held.length === 0 ? (
        <div className="toolbar-note positions-balances-note">No balance.</div>
      ) : (
        <table className="data-table data-table--dense">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col" className="cell-right">Free</th>
              <th scope="col" className="cell-right">Locked</th>
            </tr>
          </thead>
          <tbody>
            {held.map((balance: Balance) => (
              <tr key={balance.asset} className="data-row" data-testid="balance-row" data-asset={balance.asset}>
                <td className="cell-strong">{balance.asset}</td>
                <td className="num cell-right" data-testid="balance-free">{plainAmount(balance.free)}</td>
                <td className="num cell-right" data-testid="balance-locked">{plainAmount(balance.locked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
